import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/data/feed-error.js';
import {
  cacheSchemaVersion,
  FeedStore,
  proxiedUrl,
  resolveProxy,
  type LoadedFeed,
  type FeedStoreOptions,
} from '../../src/data/store/feed-store.js';
import { IdbStorage, type FeedStorage } from '../../src/data/store/storage.js';
import { deleteDatabase, fixtureUrl, requestStats, uniqueName, until } from '../helpers.js';

let database: string;
let key: string;

/** A store of its own for each test: its own database, no cross-tab channel, quick retries. */
function store(options: FeedStoreOptions = {}): FeedStore {
  return new FeedStore({
    storage: new IdbStorage(database),
    channel: null,
    retryDelays: [20, 40],
    storageTimeout: 300,
    ...options,
  });
}

const feedUrl = (query: Record<string, string | number> = {}) => fixtureUrl('daily-papers.json', { key, ...query });

async function failure(promise: Promise<unknown>, kind: FeedErrorKind): Promise<FeedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error, 'a FeedError').to.be.instanceOf(FeedError);
  expect((error as FeedError).kind).to.equal(kind);
  expect((error as FeedError).message)
    .to.be.a('string')
    .and.not.equal('');
  return error as FeedError;
}

/** The next update a load delivers later (a background refresh or another tab). */
function updates(): { onUpdate: (feed: LoadedFeed) => void; next: Promise<LoadedFeed>; signal: AbortSignal } {
  let resolve!: (feed: LoadedFeed) => void;
  const next = new Promise<LoadedFeed>((done) => (resolve = done));
  return { onUpdate: resolve, next, signal: new AbortController().signal };
}

/** Reads or writes the raw entry, as an older release or a broken disk might have left it. */
function raw(mode: 'get' | 'put', entryKey: string, value?: unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(database);
    request.onupgradeneeded = () => request.result.createObjectStore('feeds');
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
    request.onsuccess = () => {
      const db = request.result;
      const transaction = db.transaction('feeds', mode === 'get' ? 'readonly' : 'readwrite');
      const feeds = transaction.objectStore('feeds');
      const operation = mode === 'get' ? feeds.get(entryKey) : feeds.put(value, entryKey);
      transaction.oncomplete = () => {
        db.close();
        resolve(operation.result);
      };
      transaction.onerror = () => {
        reject(transaction.error ?? new Error('transaction failed'));
      };
    };
  });
}

/** Storage whose every operation fails the way `fault` says: the store's own boundary. */
function faultyStorage(fault: () => Promise<never>, only: 'get' | 'set' | 'all' = 'all'): FeedStorage {
  const real = new IdbStorage(database);
  return {
    get: (entryKey) => (only === 'set' ? real.get(entryKey) : fault()),
    set: (entryKey, value) => (only === 'get' ? real.set(entryKey, value) : fault()),
    delete: (entryKey) => real.delete(entryKey),
  };
}

async function expectWorksWithout(storage: FeedStorage): Promise<void> {
  const feeds = store({ storage });
  const first = await feeds.load(feedUrl());
  expect(first.papers).to.have.length(5);
  // The papers come before the cache write; a write that fails does so behind them.
  await feeds.idle();
  expect(feeds.degraded).to.equal(true);
  // The rest of the session is served from memory: no second request.
  const again = await feeds.load(feedUrl());
  expect(again.fromCache).to.equal(true);
  expect((await requestStats(key)).requests).to.equal(1);
}

describe('FeedStore', () => {
  beforeEach(() => {
    database = uniqueName();
    key = uniqueName('request');
  });
  afterEach(() => deleteDatabase(database));

  it('should answer from the cache while it is fresh, without asking the network again', async () => {
    const first = await store().load(feedUrl());
    expect(first).to.deep.include({ fromCache: false, stale: false });
    const second = await store().load(feedUrl());
    expect(second.fromCache).to.equal(true);
    expect(second.papers).to.deep.equal(first.papers);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should return cached papers at once past max-age and deliver the refresh behind them', async () => {
    await store().load(feedUrl());
    const later = updates();
    const cached = await store().load(feedUrl(), { maxAge: 0, ...later });
    expect(cached).to.deep.include({ fromCache: true, stale: false });
    const fresh = await later.next;
    expect(fresh).to.deep.include({ fromCache: false, stale: false });
    expect(fresh.fetchedAt).to.be.at.least(cached.fetchedAt);
    expect((await requestStats(key)).requests).to.equal(2);
  });

  it('should skip the cache entirely with noCache', async () => {
    await store().load(feedUrl(), { noCache: true });
    expect(await raw('get', feedUrl())).to.equal(undefined);
    await store().load(feedUrl(), { noCache: true });
    expect((await requestStats(key)).requests).to.equal(2);
  });

  it('should make one request for two loads of one URL at the same time', async () => {
    const feeds = store();
    const [a, b] = await Promise.all([feeds.load(feedUrl({ delay: 200 })), feeds.load(feedUrl({ delay: 200 }))]);
    expect(a.papers).to.deep.equal(b.papers);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should retry network errors and 5xx with backoff, a bounded number of times', async () => {
    const feed = await store().load(feedUrl({ 'fail-first': 2 }));
    expect(feed.papers).to.have.length(5);
    expect((await requestStats(key)).requests).to.equal(3);
    key = uniqueName('request');
    await failure(store().load(feedUrl({ 'fail-first': 9 })), 'http');
    expect((await requestStats(key)).requests).to.equal(3);
  });

  it('should remember a Retry-After and not ask again before it has passed, even after a reload', async () => {
    const error = await failure(store().load(feedUrl({ status: 429, header: 'Retry-After: 120' })), 'rate-limited');
    expect(error.retryAfter).to.equal(120);
    const reloaded = await failure(store().load(feedUrl({ status: 429, header: 'Retry-After: 120' })), 'rate-limited');
    expect(reloaded.retryAfter).to.be.within(115, 120);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should fetch through a proxy, caching under the feed’s own address and resolving its links against it', async () => {
    const proxy = `${location.origin}/fixture/formats/blog.atom?key=${key}&type=application/atom%2Bxml&for={url}`;
    expect(proxiedUrl('https://lab.example.edu/news/feed', proxy)).to.contain(
      'for=https%3A%2F%2Flab.example.edu%2Fnews%2Ffeed',
    );
    const feed = await store().load('https://lab.example.edu/news/feed', { proxy });
    expect(feed.papers[1]!.url).to.equal('https://lab.example.edu/raftmlp');
    expect(await raw('get', 'https://lab.example.edu/news/feed')).to.have.property('version', cacheSchemaVersion);
    expect((await requestStats(key)).requests).to.equal(1);
  });

  it('should resolve a relative proxy against the page, keeping {url} wherever it stands', () => {
    const base = 'https://blog.example.org/posts/today.html';
    expect(resolveProxy('/proxy?u={url}', base)).to.equal('https://blog.example.org/proxy?u={url}');
    expect(resolveProxy('proxy/{url}', base)).to.equal('https://blog.example.org/posts/proxy/{url}');
    expect(resolveProxy('//cdn.example.net/p/{url}?k={url}', base)).to.equal('https://cdn.example.net/p/{url}?k={url}');
    expect(resolveProxy('/proxy?u=', base)).to.equal('https://blog.example.org/proxy?u=');
    expect(resolveProxy('https://my-proxy.example/?url={url}', base)).to.equal('https://my-proxy.example/?url={url}');
    for (const bad of ['javascript:alert(1)//{url}', 'data:text/plain,{url}', 'http://[::1', '  ']) {
      expect(resolveProxy(bad, base), bad).to.equal(undefined);
    }
    const resolved = resolveProxy('/proxy/{url}', base)!;
    expect(proxiedUrl('https://arxiv.org/a?b=c', resolved)).to.equal(
      'https://blog.example.org/proxy/https%3A%2F%2Farxiv.org%2Fa%3Fb%3Dc',
    );
  });

  describe('one request per feed: address, proxy and format', () => {
    const through = (name: string) => `${location.origin}/proxy/${key}-${name}?u={url}`;

    it('should send one src through each of two proxies, not share the first one’s request', async () => {
      const feeds = store();
      const src = feedUrl({ delay: 200 });
      const [a, b] = await Promise.all([
        feeds.load(src, { proxy: through('a') }),
        feeds.load(src, { proxy: through('b') }),
      ]);
      expect(a.papers).to.have.length(5);
      expect(b.papers).to.have.length(5);
      expect((await requestStats(`proxy:${key}-a`)).requests).to.equal(1);
      expect((await requestStats(`proxy:${key}-b`)).requests).to.equal(1);
    });

    it('should not hand a direct load the request a proxied one made, nor the other way round', async () => {
      const feeds = store();
      const src = feedUrl({ delay: 200 });
      await Promise.all([feeds.load(src), feeds.load(src, { proxy: through('a') })]);
      expect((await requestStats(`proxy:${key}-a`)).requests).to.equal(1);
      expect((await requestStats(key)).requests).to.equal(2);
    });

    it('should read one src as each format asked for, at once and from the cache', async () => {
      const feeds = store();
      const src = fixtureUrl('formats/blog.rss', { key, delay: 200 });
      const [auto, atom] = await Promise.all([feeds.load(src), feeds.load(src, { format: 'atom' })]);
      expect(auto.papers).to.have.length(4);
      expect(atom.papers).to.have.length(0);
      expect((await requestStats(key)).requests).to.equal(2);
      // Cached apart: a format set later is not answered with papers read as another.
      const [autoAgain, atomAgain, rss] = await Promise.all([
        store().load(src),
        store().load(src, { format: 'atom' }),
        store().load(src, { format: 'rss' }),
      ]);
      expect(autoAgain).to.deep.include({ fromCache: true });
      expect(atomAgain).to.deep.include({ fromCache: true });
      expect(atomAgain.papers).to.have.length(0);
      expect(rss).to.deep.include({ fromCache: false });
      expect((await requestStats(key)).requests).to.equal(3);
    });

    it('should keep a wait one proxy asked for to that proxy', async () => {
      const src = feedUrl({ status: 429, header: 'Retry-After: 120' });
      await failure(store().load(src, { proxy: through('a') }), 'rate-limited');
      await failure(store().load(src, { proxy: through('b') }), 'rate-limited');
      await failure(store().load(src, { proxy: through('a') }), 'rate-limited');
      expect((await requestStats(`proxy:${key}-a`)).requests).to.equal(1);
      expect((await requestStats(`proxy:${key}-b`)).requests).to.equal(1);
    });
  });

  it('should evict the least recently used feeds past the size bound', async () => {
    const feeds = store({ maxCacheSize: 12_000 });
    const [a, b, c] = ['a', 'b', 'c'].map((name) => fixtureUrl('daily-papers.json', { key, feed: name }));
    await feeds.load(a!);
    await feeds.load(b!);
    await feeds.load(c!);
    await feeds.idle();
    expect(await raw('get', a!)).to.equal(undefined);
    expect(await raw('get', c!)).to.have.property('url', c);
  });

  it('should tell which papers are new since the reader’s last visit', async () => {
    const feeds = store();
    const first = await feeds.load(feedUrl());
    expect([...first.newIds]).to.deep.equal([]);
    await feeds.markSeen(
      feedUrl(),
      first.papers.slice(0, 3).map((paper) => paper.id),
    );
    const next = await store().load(feedUrl());
    expect([...next.newIds]).to.deep.equal(first.papers.slice(3).map((paper) => paper.id));
  });

  it('should hand papers another tab stored to listeners, without fetching', async () => {
    const channel = uniqueName('channel');
    const here = store({ channel });
    const otherTab = store({ channel });
    await otherTab.load(feedUrl());
    const later = updates();
    await here.load(feedUrl(), later);
    await otherTab.load(feedUrl(), {
      revalidate: true,
      onUpdate: () => undefined,
      signal: new AbortController().signal,
    });
    const update = await later.next;
    expect(update).to.deep.include({ fromCache: true, stale: false });
    expect(update.papers).to.have.length(5);
    expect((await requestStats(key)).requests).to.equal(2);
  });

  describe('faults', () => {
    it('offline at load (server down): an error, then cached papers marked stale', async () => {
      const down = feedUrl({ 'down-after': 1 });
      await store().load(down);
      await failure(store().load(feedUrl({ 'down-after': 0 })), 'network');
      const later = updates();
      const cached = await store().load(down, { maxAge: 0, ...later });
      expect(cached.papers).to.have.length(5);
      const update = await later.next;
      expect(update.stale).to.equal(true);
      expect(update.error).to.have.property('kind', 'network');
    });

    it('server hangs: a timeout', async () => {
      const error = await failure(store().load(feedUrl({ delay: 5000 }), { timeout: 300 }), 'timeout');
      expect(error.message).to.contain('second');
    });

    it('slow drip: a timeout for the whole answer', async () => {
      await failure(store().load(feedUrl({ drip: 200 }), { timeout: 600 }), 'timeout');
    });

    for (const [status, kind] of [
      [404, 'not-found'],
      [410, 'not-found'],
      [500, 'http'],
      [502, 'http'],
      [429, 'rate-limited'],
    ] as const) {
      it(`HTTP ${status}: ${kind}`, async () => {
        const error = await failure(store().load(feedUrl({ status })), kind);
        expect(error.status).to.equal(status);
      });
    }

    it('HTTP 503 with Retry-After: rate-limited, with the wait', async () => {
      const error = await failure(store().load(feedUrl({ status: 503, header: 'Retry-After: 30' })), 'rate-limited');
      expect(error.retryAfter).to.equal(30);
    });

    it('redirect loop: a redirect error, asked once (no retries)', async () => {
      await failure(store().load(feedUrl({ 'redirect-loop': 1 })), 'redirect');
      // Not retried: the request, and the two that tell a redirect from CORS, each following the
      // loop for 20 redirects (43 in all three engines; retried, it was 63 without those two).
      expect((await requestStats(key)).requests).to.be.at.most(45);
    });

    it('CORS failure: a cors error that explains the proxy', async () => {
      const otherOrigin = new URL(feedUrl());
      otherOrigin.hostname = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
      const error = await failure(store().load(otherOrigin.href), 'cors');
      expect(error.message).to.contain('proxy');
    });

    it('indexedDB undefined: renders from the network, then memory', async () => {
      await expectWorksWithout(new IdbStorage(database, () => undefined));
    });

    it('indexedDB.open throwing SecurityError: renders from the network, then memory', async () => {
      const factory = {
        open: () => {
          throw new DOMException('Access to storage is denied.', 'SecurityError');
        },
      } as unknown as IDBFactory;
      await expectWorksWithout(new IdbStorage(database, () => factory));
    });

    it('open never resolving: renders from the network, then memory', async () => {
      const factory = { open: () => ({}) } as unknown as IDBFactory;
      await expectWorksWithout(new IdbStorage(database, () => factory));
    });

    it('storage that is only slow: the network serves this load, the cache the loads after it', async () => {
      const real = new IdbStorage(database);
      let delay = 600;
      const slow: FeedStorage = {
        get: async (entryKey) => {
          await new Promise((resolve) => setTimeout(resolve, delay));
          return real.get(entryKey);
        },
        set: (entryKey, value) => real.set(entryKey, value),
        delete: (entryKey) => real.delete(entryKey),
      };
      const feeds = store({ storage: slow });
      const first = await feeds.load(feedUrl());
      expect(first.fromCache).to.equal(false);
      expect(feeds.degraded).to.equal(true);
      // The late answer arrives: IndexedDB is back, with the papers memory kept meanwhile.
      await until(() => !feeds.degraded, 3000, 'the storage to be taken back');
      delay = 0;
      const other = store({ storage: new IdbStorage(database) });
      const again = await other.load(feedUrl());
      expect(again.fromCache).to.equal(true);
      expect((await requestStats(key)).requests).to.equal(1);
    });

    it('"connection is closing" mid-session: reopens and goes on', async () => {
      const connections: IDBDatabase[] = [];
      const factory = {
        open: (name: string) => {
          const request = indexedDB.open(name);
          request.addEventListener('success', () => connections.push(request.result));
          return request;
        },
      } as unknown as IDBFactory;
      const feeds = store({ storage: new IdbStorage(database, () => factory) });
      await feeds.load(feedUrl());
      for (const connection of connections) connection.close();
      const again = await feeds.load(feedUrl());
      expect(again.fromCache).to.equal(true);
      expect(feeds.degraded).to.equal(false);
    });

    it('QuotaExceededError on write: renders, and keeps the papers in memory', async () => {
      await expectWorksWithout(
        faultyStorage(() => Promise.reject(new DOMException('Quota exceeded.', 'QuotaExceededError')), 'set'),
      );
    });

    it('a rejection with null: renders from the network, then memory', async () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the fault under test
      await expectWorksWithout(faultyStorage(() => Promise.reject(null)));
    });

    it('a corrupted entry: discarded and fetched anew', async () => {
      await raw('put', feedUrl(), {
        version: cacheSchemaVersion,
        url: feedUrl(),
        fetchedAt: Date.now(),
        papers: [{ id: 1 }, null],
      });
      const feed = await store().load(feedUrl());
      expect(feed).to.deep.include({ fromCache: false });
      expect(feed.papers).to.have.length(5);
    });

    it('an entry from an older schema: discarded and fetched anew', async () => {
      await raw('put', feedUrl(), { version: 2, url: feedUrl(), fetchedAt: Date.now(), papers: '[]' });
      const feed = await store().load(feedUrl());
      expect(feed.fromCache).to.equal(false);
      expect(await raw('get', feedUrl())).to.have.property('version', cacheSchemaVersion);
    });

    it('data deleted between visits: fetched anew', async () => {
      await store().load(feedUrl());
      await deleteDatabase(database);
      const feed = await store().load(feedUrl());
      expect(feed.fromCache).to.equal(false);
      expect((await requestStats(key)).requests).to.equal(2);
    });

    it('a failed refresh never overwrites or deletes good cached papers', async () => {
      const url = feedUrl({ 'fail-after': 1 });
      await store().load(url);
      const before = await raw('get', url);
      const later = updates();
      await store().load(url, { maxAge: 0, ...later });
      expect((await later.next).stale).to.equal(true);
      expect(await raw('get', url)).to.deep.equal(before);
    });
  });
});
