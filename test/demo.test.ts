import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { PaperCardElement } from '../src/paper-card/paper-card.js';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import type { SubscribeFormElement } from '../src/subscribe-form/subscribe-form.js';
import { deleteDatabase, openFrame, until } from './helpers.js';

// The test server serves demo/ as `npm start` does, with the demo's own endpoints: /api/subscribe,
// and /api/daily-papers, the stand-in for Hugging Face's daily-papers API the demo's feed asks
// through its proxy.
async function openDemo(): Promise<{ frame: HTMLIFrameElement; document: Document }> {
  const frame = await openFrame('/demo/index.html');
  return { frame, document: frame.contentDocument! };
}

/** The demo's feed, once it shows papers (or says it has none). */
async function settledFeed(document: Document): Promise<PaperFeedElement> {
  const feed = document.querySelector<PaperFeedElement>('paper-feed')!;
  await until(() => feed.state === 'ready' || feed.state === 'empty', 10_000, 'the demo feed');
  await feed.updateComplete;
  return feed;
}

const cardsOf = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll<PaperCardElement>('paper-card')];
const titleOf = (card: PaperCardElement) => card.shadowRoot!.querySelector('[part="title"]')!.textContent.trim();
/** The titles of the cards a feed shows (their text may carry a "New" badge). */
const titlesIn = (feed: PaperFeedElement) => cardsOf(feed).map((card) => card.paper!.title);
const periodOf = (feed: PaperFeedElement) => feed.shadowRoot!.querySelector('[part="period"]')!.textContent.trim();

/** Clicks the feed's previous (0) or next (1) date button and waits for that day's papers. */
async function step(feed: PaperFeedElement, button: 0 | 1): Promise<void> {
  const before = feed.date;
  feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="date-nav"] button')[button]!.click();
  await until(() => feed.date !== before, 2000, 'the next date');
  await settledFeed(feed.ownerDocument);
}

/** 0 (black) to 1 (white): the relative luminance of a CSS colour, whatever syntax it is computed in. */
function luminance(color: string): number {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Whether the page and every card and form on it (standalone and in the feed) are dark. */
function schemes(document: Document): { page: boolean; widgets: boolean[] } {
  const view = document.defaultView!;
  const feed = document.querySelector<PaperFeedElement>('paper-feed')!;
  const cards = [...document.querySelectorAll<PaperCardElement>('paper-card'), ...cardsOf(feed)];
  const surfaces = cards.map((card) => card.shadowRoot!.querySelector('article')!);
  const dark = (element: Element) => luminance(view.getComputedStyle(element).backgroundColor) < 0.2;
  return {
    page: dark(document.documentElement),
    widgets: [...surfaces.map(dark), ...[...document.querySelectorAll('subscribe-form input')].map(dark)],
  };
}

/** The daily-papers API request the stand-in answers, for a query such as `date=2025-12-09`. */
function dailyPapers(query: string): Promise<Response> {
  const url = `https://huggingface.co/api/daily_papers${query ? `?${query}` : ''}`;
  return fetch(`/api/daily-papers?url=${encodeURIComponent(url)}`);
}

interface Listing {
  paper: { id: string; title: string; upvotes: number; submittedOnDailyAt: string };
  thumbnail?: string;
}

function subscribe(body: BodyInit, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
  return fetch('/api/subscribe', { method: 'POST', headers, body });
}

describe('the demo', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
  });

  before(() => deleteDatabase());

  it('should show the sample day, the standalone cards and the sign-up form', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = await settledFeed(demo.document);
    expect(feed.state).to.equal('ready');
    expect(periodOf(feed)).to.equal('Wednesday, Dec 10, 2025');
    expect(feed.papers).to.have.length(7);
    expect(cardsOf(feed)).to.have.length(5);
    const standalone = [...demo.document.querySelectorAll('paper-card')];
    expect(standalone.map(titleOf)).to.deep.equal([
      'OneFlow: Redesign the Distributed Deep Learning Framework from Scratch',
      'TorchTitan: One-stop PyTorch native solution for production ready LLM pre-training',
    ]);
    expect(feed.querySelector('subscribe-form')!.assignedSlot?.name).to.equal('footer');
  });

  it('should not repeat a card of the post (or the sidebar) in the feed below it', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = await settledFeed(demo.document);
    const standalone = [...demo.document.querySelectorAll<PaperCardElement>('paper-card')].map((card) => card.href);
    expect(standalone).to.have.length(2);
    const inFeed = feed.papers.map((paper) => paper.url);
    for (const href of standalone) expect(inFeed).not.to.include(href);
    for (const card of demo.document.querySelectorAll<PaperCardElement>('paper-card')) {
      expect(titlesIn(feed)).not.to.include(titleOf(card));
    }
  });

  it('should follow the OS colour scheme by default ("system"), and pin light or dark when asked', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    await settledFeed(demo.document);
    const checked = demo.document.querySelector<HTMLInputElement>('.theme-switch input:checked')!;
    expect(checked.value).to.equal('system');
    const elements = [...demo.document.querySelectorAll('paper-feed, paper-card, subscribe-form')];
    expect(elements.map((element) => element.getAttribute('theme'))).to.deep.equal(elements.map(() => 'auto'));
    const osDark = demo.frame.contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches;
    let shown = schemes(demo.document);
    expect(shown.widgets).to.have.length.of.at.least(8);
    expect(shown.page).to.equal(osDark);
    expect(shown.widgets).to.deep.equal(shown.widgets.map(() => osDark));

    for (const theme of ['dark', 'light'] as const) {
      demo.document.querySelector<HTMLInputElement>(`.theme-switch input[value="${theme}"]`)!.click();
      await until(() => schemes(demo.document).page === (theme === 'dark'), 2000, `the ${theme} page`);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      shown = schemes(demo.document);
      expect(shown.widgets, theme).to.deep.equal(shown.widgets.map(() => theme === 'dark'));
    }
  });

  it('should turn dark with the OS when "system" is chosen (where the browser can emulate the OS scheme)', async function () {
    try {
      await emulateMedia({ colorScheme: 'dark' });
    } catch {
      // WebKitWebDriver (and Firefox over BiDi) cannot emulate media features; the test above
      // covers the scheme those browsers report.
      this.skip();
    }
    try {
      const demo = await openDemo();
      frame = demo.frame;
      await settledFeed(demo.document);
      expect(demo.frame.contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
      const shown = schemes(demo.document);
      expect(shown.page).to.equal(true);
      expect(shown.widgets).to.deep.equal(shown.widgets.map(() => true));
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it('should sort and search the day’s papers from the page’s controls and the feed’s search box', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = await settledFeed(demo.document);
    expect(titlesIn(feed)[0]).to.match(/^Trace is the New AutoDiff/);
    const sort = demo.document.querySelector<HTMLSelectElement>('.feed-header select[name="sort"]')!;
    sort.value = 'newest';
    sort.dispatchEvent(new Event('change'));
    expect(feed.sort).to.equal('newest');
    await feed.updateComplete;
    expect(titlesIn(feed)[0]).to.equal('Prime Collective Communications Library -- Technical Report');

    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'MLIR';
    search.dispatchEvent(new Event('input'));
    await feed.updateComplete;
    expect(titlesIn(feed)).to.deep.equal(['ML-driven Hardware Cost Model for MLIR']);
    search.value = 'qwxz';
    search.dispatchEvent(new Event('input'));
    await feed.updateComplete;
    expect(cardsOf(feed)).to.have.length(0);
  });

  it('should step back through the sample days, a weekend without papers, and forward again', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = await settledFeed(demo.document);
    const seen: [string, string, number][] = [];
    const record = () => {
      seen.push([feed.date!, feed.state, feed.papers.length]);
    };
    record();
    for (let day = 0; day < 5; day++) {
      await step(feed, 0);
      record();
    }
    expect(seen).to.deep.equal([
      ['2025-12-10', 'ready', 7],
      ['2025-12-09', 'ready', 7],
      ['2025-12-08', 'ready', 7],
      ['2025-12-07', 'empty', 0],
      ['2025-12-06', 'empty', 0],
      ['2025-12-05', 'ready', 6],
    ]);
    expect(periodOf(feed)).to.equal('Friday, Dec 5, 2025');
    expect(titlesIn(feed)).to.include(
      'torchdistill: A Modular, Configuration-Driven Framework for Knowledge Distillation',
    );
    await step(feed, 1);
    await step(feed, 1);
    await step(feed, 1);
    expect(feed.date).to.equal('2025-12-08');
    expect(titlesIn(feed)).to.include('TorchGeo: Deep Learning With Geospatial Data');
  });

  it('should show a thumbnail on every card, drawn locally for the sample papers', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const feed = await settledFeed(demo.document);
    const thumbnails = [
      ...[...demo.document.querySelectorAll<PaperCardElement>('.post paper-card')],
      ...cardsOf(feed),
    ].map((card) => card.shadowRoot!.querySelector<HTMLImageElement>('[part="thumbnail"]'));
    expect(thumbnails).to.have.length(6);
    for (const image of thumbnails) {
      expect(image?.src).to.match(new RegExp(`^${location.origin}/demo/data/thumbnails/\\d{4}\\.\\d{5}\\.svg$`));
    }
    // The first ones on screen load (the others wait, lazily, until they are scrolled to).
    await until(
      () => thumbnails.slice(0, 2).every((image) => image!.complete && image!.naturalWidth > 0),
      5000,
      'the thumbnails',
    );
    expect(thumbnails[0]!.naturalWidth / thumbnails[0]!.naturalHeight).to.be.closeTo(16 / 9, 0.01);
    // Every sample paper has one.
    for (const listing of (await (await dailyPapers('month=2025-12')).json()) as Listing[]) {
      const answer = await fetch(listing.thumbnail!);
      expect(answer.status, listing.thumbnail).to.equal(200);
      expect(answer.headers.get('content-type')).to.contain('image/svg+xml');
      expect(await answer.text()).to.contain(`arXiv ${listing.paper.id}`);
    }
  });

  it('should answer daily-papers requests as the API would: by date, week or month, trending, absolute thumbnails', async () => {
    const day = (await (await dailyPapers('date=2025-12-09')).json()) as Listing[];
    expect(day).to.have.length(7);
    expect(new Set(day.map((listing) => listing.paper.submittedOnDailyAt))).to.deep.equal(
      new Set(['2025-12-09T00:00:00.000Z']),
    );
    expect(day[0]!.thumbnail).to.equal(`${location.origin}/demo/data/thumbnails/${day[0]!.paper.id}.svg`);
    expect(await (await dailyPapers('date=2025-12-07')).json()).to.deep.equal([]);
    expect(await (await dailyPapers('week=2025-W50')).json()).to.have.length(21);
    expect(await (await dailyPapers('week=2025-W49')).json()).to.have.length(6);
    expect(await (await dailyPapers('month=2025-12')).json()).to.have.length(27);
    expect(await (await dailyPapers('month=2025-11')).json()).to.deep.equal([]);
    const latest = (await (await dailyPapers('')).json()) as Listing[];
    expect(latest[0]!.paper.submittedOnDailyAt).to.equal('2025-12-10T00:00:00.000Z');
    const trending = (await (await dailyPapers('date=2025-12-08&sort=trending')).json()) as Listing[];
    const upvotes = trending.map((listing) => listing.paper.upvotes);
    expect(upvotes).to.deep.equal([...upvotes].sort((a, b) => b - a));
    expect(upvotes[0]).to.equal(2);
    for (const bad of ['date=2025-02-30', 'week=2025-W60', 'month=2025-13', 'date=yesterday']) {
      expect((await dailyPapers(bad)).status, bad).to.equal(400);
    }
    const elsewhere = await fetch(
      `/api/daily-papers?url=${encodeURIComponent('https://example.org/api/daily_papers')}`,
    );
    expect(elsewhere.status).to.equal(400);
    expect(((await elsewhere.json()) as { error: string }).error).to.contain('huggingface.co');
  });

  it('should sign a reader up through the page’s own form, and say "already subscribed" the second time', async () => {
    const demo = await openDemo();
    frame = demo.frame;
    const form = demo.document.querySelector<SubscribeFormElement>('subscribe-form')!;
    await until(() => Boolean(form.shadowRoot?.querySelector('[part="status"]')), 10_000, 'the enhanced form');
    const status = () => form.shadowRoot!.querySelector('[part="status"]')!.textContent.trim();
    // The demo keeps the default minimum time (2 s) a reader needs before a sign-up counts.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const email = `${crypto.randomUUID()}@example.org`;
    form.querySelector('input')!.value = email;
    form.querySelector('button')!.click();
    await until(() => form.getAttribute('state') === 'success', 5000, 'the sign-up');
    expect(status()).to.equal('Thanks — you’re subscribed!');
    expect(demo.frame.contentWindow!.location.pathname).to.equal('/demo/index.html');
    // A success clears the field: the reader types the same address again.
    expect(form.querySelector('input')!.value).to.equal('');
    form.querySelector('input')!.value = email;
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
