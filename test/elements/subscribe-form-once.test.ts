import { expect } from '@open-wc/testing';
import { SignUpConfigError, buildRequest, type ProviderOptions } from '../../src/data/subscribe/providers.js';
import '../../src/subscribe-form/subscribe-form.define.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { nextEvent, recordingEndpoint, requestStats, uniqueName, until } from '../helpers.js';
import { mountForm as mount } from '../subscribe-form-harness.js';

const broken = 'This sign-up form isn’t set up correctly, so nothing was sent. Please let the site’s owner know.';
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const other = `http://${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;

/** Types the address into the form's email input (its own, or the light-DOM one) and submits. */
function signUp(form: SubscribeFormElement, email = 'reader@example.org'): void {
  const light = form.querySelector('form');
  const root = light ?? form.shadowRoot!;
  root.querySelector<HTMLInputElement>('input[type=email]')!.value = email;
  root.querySelector<HTMLButtonElement>('button[type=submit], button:not([type])')!.click();
}

const statusOf = (form: SubscribeFormElement) => form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim();

/**
 * Runs `action` with console.error recorded instead of printed, and every fetch counted; what was
 * logged. Nothing may be fetched meanwhile.
 */
async function consoleErrors(action: () => Promise<void>): Promise<unknown[][]> {
  const logged: unknown[][] = [];
  const error = Object.getOwnPropertyDescriptor(console, 'error')!;
  const fetch = Object.getOwnPropertyDescriptor(window, 'fetch')!;
  const send = window.fetch.bind(window);
  let fetches = 0;
  console.error = (...args: unknown[]) => {
    logged.push(args);
  };
  window.fetch = (...args) => {
    fetches += 1;
    return send(...args);
  };
  try {
    await action();
    await pause(300);
  } finally {
    Object.defineProperty(console, 'error', error);
    Object.defineProperty(window, 'fetch', fetch);
  }
  expect(fetches, 'requests sent').to.equal(0);
  return logged;
}

describe('<subscribe-form> never sends without the address', () => {
  for (const [what, attributes, children] of [
    ['field="__proto__"', { field: '__proto__' }, ''],
    [
      'a light-DOM <input type=email name="__proto__">',
      {},
      '<form method="post"><input type="email" name="__proto__" /><button>Subscribe</button></form>',
    ],
  ] as const) {
    it(`should refuse ${what} loudly, and send nothing`, async () => {
      const endpoint = recordingEndpoint();
      const form = await mount({ action: endpoint.url, ...attributes }, children);
      form.querySelector('form')?.setAttribute('action', endpoint.url);
      const logged = await consoleErrors(async () => {
        const failed = nextEvent(form, 'subscribe-form-error');
        signUp(form);
        const { detail } = await failed;
        expect(detail.error).to.be.instanceOf(SignUpConfigError);
        expect((detail.error as Error).message).to.contain('__proto__');
      });
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect(statusOf(form)).to.equal(broken);
      expect(logged.some(([error]) => error instanceof SignUpConfigError)).to.equal(true);
      await pause(300);
      expect(await endpoint.lastRequest()).to.equal(null);
    });
  }

  for (const field of ['constructor', 'toString', 'hasOwnProperty', 'prototype', 'valueOf']) {
    it(`should send the address in a field named ${field}`, async () => {
      const endpoint = recordingEndpoint();
      const form = await mount({ action: endpoint.url, field });
      signUp(form);
      await until(() => form.state === 'success', 5000, 'the answer');
      const body = JSON.parse((await endpoint.lastRequest())!.body) as Record<string, unknown>;
      expect(Object.keys(body)).to.deep.equal([field]);
      expect(body[field]).to.equal('reader@example.org');
    });
  }

  it('should send light-DOM fields named __proto__, constructor or toString like any other', async () => {
    const endpoint = recordingEndpoint();
    const form = await mount(
      {},
      `<form method="post" action="${endpoint.url}">
        <input type="hidden" name="__proto__" value="a" />
        <input type="hidden" name="constructor" value="b" />
        <input type="hidden" name="toString" value="c" />
        <input type="email" name="email" /><button>Subscribe</button>
      </form>`,
    );
    signUp(form);
    await until(() => form.state === 'success', 5000, 'the answer');
    expect((await endpoint.lastRequest())!.body).to.equal(
      '__proto__=a&constructor=b&toString=c&email=reader%40example.org',
    );
  });
});

describe('<subscribe-form> provider path parts', () => {
  const bad = ['', '.', '..', '../x', 'a/b', '/', 'a?b', 'a#b', '%2e%2e', '%2F', 'a%2fb', '..%2f', 'a b', 'a\\b', 'ａ'];
  for (const [provider, attribute, option] of [
    ['buttondown', 'username', 'username'],
    ['kit', 'form-id', 'formId'],
  ] as const) {
    it(`should refuse a ${provider} ${attribute} that is not one plain path part`, () => {
      for (const value of bad) {
        const options: ProviderOptions = { provider, [option]: value };
        expect(() => buildRequest(options, { email: 'reader@example.org' }, location.href), JSON.stringify(value))
          .to.throw(SignUpConfigError)
          .with.property('message')
          .that.contains(attribute);
      }
    });

    it(`should refuse ${attribute}=".." on the element loudly, and send nothing`, async () => {
      const form = await mount({ provider, [attribute]: '..' });
      const logged = await consoleErrors(async () => {
        const failed = nextEvent(form, 'subscribe-form-error');
        signUp(form);
        expect((await failed).detail.error).to.be.instanceOf(SignUpConfigError);
      });
      await form.updateComplete;
      expect(form.state).to.equal('error');
      expect(statusOf(form)).to.equal(broken);
      expect(logged).to.have.length(1);
    });
  }

  it('should build the providers’ endpoints from plain names', () => {
    const email = { email: 'reader@example.org' };
    expect(buildRequest({ provider: 'buttondown', username: 'my_news-1' }, email, location.href).url).to.equal(
      'https://buttondown.com/api/emails/embed-subscribe/my_news-1',
    );
    expect(buildRequest({ provider: 'kit', formId: '1234567' }, email, location.href).url).to.equal(
      'https://app.convertkit.com/forms/1234567/subscriptions',
    );
  });
});

describe('<subscribe-form> when its timeout fires first', () => {
  for (const [what, attributes, cors] of [
    ['a slow no-cors provider (Kit)', { provider: 'kit', 'form-id': '123' }, false],
    ['a slow no-cors provider (Buttondown)', { provider: 'buttondown', username: 'papers' }, false],
    ['a slow generic endpoint', {}, true],
  ] as const) {
    it(`should send to ${what} once, and tell the reader its late answer`, async () => {
      const key = uniqueName('request');
      const action = `${cors ? location.origin : other}/fixture/-?status=201&delay=1500&key=${key}`;
      const form = await mount({ ...attributes, action, timeout: '400' });
      signUp(form);
      await until(() => form.state === 'queued', 3000, 'queued when the timeout fired');
      await until(() => form.state !== 'queued', 5000, 'the late answer');
      expect(form.state).to.equal(cors ? 'success' : 'pending-confirmation');
      await pause(2500);
      expect((await requestStats(key)).requests).to.equal(1);
      expect(await form.outbox.pending(action)).to.deep.equal([]);
    });
  }
});
