import { expect, fixture, html } from '@open-wc/testing';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { fixtureUrl, nextEvent, recordingEndpoint, until } from '../helpers.js';

function type(form: SubscribeFormElement, value: string): void {
  const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function submit(form: SubscribeFormElement): void {
  form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const inputOf = (form: SubscribeFormElement) => form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
const status = (form: SubscribeFormElement) => form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim();

/** A form posting to the test server, which answers `status`, once the reader has signed up. */
async function submittedTo(status: number): Promise<SubscribeFormElement> {
  const form = await fixture<SubscribeFormElement>(
    html`<subscribe-form action=${fixtureUrl('-', { status })}></subscribe-form>`,
  );
  type(form, 'reader@example.org');
  submit(form);
  await until(() => form.state !== 'idle' && form.state !== 'submitting', 5000, 'the answer');
  await form.updateComplete;
  return form;
}

describe('<subscribe-form>', () => {
  it('should render a labelled email field and a Subscribe button', async () => {
    const form = await fixture<SubscribeFormElement>(html`<subscribe-form action="/echo"></subscribe-form>`);
    expect(form.state).to.equal('idle');
    expect(form.shadowRoot!.querySelector('label')?.textContent).to.equal('Email address');
    expect(form.shadowRoot!.textContent).to.contain('Get trending papers in your email inbox!');
    await expect(form).to.be.accessible();
  });

  it('should refuse an invalid address with an inline message and send nothing', async () => {
    const endpoint = recordingEndpoint();
    const form = await fixture<SubscribeFormElement>(html`<subscribe-form action=${endpoint.url}></subscribe-form>`);
    let sent = false;
    form.addEventListener('subscribe-form-submit', () => {
      sent = true;
    });
    type(form, 'not-an-email');
    submit(form);
    await form.updateComplete;
    expect(form.state).to.equal('idle');
    expect(sent).to.equal(false);
    expect(await endpoint.lastRequest()).to.equal(null);
    expect(status(form)).to.equal('Please enter a valid email address.');
    expect(inputOf(form).getAttribute('aria-invalid')).to.equal('true');
    await expect(form).to.be.accessible();
  });

  it('should post the trimmed address as JSON with an Idempotency-Key and report success', async () => {
    const endpoint = recordingEndpoint();
    const form = await fixture<SubscribeFormElement>(html`
      <subscribe-form action=${endpoint.url}><input type="hidden" name="list" value="daily" /></subscribe-form>
    `);
    type(form, '  reader@example.org ');
    const succeeded = nextEvent(form, 'subscribe-form-success');
    submit(form);
    const { detail } = await succeeded;
    await form.updateComplete;
    expect(detail.email).to.equal('reader@example.org');
    expect(form.state).to.equal('success');
    expect(status(form)).to.contain('subscribed');
    const request = await endpoint.lastRequest();
    expect(request?.method).to.equal('POST');
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(request?.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(request?.body ?? '')).to.deep.equal({ list: 'daily', email: 'reader@example.org' });
  });

  it('should send form encoding with a custom field name', async () => {
    const endpoint = recordingEndpoint();
    const form = await fixture<SubscribeFormElement>(
      html`<subscribe-form action=${endpoint.url} encoding="form" field="EMAIL"></subscribe-form>`,
    );
    type(form, 'reader@example.org');
    submit(form);
    await until(() => form.state === 'success');
    const request = await endpoint.lastRequest();
    expect(request?.headers['content-type']).to.contain('application/x-www-form-urlencoded');
    expect(request?.body).to.equal('EMAIL=reader%40example.org');
  });

  it('should say when the reader is already subscribed', async () => {
    const form = await submittedTo(409);
    expect(form.state).to.equal('already-subscribed');
    expect(status(form)).to.equal('You’re already subscribed.');
  });

  it('should show the inline message when the endpoint refuses the address (400)', async () => {
    const form = await submittedTo(400);
    expect(form.state).to.equal('error');
    expect(status(form)).to.equal('Please enter a valid email address.');
    expect(inputOf(form).value).to.equal('reader@example.org');
  });

  it('should report a 202 as waiting for the reader to confirm', async () => {
    const form = await submittedTo(202);
    expect(form.state).to.equal('pending-confirmation');
    expect(status(form)).to.equal('Almost done — check your inbox to confirm.');
  });

  it('should keep what the reader typed when the endpoint fails', async () => {
    const form = await submittedTo(500);
    expect(form.state).to.equal('error');
    expect(inputOf(form).value).to.equal('reader@example.org');
    expect(status(form)).to.contain('still here');
    await expect(form).to.be.accessible();
  });

  it('should keep what the reader typed when the endpoint cannot be reached', async () => {
    // Nothing listens on port 1: the request fails at the network level.
    const form = await fixture<SubscribeFormElement>(
      html`<subscribe-form action="http://127.0.0.1:1/subscribe"></subscribe-form>`,
    );
    type(form, 'reader@example.org');
    const failed = nextEvent(form, 'subscribe-form-error');
    submit(form);
    const { detail } = await failed;
    expect(detail.error).to.be.instanceOf(TypeError);
    expect(form.state).to.equal('error');
    expect(inputOf(form).value).to.equal('reader@example.org');
  });

  it('should let the host handle the sign-up by cancelling subscribe-form-submit', async () => {
    const form = await fixture<SubscribeFormElement>(
      html`<subscribe-form action=${fixtureUrl('-', { status: 500 })}></subscribe-form>`,
    );
    form.addEventListener('subscribe-form-submit', (event) => {
      event.preventDefault();
    });
    type(form, 'reader@example.org');
    const submitted = nextEvent(form, 'subscribe-form-submit');
    submit(form);
    const event = await submitted;
    await form.updateComplete;
    expect(event.detail.email).to.equal('reader@example.org');
    expect(form.state).to.equal('idle');
  });
});
