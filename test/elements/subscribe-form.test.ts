import { expect } from '@open-wc/testing';
import { Outbox } from '../../src/data/subscribe/outbox.js';
import { SignUpNetworkError, SignUpUnavailableError } from '../../src/data/subscribe/send-sign-up.js';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement, SubscribeFormState } from '../../src/subscribe-form/subscribe-form.js';
import {
  fixtureUrl,
  nextEvent,
  recordingEndpoint,
  requestStats,
  setSwitch,
  uniqueName,
  until,
  type RecordedRequest,
} from '../helpers.js';
import { mountForm as mount } from '../subscribe-form-harness.js';

const shadow = (form: SubscribeFormElement) => form.shadowRoot!;
const inputOf = (form: SubscribeFormElement) => shadow(form).querySelector<HTMLInputElement>('input[type=email]')!;
const status = (form: SubscribeFormElement) => shadow(form).querySelector('[part="status"]')!.textContent.trim();

function type(form: SubscribeFormElement, value: string): void {
  inputOf(form).value = value;
  inputOf(form).dispatchEvent(new Event('input', { bubbles: true }));
}

function submit(form: SubscribeFormElement): void {
  shadow(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const settled = (form: SubscribeFormElement) => form.state !== 'idle' && form.state !== 'submitting';

/** A form posting to the test server, which answers `status`, once the reader has signed up. */
async function submittedTo(
  status: number,
  query: Record<string, string | number> = {},
): Promise<Awaited<ReturnType<typeof mount>>> {
  const form = await mount({ action: fixtureUrl('-', { status, ...query }) });
  type(form, 'reader@example.org');
  submit(form);
  await until(() => settled(form), 8000, 'the answer');
  await form.updateComplete;
  return form;
}

describe('<subscribe-form>', () => {
  let key: string;
  beforeEach(() => {
    key = uniqueName('request');
  });

  it('should render a labelled email field and a Subscribe button', async () => {
    const form = await mount({ action: '/echo' });
    expect(form.state).to.equal('idle');
    expect(shadow(form).querySelector('label[for="email"]')?.textContent).to.equal('Email address');
    expect(shadow(form).textContent).to.contain('Get trending papers in your email inbox!');
    await expect(form).to.be.accessible();
  });

  it('should speak the page language', async () => {
    const form = await mount({ action: '/echo', lang: 'de' });
    expect(shadow(form).querySelector('[part="heading"]')?.textContent).to.equal(
      'Die meistdiskutierten Papers per E-Mail!',
    );
    expect(shadow(form).querySelector('button')?.textContent.trim()).to.equal('Abonnieren');
  });

  it('should refuse an invalid address with an inline message and send nothing', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url });
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

  it('should refuse an address over 254 characters', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url });
    inputOf(form).removeAttribute('maxlength');
    type(form, `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(63)}.org`);
    submit(form);
    await form.updateComplete;
    expect(status(form)).to.equal('Please enter a valid email address.');
    expect(await endpoint.lastRequest()).to.equal(null);
  });

  it('should post the trimmed address as JSON with an Idempotency-Key and report success (201)', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url }, '<input type="hidden" name="list" value="daily" />');
    type(form, '  reader@example.org ');
    const succeeded = nextEvent(form, 'subscribe-form-success');
    submit(form);
    const { detail } = await succeeded;
    await form.updateComplete;
    expect(detail).to.deep.equal({ email: 'reader@example.org', outcome: 'success' });
    expect(form.state).to.equal('success');
    expect(status(form)).to.equal('Thanks — you’re subscribed!');
    const request = await endpoint.lastRequest();
    expect(request?.method).to.equal('POST');
    expect(request?.headers['content-type']).to.equal('application/json');
    expect(request?.headers['idempotency-key']).to.match(/^[0-9a-f-]{36}$/);
    expect(JSON.parse(request?.body ?? '')).to.deep.equal({ list: 'daily', email: 'reader@example.org' });
    await expect(form).to.be.accessible();
  });

  it('should send form encoding with a custom field name', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url, encoding: 'form', field: 'EMAIL' });
    type(form, 'reader@example.org');
    submit(form);
    await until(() => form.state === 'success');
    const request = await endpoint.lastRequest();
    expect(request?.headers['content-type']).to.contain('application/x-www-form-urlencoded');
    expect(request?.body).to.equal('EMAIL=reader%40example.org');
  });

  it('should send the optional name', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url, 'name-field': '' });
    shadow(form).querySelector<HTMLInputElement>('input[autocomplete="name"]')!.value = ' Ada ';
    type(form, 'ada@example.org');
    submit(form);
    await until(() => form.state === 'success');
    expect(JSON.parse((await endpoint.lastRequest())?.body ?? '')).to.deep.equal({
      email: 'ada@example.org',
      name: 'Ada',
    });
    await expect(form).to.be.accessible();
  });

  it('should say when the reader is already subscribed (409)', async () => {
    const form = await submittedTo(409);
    expect(form.state).to.equal('already-subscribed');
    expect(status(form)).to.equal('You’re already subscribed.');
    await expect(form).to.be.accessible();
  });

  it('should show the inline message when the endpoint refuses the address (400), and not send it again', async () => {
    const form = await submittedTo(400, { key });
    expect(form.state).to.equal('error');
    expect(status(form)).to.equal('Please enter a valid email address.');
    expect(inputOf(form).value).to.equal('reader@example.org');
    expect(inputOf(form).getAttribute('aria-invalid')).to.equal('true');
    expect(await form.outbox.pending(form.action)).to.deep.equal([]);
    // Longer than the first backoff: a kept item would have been sent again by now.
    await pause(1500);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should report a 202 as waiting for the reader to confirm', async () => {
    const form = await submittedTo(202);
    expect(form.state).to.equal('pending-confirmation');
    expect(status(form)).to.equal('Almost done — check your inbox to confirm.');
    await expect(form).to.be.accessible();
  });

  it('should report a redirect (a provider’s confirmation page) as "check your inbox"', async () => {
    const form = await submittedTo(303, { header: 'Location:/fixture/-?status=200' });
    expect(form.state).to.equal('pending-confirmation');
  });

  it('should keep what the reader typed when the provider refuses the sign-up (403), and send nothing later', async () => {
    const form = await submittedTo(403, { key });
    expect(form.state).to.equal('error');
    expect(inputOf(form).value).to.equal('reader@example.org');
    expect(status(form)).to.contain('still here');
    expect(await form.outbox.pending(form.action)).to.deep.equal([]);
    await pause(1500);
    expect((await requestStats(key)).requests).to.equal(1);
    await expect(form).to.be.accessible();
  });

  it('should keep the sign-up when the endpoint fails (500), say so, and deliver it once with the same key', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, key, 'fail-first': 1, 'fail-status': 500 }) });
    type(form, 'reader@example.org');
    const queued = nextEvent(form, 'subscribe-form-queued');
    submit(form);
    expect((await queued).detail.error).to.be.instanceOf(SignUpUnavailableError);
    await form.updateComplete;
    expect(form.state).to.equal('queued');
    expect(status(form)).to.equal(
      'The sign-up service is having trouble — we’ll keep trying and subscribe you as soon as it answers.',
    );
    expect(inputOf(form).value).to.equal('reader@example.org');
    const [item] = await form.outbox.pending(form.action);
    expect(item).to.deep.include({ email: 'reader@example.org', attempts: 1 });
    expect(await requestStats(key)).to.include({ requests: 1, delivered: 0 });
    await expect(form).to.be.accessible();

    // The backoff timer retries it a second after the failure.
    const delivered = nextEvent(form, 'subscribe-form-success');
    expect((await delivered).detail.email).to.equal('reader@example.org');
    expect(form.state).to.equal('success');
    expect(await form.outbox.pending(form.action)).to.deep.equal([]);
    await pause(1500);
    const stats = await requestStats(key);
    expect(stats).to.include({ requests: 2, delivered: 1 });
    expect(stats.sentKeys).to.deep.equal([item!.id, item!.id]);
    expect(stats.keys).to.deep.equal([item!.id]);
  });

  it('should keep the sign-up when the endpoint is busy (429), and wait as long as its Retry-After asks', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 429, key, header: 'Retry-After:3' }), lang: 'de' });
    type(form, 'reader@example.org');
    submit(form);
    await until(() => settled(form), 5000, 'the answer');
    await form.updateComplete;
    expect(form.state).to.equal('queued');
    expect(status(form)).to.equal(
      'Der Anmeldedienst hat gerade Probleme – wir versuchen es weiter und tragen dich ein, sobald er antwortet.',
    );
    const [item] = await form.outbox.pending(form.action);
    expect(item!.due - Date.now()).to.be.within(2000, 3000);
    // Neither the backoff timer (1 s) nor the browser coming back online sends it sooner.
    window.dispatchEvent(new Event('online'));
    await pause(1500);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should queue the sign-up when the endpoint does not answer in time', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, delay: 3000, key }), timeout: '300' });
    type(form, 'reader@example.org');
    const queued = nextEvent(form, 'subscribe-form-queued');
    submit(form);
    const { detail } = await queued;
    await form.updateComplete;
    expect(detail.error).to.be.instanceOf(SignUpNetworkError);
    expect((detail.error as SignUpNetworkError).kind).to.equal('timeout');
    expect(form.state).to.equal('queued');
    expect(status(form)).to.equal('You’re offline — we’ll subscribe you as soon as you’re back.');
    expect(inputOf(form).value).to.equal('reader@example.org');
    const [item] = await form.outbox.pending(form.action);
    expect(item?.email).to.equal('reader@example.org');
    await expect(form).to.be.accessible();
  });

  it('should queue the sign-up when the network fails, and deliver it once the endpoint is back', async () => {
    const down = uniqueName('switch');
    const form = await mount({ action: fixtureUrl('-', { status: 201, key, down }) });
    type(form, 'reader@example.org');
    const queued = nextEvent(form, 'subscribe-form-queued');
    submit(form);
    expect((await queued).detail.error).to.be.instanceOf(SignUpNetworkError);
    expect(form.state).to.equal('queued');
    expect((await requestStats(key)).delivered).to.equal(0);
    await fetch(`/fixture-switch?name=${down}&up=1`);
    const delivered = nextEvent(form, 'subscribe-form-success');
    window.dispatchEvent(new Event('online'));
    expect((await delivered).detail.email).to.equal('reader@example.org');
    expect(form.state).to.equal('success');
    expect(await form.outbox.pending(form.action)).to.deep.equal([]);
    const stats = await requestStats(key);
    expect(stats.delivered).to.equal(1);
  });

  it('should keep one outbox item, with one key, when the reader presses Subscribe again while queued', async () => {
    const down = uniqueName('switch');
    const form = await mount({ action: fixtureUrl('-', { status: 201, key, down }) });
    type(form, 'reader@example.org');
    submit(form);
    await until(() => form.state === 'queued', 5000, 'queued');
    const [first] = await form.outbox.pending(form.action);
    const queuedAgain = nextEvent(form, 'subscribe-form-queued');
    submit(form);
    await queuedAgain;
    const waiting = await form.outbox.pending(form.action);
    expect(waiting.map((item) => item.id)).to.deep.equal([first!.id]);
    await setSwitch(down, true);
    window.dispatchEvent(new Event('online'));
    await until(() => form.state === 'success', 5000, 'the delivery');
    expect((await requestStats(key)).keys).to.deep.equal([first!.id]);
  });

  it('should queue without a request while offline, and send when the browser is back online', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, key }) });
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      type(form, 'reader@example.org');
      submit(form);
      await until(() => form.state === 'queued', 5000, 'queued');
      expect((await requestStats(key)).requests).to.equal(0);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    window.dispatchEvent(new Event('online'));
    await until(() => form.state === 'success', 5000, 'the delivery');
    expect((await requestStats(key)).delivered).to.equal(1);
  });

  it('should send once on a double click or Enter-then-click', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, delay: 300, key }) });
    type(form, 'reader@example.org');
    const shadowForm = shadow(form).querySelector('form')!;
    shadowForm.requestSubmit();
    submit(form);
    submit(form);
    await until(() => form.state === 'success', 5000, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should pretend success and send nothing when the honeypot is filled', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, key }) });
    let events = 0;
    form.addEventListener('subscribe-form-submit', () => (events += 1));
    shadow(form).querySelector<HTMLInputElement>('#website')!.value = 'https://spam.example';
    type(form, 'bot@example.org');
    submit(form);
    await form.updateComplete;
    expect(form.state).to.equal('success');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(events).to.equal(0);
    expect((await requestStats(key)).requests).to.equal(0);
  });

  it('should keep the honeypot out of reach: off-screen, out of the tab order, never autofilled', async () => {
    const form = await mount({ action: '/echo' });
    const trap = shadow(form).querySelector<HTMLInputElement>('#website')!;
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.getBoundingClientRect().right).to.be.below(0);
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
  });

  it('should hold a sign-up submitted sooner than the minimum time (2 s), then send it, never claim success unsent', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, key }) });
    form.removeAttribute('min-time');
    form.remove();
    document.body.append(form);
    const shown = performance.now();
    // Autofill and Enter at once: a hurried human, not a bot.
    type(form, 'reader@example.org');
    submit(form);
    await form.updateComplete;
    expect(form.state).to.equal('submitting');
    await pause(1000);
    expect(form.state).to.equal('submitting');
    expect((await requestStats(key)).requests).to.equal(0);
    await until(() => form.state === 'success', 5000, 'the held sign-up to be sent');
    expect(performance.now() - shown).to.be.at.least(1900);
    expect(await requestStats(key)).to.include({ requests: 1, delivered: 1 });
    form.remove();
  });

  it('should honour a configured minimum time', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url, 'min-time': '300' });
    form.remove();
    document.body.append(form);
    await new Promise((resolve) => setTimeout(resolve, 400));
    type(form, 'reader@example.org');
    submit(form);
    await until(() => form.state === 'success');
    expect(await endpoint.lastRequest()).to.not.equal(null);
    form.remove();
  });

  it('should require the consent box when `consent` is set', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url, consent: 'I agree to receive the daily digest.' });
    const box = shadow(form).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.closest('label')!.textContent.trim()).to.equal('I agree to receive the daily digest.');
    type(form, 'reader@example.org');
    submit(form);
    await form.updateComplete;
    expect(form.state).to.equal('idle');
    expect(status(form)).to.equal('Please tick the box to agree first.');
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(await endpoint.lastRequest()).to.equal(null);
    await expect(form).to.be.accessible();
    box.click();
    submit(form);
    await until(() => form.state === 'success');
    expect(JSON.parse((await endpoint.lastRequest())?.body ?? '')).to.deep.equal({
      email: 'reader@example.org',
      consent: 'yes',
    });
  });

  it('should let the host handle the sign-up by cancelling subscribe-form-submit', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 500, key }) });
    form.addEventListener('subscribe-form-submit', (event) => {
      event.preventDefault();
    });
    type(form, 'reader@example.org');
    const submitted = nextEvent(form, 'subscribe-form-submit');
    submit(form);
    const event = await submitted;
    await form.updateComplete;
    expect(event.cancelable).to.equal(true);
    expect(event.detail).to.deep.equal({ email: 'reader@example.org', fields: {} });
    expect(form.state).to.equal('idle');
    expect((await requestStats(key)).requests).to.equal(0);
  });

  it('should still work online without IndexedDB', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url });
    form.outbox = new Outbox({ indexedDb: () => undefined });
    type(form, 'reader@example.org');
    submit(form);
    await until(() => form.state === 'success');
    expect(await endpoint.lastRequest()).to.not.equal(null);
  });

  it('should say it cannot queue when IndexedDB is unavailable and the network fails', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 201, down: uniqueName('switch') }) });
    form.outbox = new Outbox({ indexedDb: () => undefined });
    type(form, 'reader@example.org');
    const failed = nextEvent(form, 'subscribe-form-error');
    submit(form);
    await failed;
    await form.updateComplete;
    expect(form.state).to.equal('error');
    expect(status(form)).to.contain('can’t keep your sign-up for later');
    expect(inputOf(form).value).to.equal('reader@example.org');
    await expect(form).to.be.accessible();
  });

  it('should say the sign-up failed, not that the reader is offline, when IndexedDB is unavailable and the endpoint fails (500)', async () => {
    const form = await mount({ action: fixtureUrl('-', { status: 500 }) });
    form.outbox = new Outbox({ indexedDb: () => undefined });
    type(form, 'reader@example.org');
    const failed = nextEvent(form, 'subscribe-form-error');
    submit(form);
    await failed;
    await form.updateComplete;
    expect(form.state).to.equal('error');
    expect(status(form)).to.equal('Something went wrong. Your address is still here — please try again.');
    expect(inputOf(form).value).to.equal('reader@example.org');
  });

  it('should fall back to the defaults for unusable timeout and min-time values', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({ action: endpoint.url, timeout: 'soon', 'min-time': '-5' });
    type(form, 'reader@example.org');
    submit(form);
    await form.updateComplete;
    // min-time fell back to 2 s: this submission came too soon and is held until then.
    expect(form.state).to.equal('submitting');
    expect(await endpoint.lastRequest()).to.equal(null);
    // A timeout of NaN would abort at once and queue; the fallback lets the request finish.
    await until(() => settled(form), 5000, 'the answer');
    expect(form.state).to.equal('success');
    expect(await endpoint.lastRequest()).to.not.equal(null);
  });

  it('should fail with an error, not throw, when there is no usable action', async () => {
    const form = await mount({ action: 'javascript:alert(1)' });
    type(form, 'reader@example.org');
    const failed = nextEvent(form, 'subscribe-form-error');
    submit(form);
    await failed;
    expect(form.state).to.equal('error');
    expect(status(form)).to.equal(
      'This sign-up form isn’t set up correctly, so nothing was sent. Please let the site’s owner know.',
    );
  });

  it('should be accessible in every state', async () => {
    const states: SubscribeFormState[] = [
      'idle',
      'submitting',
      'success',
      'pending-confirmation',
      'already-subscribed',
      'queued',
      'error',
    ];
    const form = await mount({ action: '/echo', 'name-field': '', consent: 'I agree.' });
    form.append(
      Object.assign(document.createElement('a'), { slot: 'privacy', href: '#privacy', textContent: 'Privacy' }),
    );
    for (const state of states) {
      form.state = state;
      await form.updateComplete;
      expect(form.getAttribute('state')).to.equal(state);
      await expect(form).to.be.accessible();
    }
  });
});

describe('<subscribe-form> around a plain <form>', () => {
  const plainForm = (action: string) => `
    <form action="${action}" method="post">
      <label for="light-email">Email address</label>
      <input id="light-email" type="email" name="email_address" required />
      <input type="hidden" name="list" value="daily" />
      <input name="nickname" data-honeypot tabindex="-1" autocomplete="off" aria-hidden="true" />
      <button type="submit">Subscribe</button>
    </form>`;

  it('should enhance the form in place: fetch, form-encoded like the native form, and states', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({}, plainForm(endpoint.url));
    expect(shadow(form).querySelector('form')).to.equal(null);
    const light = form.querySelector('form')!;
    light.querySelector('input')!.value = 'reader@example.org';
    const succeeded = nextEvent(form, 'subscribe-form-success');
    light.querySelector('button')!.click();
    await succeeded;
    await form.updateComplete;
    expect(form.state).to.equal('success');
    expect(status(form)).to.equal('Thanks — you’re subscribed!');
    const request = await endpoint.lastRequest();
    expect(request?.headers['content-type']).to.contain('application/x-www-form-urlencoded');
    expect(request?.body).to.equal('list=daily&email_address=reader%40example.org');
    await expect(form).to.be.accessible();
  });

  it('should treat a filled data-honeypot input as a bot', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount({}, plainForm(endpoint.url));
    const light = form.querySelector('form')!;
    light.querySelector('input')!.value = 'bot@example.org';
    light.querySelector<HTMLInputElement>('[data-honeypot]')!.value = 'spam';
    light.querySelector('button')!.click();
    await form.updateComplete;
    expect(form.state).to.equal('success');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await endpoint.lastRequest()).to.equal(null);
  });
});

describe('<subscribe-form> providers', () => {
  async function signUp(attributes: Record<string, string>): Promise<SubscribeFormElement> {
    const form = await mount(attributes);
    type(form, 'reader@example.org');
    submit(form);
    await until(() => settled(form), 5000, 'the answer');
    return form;
  }

  it('should send what Buttondown’s embed form sends', async () => {
    const endpoint = recordingEndpoint();
    await signUp({ provider: 'buttondown', username: 'papers', action: endpoint.url, 'name-field': '' });
    const request = await endpoint.lastRequest();
    expect(request?.headers['content-type']).to.contain('application/x-www-form-urlencoded');
    expect(request?.headers['idempotency-key']).to.equal(undefined);
    expect(request?.body).to.equal('email=reader%40example.org&embed=1');
  });

  it('should send what Kit’s embed form sends', async () => {
    const endpoint = recordingEndpoint();
    await signUp({ provider: 'kit', 'form-id': '123', action: endpoint.url });
    expect((await endpoint.lastRequest())?.body).to.equal('email_address=reader%40example.org');
  });

  it('should send what Mailchimp’s plain embed form sends, never JSONP', async () => {
    const key = crypto.randomUUID();
    const action = `${location.origin}/echo/subscribe/post-json?key=${key}&u=abc&id=def&c=callback`;
    await signUp({ provider: 'mailchimp', action });
    const request = (await (await fetch(`/echo?key=${key}`)).json()) as RecordedRequest | null;
    expect(request?.url).to.equal(`/echo/subscribe/post?key=${key}&u=abc&id=def`);
    expect(request?.body).to.equal('EMAIL=reader%40example.org&b_abc_def=');
  });

  it('should post a form-encoded generic sign-up to another origin like a plain form would', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const key = crypto.randomUUID();
    const form = await signUp({ action: `http://${other}:${location.port}/echo?key=${key}`, encoding: 'form' });
    expect(form.state).to.equal('pending-confirmation');
    const request = (await (await fetch(`/echo?key=${key}`)).json()) as RecordedRequest | null;
    expect(request?.headers['idempotency-key']).to.equal(undefined);
    expect(request?.body).to.equal('email=reader%40example.org');
  });

  it('should report an answer it may not read (cross-origin) as "check your inbox", never as an error', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const key = crypto.randomUUID();
    const form = await signUp({ provider: 'buttondown', action: `http://${other}:${location.port}/echo?key=${key}` });
    expect(form.state).to.equal('pending-confirmation');
    expect(status(form)).to.equal('Almost done — check your inbox to confirm.');
    const request = (await (await fetch(`/echo?key=${key}`)).json()) as { body: string } | null;
    expect(request?.body).to.equal('email=reader%40example.org&embed=1');
  });
});
