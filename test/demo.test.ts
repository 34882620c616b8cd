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

  it('should sign a reader up through the form on the page', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const form = demo.document.querySelector<SubscribeFormElement>('subscribe-form')!;
    await until(() => Boolean(form.shadowRoot?.querySelector('input')), 10_000, 'the form');
    form.shadowRoot!.querySelector('input')!.value = `${crypto.randomUUID()}@example.org`;
    form.shadowRoot!.querySelector('button')!.click();
    await until(() => form.getAttribute('state') === 'success', 5000, 'the sign-up');
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
  });

  it('should answer a retried sign-up (same Idempotency-Key) as the first time', async () => {
    const body = JSON.stringify({ email: `${crypto.randomUUID()}@example.org` });
    const headers = { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() };
    expect((await subscribe(body, headers)).status).to.equal(201);
    expect((await subscribe(body, headers)).status).to.equal(201);
    expect((await subscribe(body)).status).to.equal(409);
  });
});
