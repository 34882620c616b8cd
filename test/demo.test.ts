import { expect } from '@open-wc/testing';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import type { SubscribeFormElement } from '../src/subscribe-form/subscribe-form.js';
import { openFrame, until } from './helpers.js';

// The test server serves demo/ as `npm start` does, with the demo's own /api/subscribe endpoint.
async function openDemo(): Promise<{ frame: HTMLIFrameElement; document: Document }> {
  const frame = await openFrame('/demo/index.html');
  return { frame, document: frame.contentDocument! };
}

function subscribe(body: BodyInit, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return fetch('/api/subscribe', { method: 'POST', headers, body });
}

describe('the demo', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
  });

  it('should show the sample feed, the standalone cards and the sign-up form', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = demo.document.querySelector<PaperFeedElement>('paper-feed')!;
    await until(() => feed.getAttribute('state') === 'ready', 10_000, 'the demo feed');
    expect(feed.papers).to.have.length(27);
    expect(feed.shadowRoot!.querySelectorAll('paper-card')).to.have.length(5);
    const standalone = [...demo.document.querySelectorAll('paper-card')];
    expect(
      standalone.map((card) => card.shadowRoot!.querySelector('[part="title"]')!.textContent.trim()),
    ).to.deep.equal([
      'OneFlow: Redesign the Distributed Deep Learning Framework from Scratch',
      'TorchTitan: One-stop PyTorch native solution for production ready LLM pre-training',
    ]);
    expect(feed.querySelector('subscribe-form')!.assignedSlot?.name).to.equal('footer');
  });

  it('should sign a reader up through the page’s own form, and say "already subscribed" the second time', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const form = demo.document.querySelector<SubscribeFormElement>('subscribe-form')!;
    await until(() => Boolean(form.shadowRoot?.querySelector('[part="status"]')), 10_000, 'the enhanced form');
    const status = () => form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim();
    // The demo keeps the default minimum time (2 s) a reader needs before a sign-up counts.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    form.querySelector('input')!.value = `${crypto.randomUUID()}@example.org`;
    form.querySelector('button')!.click();
    await until(() => form.getAttribute('state') === 'success', 5000, 'the sign-up');
    expect(status()).to.equal('Thanks — you’re subscribed!');
    expect(demo.frame.contentWindow!.location.pathname).to.equal('/demo/index.html');
    form.querySelector('button')!.click();
    await until(() => form.getAttribute('state') === 'already-subscribed', 5000, 'the second sign-up');
    expect(status()).to.equal('You’re already subscribed.');
  });

  it('should answer sign-ups like a provider: 201, 409 already subscribed, 400 invalid', async () => {
    const email = `${crypto.randomUUID()}@example.org`;
    expect((await subscribe(JSON.stringify({ email }))).status).to.equal(201);
    const again = await subscribe(JSON.stringify({ email: email.toUpperCase() }));
    expect(again.status).to.equal(409);
    expect(await again.json()).to.have.property('error');
    expect((await subscribe(JSON.stringify({ email: 'not-an-email' }))).status).to.equal(400);
    expect((await subscribe('{broken')).status).to.equal(400);
    const form = new URLSearchParams({ EMAIL: `${crypto.randomUUID()}@example.org` });
    expect((await subscribe(form, { 'Content-Type': 'application/x-www-form-urlencoded' })).status).to.equal(201);
    // The plain form posted without JavaScript asks for a page, and gets one.
    const native = await subscribe(new URLSearchParams({ email }), {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
    });
    expect(native.status).to.equal(409);
    expect(native.headers.get('content-type')).to.contain('text/html');
    expect(await native.text()).to.contain('already subscribed');
  });

  it('should answer a retried sign-up (same Idempotency-Key) as the first time', async () => {
    const body = JSON.stringify({ email: `${crypto.randomUUID()}@example.org` });
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() };
    expect((await subscribe(body, headers)).status).to.equal(201);
    expect((await subscribe(body, headers)).status).to.equal(201);
    expect((await subscribe(body)).status).to.equal(409);
  });
});
