import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { fixtureUrl, nextEvent, openFrame, requestStats, uniqueName, until } from '../helpers.js';

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const ids = (feed: PaperFeedElement) => cards(feed).map((card) => card.paper?.id);

/** A reader's tab: test/pages/tab.html, a page with the one-file bundle and one <paper-feed>. */
async function tab(src: string, maxAge?: number): Promise<{ frame: HTMLIFrameElement; feed: () => PaperFeedElement }> {
  const query = new URLSearchParams({ src, ...(maxAge !== undefined && { 'max-age': String(maxAge) }) });
  const frame = await openFrame(`/test/pages/tab.html?${query}`);
  return { frame, feed: () => frame.contentDocument!.querySelector('paper-feed')! };
}

/**
 * Until the page's feed store (IndexedDB `paper-feed`, store `feeds`) holds `src`: cards come before
 * the cache write, and what a test does next (a reload, another tab) stands on the saved copy.
 */
async function saved(src: string): Promise<void> {
  const holds = () =>
    new Promise<boolean>((resolve) => {
      const opening = indexedDB.open('paper-feed');
      // Never create the database here: the store must find it as it left it.
      opening.onupgradeneeded = () => {
        opening.transaction?.abort();
      };
      opening.onerror = () => {
        resolve(false);
      };
      opening.onsuccess = () => {
        const database = opening.result;
        if (!database.objectStoreNames.contains('feeds')) {
          database.close();
          resolve(false);
          return;
        }
        const reading = database.transaction('feeds').objectStore('feeds').count(src);
        reading.onsuccess = () => {
          resolve(reading.result > 0);
        };
        reading.onerror = () => {
          resolve(false);
        };
        reading.transaction?.addEventListener('complete', () => {
          database.close();
        });
      };
    });
  for (const deadline = performance.now() + 8000; !(await holds());) {
    if (performance.now() > deadline) throw new Error('Timed out waiting for the saved copy');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const cardCount = (feed: PaperFeedElement) => feed.shadowRoot?.querySelectorAll('paper-card').length ?? 0;

describe('<paper-feed> over the feed store', () => {
  let key: string;
  let frames: HTMLIFrameElement[];
  beforeEach(() => {
    key = uniqueName('request');
    frames = [];
  });
  afterEach(() => {
    for (const frame of frames) frame.remove();
  });

  it('should render only the last of five quick src changes', async () => {
    const feed = document.createElement('paper-feed');
    const loads: string[] = [];
    feed.addEventListener('paper-feed-load', () => loads.push(feed.src));
    const sources = [1, 2, 3, 4, 5].map((n) =>
      fixtureUrl(n === 5 ? 'daily-papers-grown.json' : 'daily-papers.json', { key, n, delay: 300 }),
    );
    await fixture(feed);
    for (const src of sources) {
      feed.src = src;
      await feed.updateComplete;
    }
    await until(() => feed.state === 'ready', 5000, 'the last feed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loads).to.deep.equal([sources[4]]);
    expect(cards(feed)).to.have.length(7);
  });

  it('should leave no request or error behind when removed mid-fetch', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed src=${fixtureUrl('daily-papers.json', { key, delay: 1000 })}></paper-feed>`,
    );
    let errors = 0;
    feed.addEventListener('paper-feed-error', () => (errors += 1));
    // Removed once the request is on its way (the server has it, and answers in a second): a fixed
    // wait was sometimes too short on a busy machine, and the feed left before asking at all.
    while ((await requestStats(key)).requests === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    feed.remove();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(errors).to.equal(0);
    expect(await requestStats(key)).to.include({ requests: 1, aborted: 1 });
  });

  it('should make one request for two widgets showing one URL', async () => {
    const src = fixtureUrl('daily-papers.json', { key, delay: 200 });
    const wrapper = await fixture(
      html`<div><paper-feed src=${src}></paper-feed><paper-feed src=${src}></paper-feed></div>`,
    );
    const feeds = [...wrapper.querySelectorAll('paper-feed')];
    await until(() => feeds.every((feed) => feed.state === 'ready'), 5000, 'both feeds');
    expect(feeds.map((feed) => cards(feed).length)).to.deep.equal([5, 5]);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should hold new papers from a background refresh behind an "N new papers" button, marked new', async () => {
    const src = fixtureUrl('daily-papers.json', { key, then: 'daily-papers-grown.json' });
    const first = await fixture<PaperFeedElement>(html`<paper-feed src=${src}></paper-feed>`);
    await until(() => first.state === 'ready');
    const before = ids(first);
    first.remove();

    const feed = await fixture<PaperFeedElement>(html`<paper-feed src=${src} max-age="0"></paper-feed>`);
    await until(() => Boolean(feed.shadowRoot!.querySelector('button.new')), 5000, 'the new-papers button');
    expect(ids(feed)).to.deep.equal(before);
    const button = feed.shadowRoot!.querySelector<HTMLButtonElement>('button.new')!;
    expect(button.textContent.trim()).to.equal('2 new papers');
    await expect(feed).to.be.accessible();
    button.click();
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(7);
    expect(
      cards(feed)
        .filter((card) => card.isNew)
        .map((card) => card.paper?.id),
    ).to.deep.equal(ids(feed).slice(0, 2));
    expect(feed.shadowRoot!.querySelector('button.new')).to.equal(null);
  });

  it('should say when the papers were fetched', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed lang="en" src=${fixtureUrl('daily-papers.json', { key })}></paper-feed>`,
    );
    await until(() => feed.state === 'ready');
    expect(feed.shadowRoot!.querySelector('[part="updated"]')?.textContent).to.equal('Updated now');
  });

  it('should reload offline from the cache, with the stale notice', async () => {
    const src = fixtureUrl('daily-papers.json', { key, 'down-after': 1 });
    const online = await tab(src, 0);
    frames.push(online.frame);
    await until(() => cardCount(online.feed()) === 5, 8000, 'the first visit');
    await saved(src);
    online.frame.contentWindow!.location.reload();
    await new Promise((resolve) => {
      online.frame.addEventListener('load', resolve, { once: true });
    });
    await until(() => online.feed().hasAttribute('stale'), 8000, 'the stale notice');
    expect(cardCount(online.feed())).to.equal(5);
    expect(online.feed().shadowRoot!.querySelector('.stale')?.textContent).to.contain('couldn’t reach the feed');
  });

  it('should keep the offline copy when reloaded right after the first card', async () => {
    const src = fixtureUrl('daily-papers.json', { key, 'down-after': 1 });
    const online = await tab(src, 0);
    frames.push(online.frame);
    await until(() => cardCount(online.feed()) > 0, 8000, 'the first card');
    online.frame.contentWindow!.location.reload();
    await new Promise((resolve) => {
      online.frame.addEventListener('load', resolve, { once: true });
    });
    // The server is down now: what the reload shows can only be the copy saved before it.
    await until(() => online.feed().hasAttribute('stale'), 8000, 'the stale notice');
    expect(cardCount(online.feed())).to.equal(5);
  });

  it('should keep two tabs that write the same feed whole', async () => {
    const src = fixtureUrl('daily-papers.json', { key, delay: 100 });
    const [a, b] = await Promise.all([tab(src), tab(src)]);
    frames.push(a.frame, b.frame);
    await until(() => cardCount(a.feed()) === 5 && cardCount(b.feed()) === 5, 8000, 'both tabs');
    await saved(src);
    const again = await tab(src);
    frames.push(again.frame);
    await until(() => cardCount(again.feed()) === 5, 8000, 'a third tab from the cache');
    expect((await requestStats(key)).requests).to.be.at.most(2);
  });

  it('should update a tab when another tab refreshes the feed, without fetching', async () => {
    const src = fixtureUrl('daily-papers.json', { key });
    const a = await tab(src);
    frames.push(a.frame);
    await until(() => cardCount(a.feed()) === 5, 8000, 'tab A');
    await saved(src);
    const b = await tab(src);
    frames.push(b.frame);
    await until(() => cardCount(b.feed()) === 5, 8000, 'tab B from the cache');
    const updated = nextEvent(b.feed(), 'paper-feed-load');
    await a.feed().refresh();
    const { detail } = await updated;
    expect(detail.fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(2);
  });
});
