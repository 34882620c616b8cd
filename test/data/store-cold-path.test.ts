import { expect } from '@open-wc/testing';
import { CacheHints } from '../../src/data/store/cache-hints.js';
import { firstPageSize, FeedStore, type FeedStoreOptions, type FirstPage } from '../../src/data/store/feed-store.js';
import { IdbStorage, type FeedStorage } from '../../src/data/store/storage.js';
import { deleteDatabase, fixtureUrl, requestStats, uniqueName, until } from '../helpers.js';

// The cold path: a first visit starts its request without waiting for IndexedDB (a localStorage
// hint says nothing is cached), cards come before the cache write, and a hint that lies never
// costs more than one request nor hides a fresh copy.

let database: string;
let hintName: string;
let key: string;

const hints = (name = hintName) => new CacheHints(name);
function store(options: FeedStoreOptions = {}): FeedStore {
  return new FeedStore({
    storage: new IdbStorage(database),
    hints: hints(),
    channel: null,
    retryDelays: [20, 40],
    storageTimeout: 5000,
    ...options,
  });
}

const feedUrl = (query: Record<string, string | number> = {}) => fixtureUrl('daily-papers.json', { key, ...query });

/** IndexedDB behind a gate: reads (or writes) wait until `open()`. */
function gated(which: 'get' | 'set'): { storage: FeedStorage; open: () => void; waiting: () => number } {
  const real = new IdbStorage(database);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  let waiting = 0;
  const held =
    <T>(operation: () => Promise<T>) =>
    async (): Promise<T> => {
      waiting += 1;
      await gate;
      return operation();
    };
  return {
    storage: {
      get: (entry) => (which === 'get' ? held(() => real.get(entry))() : real.get(entry)),
      set: (entry, value) => (which === 'set' ? held(() => real.set(entry, value))() : real.set(entry, value)),
      delete: (entry) => real.delete(entry),
    },
    open,
    waiting: () => waiting,
  };
}

describe('FeedStore: the cold path', () => {
  beforeEach(() => {
    database = uniqueName();
    hintName = uniqueName('hint');
    key = uniqueName('request');
  });
  afterEach(async () => {
    localStorage.removeItem(`paper-feed-cache-hint:v1:${hintName}`);
    await deleteDatabase(database);
  });

  it('should start the request and hand over the papers while IndexedDB has not answered', async () => {
    const idb = gated('get');
    const feed = await store({ storage: idb.storage }).load(feedUrl());
    expect(feed).to.deep.include({ fromCache: false, stale: false });
    expect(feed.papers).to.have.length(5);
    expect(idb.waiting(), 'reads still held').to.be.above(0);
    idb.open();
  });

  it('should wait for IndexedDB, as before, when localStorage throws', async () => {
    const idb = gated('get');
    const refused = new CacheHints(hintName, () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const loading = store({ storage: idb.storage, hints: refused }).load(feedUrl());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await requestStats(key)).requests, 'asked before IndexedDB answered').to.equal(0);
    idb.open();
    expect((await loading).papers).to.have.length(5);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should make no second request when a fresh copy exists, even while it is still being written', async () => {
    await store().load(feedUrl());
    // No idle(): the next "visit" starts while the first one's write may still be under way.
    const again = await store().load(feedUrl());
    expect(again.fromCache).to.equal(true);
    expect(again.papers).to.have.length(5);
    const third = await store({ storage: new IdbStorage(database) }).load(feedUrl());
    expect(third.fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should ask once when the hint says fresh but IndexedDB was cleared', async () => {
    const first = store();
    await first.load(feedUrl());
    await first.idle();
    await deleteDatabase(database);
    const feed = await store().load(feedUrl());
    expect(feed).to.deep.include({ fromCache: false, stale: false });
    expect(feed.papers).to.have.length(5);
    expect((await requestStats(key)).requests).to.equal(2);
  });

  it('should use the fresh copy, asking at most once, when the hint is missing but IndexedDB has it', async () => {
    const first = store();
    await first.load(feedUrl({ delay: 400 }));
    await first.idle();
    // A hint of another name knows nothing: localStorage was cleared, IndexedDB was not.
    const feed = await store({ hints: hints(uniqueName('empty-hint')) }).load(feedUrl({ delay: 400 }));
    expect(feed.fromCache, 'the cached copy').to.equal(true);
    expect((await requestStats(key)).requests).to.be.at.most(2);
  });

  it('should show cached papers when the hint is missing and the request fails first', async () => {
    const url = feedUrl({ 'down-after': 1 });
    const first = store();
    await first.load(url);
    await first.idle();
    const idb = gated('get');
    const loading = store({ storage: idb.storage, hints: hints(uniqueName('empty-hint')) }).load(url);
    // The request and its two retries have failed before IndexedDB answers.
    while ((await requestStats(key)).requests < 4) await new Promise((resolve) => setTimeout(resolve, 20));
    idb.open();
    const feed = await loading;
    expect(feed.fromCache).to.equal(true);
    expect(feed.papers).to.have.length(5);
  });

  it('should not ask again before a Retry-After has passed, with the wait in the hint', async () => {
    const url = feedUrl({ status: 429, header: 'Retry-After: 120' });
    const error = await store()
      .load(url)
      .catch((caught: unknown) => caught);
    expect(error).to.have.property('kind', 'rate-limited');
    const again = await store()
      .load(url)
      .catch((caught: unknown) => caught);
    expect(again).to.have.property('kind', 'rate-limited');
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should hand over the papers before the cache write', async () => {
    const idb = gated('set');
    // Long enough that a load waiting for the write would time the test out.
    const feeds = store({ storage: idb.storage, storageTimeout: 60_000 });
    const feed = await feeds.load(feedUrl());
    expect(feed.papers).to.have.length(5);
    expect(idb.waiting(), 'the write still held').to.be.above(0);
    idb.open();
    await feeds.idle();
    expect(feeds.degraded).to.equal(false);
    expect((await store().load(feedUrl())).fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should keep the papers when the cache write never ends, and the hint forgets them', async () => {
    const idb = gated('set');
    const feeds = store({ storage: idb.storage, storageTimeout: 300 });
    expect((await feeds.load(feedUrl())).papers).to.have.length(5);
    await feeds.idle();
    // The write timed out: memory keeps the papers for the session.
    expect(feeds.degraded).to.equal(true);
    expect((await feeds.load(feedUrl())).fromCache).to.equal(true);
    expect(hints().lookup(feedUrl(), feedUrl())).to.deep.include({ known: true, fetchedAt: undefined });
    expect((await requestStats(key)).requests).to.equal(1);
    idb.open();
  });

  it('should save a write that timed out once storage answers, and the hint says so again', async () => {
    const idb = gated('set');
    const feeds = store({ storage: idb.storage, storageTimeout: 300 });
    await feeds.load(feedUrl());
    await feeds.idle();
    expect(feeds.degraded).to.equal(true);
    idb.open();
    await until(() => hints().lookup(feedUrl(), feedUrl()).fetchedAt !== undefined, 3000, 'the hint');
    expect(feeds.degraded).to.equal(false);
    expect((await store().load(feedUrl())).fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should save a write that timed out and then failed, once storage answers again', async () => {
    const real = new IdbStorage(database);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first = true;
    const storage: FeedStorage = {
      get: (entry) => real.get(entry),
      // The first write hangs, then fails (an aborted transaction); storage answers after it.
      set: async (entry, value) => {
        if (!first) return real.set(entry, value);
        first = false;
        await gate;
        throw new DOMException('The transaction was aborted.', 'AbortError');
      },
      delete: (entry) => real.delete(entry),
    };
    const feeds = store({ storage, storageTimeout: 300 });
    await feeds.load(feedUrl());
    await feeds.idle();
    expect(feeds.degraded).to.equal(true);
    release();
    await until(() => !feeds.degraded, 3000, 'the storage to be taken back');
    await until(() => hints().lookup(feedUrl(), feedUrl()).fetchedAt !== undefined, 3000, 'the hint');
    expect((await store().load(feedUrl())).fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should hand a write that never answered to storage when the page hides', async () => {
    const real = new IdbStorage(database);
    let writes = 0;
    const storage: FeedStorage = {
      get: (entry) => real.get(entry),
      set: (entry, value) => real.set(entry, value),
      // The first write never answers (nor fails): only the page hiding can still save the papers.
      setMany: (entries) => (++writes === 1 ? new Promise<never>(() => undefined) : real.setMany(entries)),
      delete: (entry) => real.delete(entry),
    };
    const feeds = store({ storage, storageTimeout: 300 });
    await feeds.load(feedUrl());
    await feeds.idle();
    expect(feeds.degraded).to.equal(true);
    expect(await real.get(feedUrl()), 'saved before the page hid').to.equal(undefined);
    dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
    expect(writes).to.equal(2);
    await until(() => hints().lookup(feedUrl(), feedUrl()).fetchedAt !== undefined, 3000, 'the hint');
    expect((await store().load(feedUrl())).fromCache).to.equal(true);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should make one request for two no-cache loads of one src at the same time', async () => {
    const feeds = store();
    const [a, b] = await Promise.all([
      feeds.load(feedUrl({ delay: 200 }), { noCache: true }),
      feeds.load(feedUrl({ delay: 200 }), { noCache: true }),
    ]);
    expect(a.papers).to.deep.equal(b.papers);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should hand a long feed’s first page over before the rest, then the whole feed', async () => {
    const url = `${location.origin}/generated/daily-papers.json?count=120&key=${key}`;
    const first = store();
    const fetched = await first.load(url);
    await first.idle();
    const pages: FirstPage[] = [];
    const cached = await store().load(url, { onFirstPage: (page) => pages.push(page) });
    expect(pages).to.have.length(1);
    expect(pages[0]!.total).to.equal(120);
    expect(pages[0]!.papers.map((paper) => paper.id)).to.deep.equal(
      fetched.papers.slice(0, firstPageSize).map((paper) => paper.id),
    );
    expect(cached.fromCache).to.equal(true);
    expect(cached.papers).to.deep.equal(fetched.papers);
  });

  it('should fetch anew when a long feed’s rest is missing', async () => {
    const url = `${location.origin}/generated/daily-papers.json?count=120&key=${key}`;
    const first = store();
    await first.load(url);
    await first.idle();
    await new IdbStorage(database).delete(`#rest:${url}`);
    const feed = await store().load(url);
    expect(feed.fromCache).to.equal(false);
    expect(feed.papers).to.have.length(120);
  });

  it('should keep the hint small, whatever the page loads', () => {
    const many = hints();
    for (let i = 0; i < 1000; i++) many.stored(`https://feeds.example.org/${i}/${'x'.repeat(2000)}`, Date.now());
    const stored = localStorage.getItem(`paper-feed-cache-hint:v1:${hintName}`) ?? '';
    expect(stored.length).to.be.below(8000);
    expect(many.lookup(`https://feeds.example.org/999/${'x'.repeat(2000)}`, '').fetchedAt).to.be.a('number');
  });

  it('should read a hint it cannot parse as one that knows nothing', () => {
    localStorage.setItem(`paper-feed-cache-hint:v1:${hintName}`, '{"f":[["a",1],null,"x"],"w":7');
    expect(hints().lookup('a', 'a')).to.deep.equal({ known: true, fetchedAt: undefined, retryAt: undefined });
    localStorage.setItem(`paper-feed-cache-hint:v1:${hintName}`, '{"f":"nope","w":[[1,2]]}');
    expect(hints().lookup('a', 'a')).to.deep.include({ known: true, fetchedAt: undefined });
  });
});
