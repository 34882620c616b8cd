import { expect, fixture, html } from '@open-wc/testing';
import { Outbox } from '../../src/data/subscribe/outbox.js';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { contrast, parseColor } from '../contrast.js';
import { deleteDatabase, recordingEndpoint, uniqueName, until } from '../helpers.js';

// What makes a sign-up form trustworthy to look at: labels one can see, fields one can find,
// errors that say so in more than colour, outcomes told apart, and no blank line holding space.

const databases: string[] = [];
afterEach(async () => {
  await Promise.all(databases.splice(0).map((name) => deleteDatabase(name)));
});

async function mount(template: ReturnType<typeof html>): Promise<SubscribeFormElement> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const form = wrapper.querySelector('subscribe-form')!;
  const databaseName = uniqueName('outbox');
  databases.push(databaseName);
  form.outbox = new Outbox({ databaseName });
  await form.updateComplete;
  return form;
}

const inside = (form: SubscribeFormElement) => form.shadowRoot!;
const email = (form: SubscribeFormElement) => inside(form).querySelector<HTMLInputElement>('#email')!;
const statusOf = (form: SubscribeFormElement) => inside(form).querySelector<HTMLElement>('#status')!;

async function submit(form: SubscribeFormElement, address: string): Promise<void> {
  email(form).value = address;
  email(form).dispatchEvent(new Event('input', { bubbles: true }));
  inside(form).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await form.updateComplete;
}

describe('<subscribe-form> people trust', () => {
  it('should show its field labels by default, and keep them for screen readers only with label-hidden', async function () {
    this.timeout(30_000);
    for (const hidden of [false, true]) {
      const form = await mount(
        html`<subscribe-form action="/echo" name-field ?label-hidden=${hidden}></subscribe-form>`,
      );
      for (const id of ['email', 'name']) {
        const label = inside(form).querySelector<HTMLLabelElement>(`label[for="${id}"]`)!;
        const box = label.getBoundingClientRect();
        // A visible label is above its field, as wide as its words; a hidden one is a pixel.
        if (hidden) expect(box.width, id).to.be.at.most(1);
        else {
          expect(box.width, id).to.be.greaterThan(40);
          expect(box.bottom, id).to.be.at.most(inside(form).querySelector(`#${id}`)!.getBoundingClientRect().top + 1);
        }
      }
      await expect(form).to.be.accessible();
    }
  });

  it('should draw each text field with an edge of at least 3:1 against the field and the banner, in every theme', async () => {
    for (const theme of ['light', 'dark', undefined] as const) {
      const form = await mount(html`<subscribe-form action="/echo" name-field theme=${theme ?? ''}></subscribe-form>`);
      if (!theme) form.removeAttribute('theme');
      await form.updateComplete;
      const banner = parseColor(getComputedStyle(inside(form).querySelector('form')!).backgroundColor);
      for (const field of inside(form).querySelectorAll<HTMLInputElement>('#email, #name')) {
        const style = getComputedStyle(field);
        const edge = parseColor(style.borderTopColor);
        const fill = parseColor(style.backgroundColor);
        expect(contrast(edge, fill), `${theme ?? 'none'} ${field.id} against its fill`).to.be.at.least(3);
        expect(contrast(edge, banner), `${theme ?? 'none'} ${field.id} against the banner`).to.be.at.least(3);
      }
    }
  });

  it('should mark an invalid address with aria-invalid, describe it by the message, and show an icon', async () => {
    const form = await mount(html`<subscribe-form action="/echo" min-time="0"></subscribe-form>`);
    expect(email(form).getAttribute('aria-invalid')).to.equal('false');
    expect(email(form).hasAttribute('aria-describedby')).to.equal(false);
    await submit(form, 'not-an-address');
    const input = email(form);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const described = inside(form).getElementById(input.getAttribute('aria-describedby')!)!;
    expect(described.textContent.trim()).to.equal('Please enter a valid email address.');
    // Not colour alone: a visible icon goes with the message.
    const icon = statusOf(form).querySelector('svg')!;
    expect(icon.getBoundingClientRect().width).to.be.greaterThan(8);
    // The "!" inside the ring is drawn: shapes of their own, with an area.
    const marks = [...icon.children].filter((shape) => shape.localName !== 'circle') as SVGGraphicsElement[];
    expect(marks.map((mark) => mark.getBBox().height > 1)).to.deep.equal([true, true]);
    await expect(form).to.be.accessible();
    // Fixing it takes the mark away.
    input.value = 'reader@example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await form.updateComplete;
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.hasAttribute('aria-describedby')).to.equal(false);
  });

  it('should mark an unticked consent box the same way', async () => {
    const form = await mount(html`<subscribe-form action="/echo" min-time="0" consent="I agree."></subscribe-form>`);
    await submit(form, 'reader@example.org');
    const box = inside(form).querySelector<HTMLInputElement>('input[name=consent]')!;
    expect(box.getAttribute('aria-invalid')).to.equal('true');
    expect(inside(form).getElementById(box.getAttribute('aria-describedby')!)!.textContent.trim()).to.equal(
      'Please tick the box to agree first.',
    );
    expect(statusOf(form).querySelector('svg')).to.not.equal(null);
  });

  it('should tell "already subscribed" apart from success, in colour and in shape', async () => {
    const form = await mount(html`<subscribe-form action="/echo"></subscribe-form>`);
    const look = async (state: SubscribeFormElement['state']) => {
      form.state = state;
      await form.updateComplete;
      return {
        color: getComputedStyle(statusOf(form)).color,
        icon: statusOf(form)
          .querySelector('svg')!
          .innerHTML.replace(/<!--[^>]*-->/g, ''),
      };
    };
    const success = await look('success');
    const already = await look('already-subscribed');
    const error = await look('error');
    expect(already.color).to.not.equal(success.color);
    expect(already.icon).to.not.equal(success.icon);
    expect(error.icon).to.not.equal(success.icon);
    expect(error.icon).to.not.equal(already.icon);
  });

  it('should clear the field after a sign-up went through, in its own form and in a page’s light-DOM form', async () => {
    for (const outcome of ['success', 'pending-confirmation', 'already-subscribed'] as const) {
      const form = await mount(html`<subscribe-form action="/echo" name-field></subscribe-form>`);
      email(form).value = 'reader@example.org';
      inside(form).querySelector<HTMLInputElement>('#name')!.value = 'Ada';
      form.state = outcome;
      await form.updateComplete;
      expect(email(form).value, outcome).to.equal('');
      expect(inside(form).querySelector<HTMLInputElement>('#name')!.value, outcome).to.equal('');
    }
    const endpoint = recordingEndpoint();
    const light = await mount(
      html`<subscribe-form min-time="0"
        ><form action=${endpoint.url} method="post">
          <input type="email" name="email" /><button>Join</button>
        </form></subscribe-form
      >`,
    );
    const input = light.querySelector('input')!;
    input.value = 'reader@example.org';
    light.querySelector('button')!.click();
    await until(() => light.state === 'success', 8000, 'the answer');
    await light.updateComplete;
    expect(input.value).to.equal('');
    expect((await endpoint.lastRequest())?.body).to.contain('reader%40example.org');
  });

  it('should keep what the reader typed when the sign-up failed', async () => {
    const form = await mount(html`<subscribe-form action="/echo"></subscribe-form>`);
    email(form).value = 'reader@example.org';
    form.state = 'error';
    await form.updateComplete;
    expect(email(form).value).to.equal('reader@example.org');
  });

  it('should give an empty status line no space, and a message its space', async () => {
    for (const attributes of ['', 'name-field consent="I agree."']) {
      const wrapper = await fixture<HTMLElement>(
        Object.assign(document.createElement('div'), {
          innerHTML: `<subscribe-form action="/echo" ${attributes}></subscribe-form>`,
        }),
      );
      const form = wrapper.querySelector('subscribe-form')!;
      await form.updateComplete;
      const banner = inside(form).querySelector('form')!;
      const withEmpty = banner.getBoundingClientRect().height;
      const status = statusOf(form);
      const place = status.nextSibling;
      status.remove();
      const without = banner.getBoundingClientRect().height;
      banner.insertBefore(status, place);
      expect(withEmpty, attributes).to.be.closeTo(without, 0.5);
      form.state = 'success';
      await form.updateComplete;
      expect(banner.getBoundingClientRect().height, attributes).to.be.greaterThan(withEmpty + 10);
    }
  });
});
