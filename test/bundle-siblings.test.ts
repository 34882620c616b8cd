import { expect } from '@open-wc/testing';
import { Outbox } from '../src/data/subscribe/outbox.js';
import { buildRequest } from '../src/data/subscribe/providers.js';
import { en } from '../src/i18n/en.js';
import { openFrame, until, type RecordedRequest } from './helpers.js';
import { siblingFile, siblingsRequested } from './siblings.js';

// dist/paper-feed.js (npm test builds it first) holds what a Hugging Face feed needs for its first
// card; the rest comes from sibling files beside it, fetched on need. Each is tried here missing
// (test/server/fixture-middleware.mjs serves /bundle-without/<name>/: dist without that one file):
// a self-hosted copy that lacks one still shows what it can, says what is missing, and lets
// nothing reach the page uncaught. (A missing language file: test/bundle-languages.test.ts.)

type Page = Window & typeof globalThis & { uncaught: string[] };

interface Opened {
  frame: HTMLIFrameElement;
  page: Page;
  feed: HTMLElement;
  cards: () => number;
}

async function open(query: Record<string, string>): Promise<Opened> {
  const frame = await openFrame(`/test/pages/sibling-missing.html?${new URLSearchParams(query).toString()}`);
  const page = frame.contentWindow as Page;
  const feed = page.document.querySelector('paper-feed') as HTMLElement;
  const cards = () => feed.shadowRoot?.querySelectorAll('paper-card').length ?? 0;
  return { frame, page, feed, cards };
}

const recorded = async (key: string) => (await (await fetch(`/echo?key=${key}`)).json()) as RecordedRequest | null;

describe('dist/paper-feed.js and its sibling files', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('should show a Hugging Face feed without fetching the XML reader, and the form’s code only for the form', async function () {
    this.timeout(20_000);
    const opened = await open({});
    frame = opened.frame;
    await until(() => opened.cards() === 5, 10_000, 'the cards');
    await until(() => !!opened.page.document.querySelector('subscribe-form')?.shadowRoot?.querySelector('form'));
    expect(siblingsRequested(opened.page, 'xml')).to.deep.equal([]);
    expect(siblingsRequested(opened.page, 'scholarly')).to.deep.equal([]);
    expect(siblingsRequested(opened.page, 'merge')).to.deep.equal([]);
    expect(siblingsRequested(opened.page, 'subscribe')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should not fetch the form’s code on a page without a <subscribe-form>', async function () {
    this.timeout(20_000);
    const opened = await open({ form: 'none' });
    frame = opened.frame;
    await until(() => opened.cards() === 5, 10_000, 'the cards');
    // The bundle defined the tag at once, and nothing asked for the form's code.
    expect(opened.page.customElements.get('subscribe-form') !== undefined).to.equal(true);
    expect(siblingsRequested(opened.page, 'subscribe')).to.deep.equal([]);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should read a scholarly catalogue’s JSON with the scholarly reader, and no XML reader', async function () {
    this.timeout(20_000);
    const opened = await open({ feed: '/fixture/formats/crossref-works.json' });
    frame = opened.frame;
    await until(() => opened.cards() === 3, 10_000, 'the cards');
    expect(siblingsRequested(opened.page, 'scholarly')).to.have.length(1);
    expect(siblingsRequested(opened.page, 'xml')).to.deep.equal([]);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should merge several sources with the merge file, fetched once', async function () {
    this.timeout(20_000);
    const opened = await open({
      form: 'none',
      feed: '/fixture/daily-papers.json',
      sources: '/fixture/formats/papers.json',
    });
    frame = opened.frame;
    await until(() => opened.feed.getAttribute('state') === 'ready' && opened.cards() > 0, 10_000, 'the cards');
    expect(siblingsRequested(opened.page, 'merge')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should name the missing merge file in the feed’s error when a feed has several sources, with nothing uncaught', async function () {
    this.timeout(20_000);
    const file = await siblingFile('merge');
    const opened = await open({
      from: '/bundle-without/merge/',
      form: 'none',
      feed: '/fixture/daily-papers.json',
      sources: '/fixture/formats/papers.json',
    });
    frame = opened.frame;
    await until(() => opened.feed.getAttribute('state') === 'error', 10_000, 'the error');
    const status = opened.feed.shadowRoot!.querySelector('.status.error')!.textContent;
    expect(status).to.contain(file);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should name the missing scholarly reader in the feed’s error, with nothing uncaught', async function () {
    this.timeout(20_000);
    const file = await siblingFile('scholarly');
    const opened = await open({ from: '/bundle-without/scholarly/', feed: '/fixture/formats/openalex-works.json' });
    frame = opened.frame;
    await until(() => opened.feed.getAttribute('state') === 'error', 10_000, 'the error');
    const status = opened.feed.shadowRoot!.querySelector('.status.error')!.textContent;
    expect(status).to.contain(file);
    expect(opened.cards()).to.equal(0);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should fetch the XML reader while the feed is still on its way when the address says RSS', async function () {
    this.timeout(20_000);
    const opened = await open({ feed: '/fixture/formats/blog.rss?delay=1500' });
    frame = opened.frame;
    await until(() => opened.cards() > 0, 10_000, 'the cards');
    const xmlFile = await siblingFile('xml');
    const entries = opened.page.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const reader = entries.find((entry) => entry.name.endsWith(`/dist/${xmlFile}`));
    const feed = entries.find((entry) => entry.name.includes('/fixture/formats/blog.rss'));
    expect(reader, 'the XML reader was fetched').to.not.equal(undefined);
    expect(feed, 'the feed was fetched').to.not.equal(undefined);
    // Asked for before the feed's first byte (which the server holds back 1.5 s), not after its body.
    expect(reader!.startTime < feed!.responseStart).to.equal(true);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should name the missing XML reader in the feed’s error, with nothing uncaught', async function () {
    this.timeout(20_000);
    const file = await siblingFile('xml');
    const opened = await open({ from: '/bundle-without/xml/', feed: '/fixture/formats/blog.atom' });
    frame = opened.frame;
    await until(() => opened.feed.getAttribute('state') === 'error', 10_000, 'the error');
    const status = opened.feed.shadowRoot!.querySelector('.status.error')!.textContent;
    expect(status).to.contain(file);
    expect(opened.cards()).to.equal(0);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should fall back to the plain list with "Show more" when the virtualizer is missing', async function () {
    this.timeout(30_000);
    const opened = await open({
      from: '/bundle-without/virtualizer/',
      feed: '/generated/daily-papers.json?count=300',
      limit: '250',
    });
    frame = opened.frame;
    await until(() => opened.cards() === 250, 20_000, 'every card the limit asks for');
    const root = opened.feed.shadowRoot!;
    expect(root.querySelector('.virtual')).to.equal(null);
    expect(root.querySelector('.more')?.textContent.trim()).to.equal(en.feedShowMore);
    root.querySelector<HTMLButtonElement>('.more')!.click();
    await until(() => opened.cards() === 300, 10_000, 'the rest after "Show more"');
    expect(siblingsRequested(opened.page, 'virtualizer')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should say the form could not load when its code is missing, with nothing uncaught', async function () {
    this.timeout(20_000);
    const opened = await open({ from: '/bundle-without/subscribe/', key: `missing-${crypto.randomUUID()}` });
    frame = opened.frame;
    const form = opened.page.document.querySelector('subscribe-form')!;
    await until(() => !!form.shadowRoot?.querySelector('[part="status"]'), 10_000, 'the message');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal(en.formUnavailable);
    expect(form.shadowRoot!.querySelector('input')).to.equal(null);
    expect(siblingsRequested(opened.page, 'subscribe')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should let a page form post as it does without JavaScript when the form’s code is missing', async function () {
    this.timeout(20_000);
    const key = `missing-light-${crypto.randomUUID()}`;
    const opened = await open({ from: '/bundle-without/subscribe/', key, form: 'light' });
    frame = opened.frame;
    await until(() => siblingsRequested(opened.page, 'subscribe').length === 1, 10_000, 'the try');
    // Past the failed load (a form submitted while it was tried posts the same way, once it failed).
    await new Promise((resolve) => setTimeout(resolve, 200));
    const input = opened.page.document.querySelector<HTMLInputElement>('subscribe-form input[type=email]')!;
    input.value = 'reader@example.org';
    opened.page.document.querySelector<HTMLButtonElement>('subscribe-form button')!.click();
    for (let waited = 0; !(await recorded(key)) && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const sent = (await recorded(key))!;
    expect(sent.method).to.equal('POST');
    expect(new URLSearchParams(sent.body).get('email')).to.equal('reader@example.org');
  });

  it('should keep the address and say why when a page form without an address is submitted without the form’s code', async function () {
    this.timeout(20_000);
    const key = `missing-bare-${crypto.randomUUID()}`;
    const opened = await open({ from: '/bundle-without/subscribe/', key, form: 'bare' });
    frame = opened.frame;
    const element = opened.page.document.querySelector('subscribe-form')!;
    const input = element.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'reader@example.org';
    // Submitted at once, while the form's code is still being tried: held, then refused with a message.
    element.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => !!element.shadowRoot?.querySelector('[part="status"]'), 10_000, 'the message');
    expect(element.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal(en.formMissing);
    expect(opened.page.location.pathname).to.equal('/test/pages/sibling-missing.html');
    expect(input.value).to.equal('reader@example.org');
    expect(await recorded(key)).to.equal(null);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should send a page form submitted before the form’s code arrived, once it has', async function () {
    this.timeout(20_000);
    const key = `early-${crypto.randomUUID()}`;
    const opened = await open({ key, form: 'light' });
    frame = opened.frame;
    const element = opened.page.document.querySelector('subscribe-form')!;
    element.querySelector<HTMLInputElement>('input[type=email]')!.value = 'early@example.org';
    element.querySelector<HTMLButtonElement>('button')!.click();
    await until(() => element.getAttribute('state') === 'success', 10_000, 'the success');
    expect(opened.page.location.pathname).to.equal('/test/pages/sibling-missing.html');
    expect(new URLSearchParams((await recorded(key))?.body).get('email')).to.equal('early@example.org');
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should load the form’s code on page load and send a sign-up waiting from an earlier visit', async function () {
    this.timeout(20_000);
    const key = `waiting-${crypto.randomUUID()}`;
    const options = { provider: 'generic', action: `/echo?key=${key}`, encoding: 'json', field: 'email' } as const;
    const outbox = new Outbox();
    await outbox.add('earlier@example.org', buildRequest(options, { email: 'earlier@example.org' }, location.href));
    const opened = await open({ key });
    frame = opened.frame;
    for (let waited = 0; !(await recorded(key)) && waited < 10_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(JSON.parse((await recorded(key))?.body ?? '{}')).to.deep.equal({ email: 'earlier@example.org' });
    expect(siblingsRequested(opened.page, 'subscribe')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });
});
