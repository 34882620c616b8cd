import { expect } from '@open-wc/testing';
import { Outbox } from '../src/data/subscribe/outbox.js';
import { buildRequest } from '../src/data/subscribe/providers.js';
import { en } from '../src/i18n/en.js';
import { deleteDatabase, openFrame, until, type RecordedRequest } from './helpers.js';
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

  it('should show a Hugging Face feed without fetching the XML reader or the sign-up code', async function () {
    this.timeout(20_000);
    // No sign-up waits from an earlier test: the form has no reason to load its code.
    await deleteDatabase('paper-feed-outbox');
    const opened = await open({});
    frame = opened.frame;
    await until(() => opened.cards() === 5, 10_000, 'the cards');
    await until(() => !!opened.page.document.querySelector('subscribe-form')?.shadowRoot?.querySelector('form'));
    expect(siblingsRequested(opened.page, 'xml')).to.deep.equal([]);
    expect(siblingsRequested(opened.page, 'scholarly')).to.deep.equal([]);
    expect(siblingsRequested(opened.page, 'sign-up')).to.deep.equal([]);
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

  it('should tell the reader when the sign-up code is missing, and keep the address', async function () {
    this.timeout(20_000);
    const key = `missing-sign-up-${crypto.randomUUID()}`;
    const opened = await open({ from: '/bundle-without/sign-up/', key });
    frame = opened.frame;
    const form = opened.page.document.querySelector('subscribe-form')!;
    await until(() => !!form.shadowRoot?.querySelector('input[type=email]'), 10_000, 'the form');
    const input = form.shadowRoot!.querySelector<HTMLInputElement>('input[type=email]')!;
    input.value = 'reader@example.org';
    form.shadowRoot!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await until(() => form.getAttribute('state') === 'error', 10_000, 'the error');
    expect(form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim()).to.equal(en.formMissing);
    expect(input.value).to.equal('reader@example.org');
    expect(await recorded(key)).to.equal(null);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  it('should load the sign-up code on page load and send a sign-up waiting from an earlier visit', async function () {
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
    expect(siblingsRequested(opened.page, 'sign-up')).to.have.length(1);
    expect(opened.page.uncaught).to.deep.equal([]);
  });
});
