import { formatWait } from '../../i18n/format.js';
import { defaultMaxAge, nonNegativeOr } from '../defaults.js';
import { FeedError } from '../feed-error.js';
import type { Paper } from '../paper.js';
import { maxFeedWait } from '../retry-after.js';
import { CacheHints } from './cache-hints.js';
import { FeedCache, type CachedFeed } from './feed-cache.js';
import type { FeedStoreOptions, LoadedFeed, LoadOptions } from './load-options.js';
import { FeedFetcher, feedKey, proxiedUrl, type FeedRequest, type Fetched } from './feed-fetcher.js';
import { defaultDatabaseName, GuardedStorage, IdbStorage } from './storage.js';
import { isStoredFeed, type StoredFeed } from './stored-feed.js';

export { cacheSchemaVersion, firstPageSize } from './feed-cache.js';
export type { FeedStoreOptions, FirstPage, LoadedFeed, LoadOptions } from './load-options.js';
export { proxiedUrl, resolveProxy } from './feed-fetcher.js';

/** Resolves after the next frame has painted, or soon in a tab that paints no frames. */
const afterPaint = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 100);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(resolve, 0));
  });

/**
 * Feeds over time: cached papers at once, a quiet refresh when they are past `maxAge`, one request
 * per feed (address, proxy and format) however many widgets show it, updates shared between tabs,
 * and nothing the reader had lost to a failed refresh or a broken storage. On a first visit the
 * request starts at once (see {@link CacheHints}), and fetched papers are handed over before the
 * cache write, which goes on behind.
 */
export class FeedStore {
  readonly #cache: FeedCache;
  readonly #fetcher: FeedFetcher;
  readonly #hints: CacheHints | undefined;
  readonly #listeners = new Map<string, Set<(feed: LoadedFeed) => void>>();
  readonly #channel: BroadcastChannel | undefined;

  constructor(options: FeedStoreOptions = {}) {
    const storage = new GuardedStorage(options.storage ?? new IdbStorage(), {
      timeout: options.storageTimeout,
      onTakenBack: (entries) => {
        for (const [key, value] of entries) this.#landedLate(key, value);
      },
    });
    this.#cache = new FeedCache(storage, { maxSize: options.maxCacheSize });
    this.#hints =
      options.hints === undefined
        ? options.storage
          ? undefined
          : new CacheHints(defaultDatabaseName)
        : (options.hints ?? undefined);
    this.#fetcher = new FeedFetcher({
      retryDelays: options.retryDelays,
      onWait: (address, retryAfter) => this.#waitAsked(address, retryAfter),
    });
    const name = options.channel === undefined ? 'paper-feed' : options.channel;
    if (name !== null && typeof BroadcastChannel === 'function') {
      this.#channel = new BroadcastChannel(name);
      this.#channel.onmessage = (event: MessageEvent<{ key?: unknown; url?: unknown }>) => {
        const { key, url } = event.data;
        if (typeof key === 'string' && typeof url === 'string') void this.#otherTabStored(key, url);
      };
    }
  }

  /** True when storage failed and this session keeps feeds in memory only. */
  get degraded(): boolean {
    return this.#cache.degraded;
  }

  /** Resolves once the cache writes begun so far are done: they go on behind the papers handed out. */
  idle(): Promise<void> {
    return this.#cache.idle();
  }

  /**
   * Papers for `url`: from the cache at once when there are any (refreshed behind when past
   * `maxAge`, with the result through `onUpdate`), else from the network. Rejects with a
   * {@link FeedError}, or with the abort reason when `signal` aborts.
   */
  async load(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
    const { noCache = false, revalidate = false, signal, onUpdate } = options;
    const maxAge = nonNegativeOr(options.maxAge, defaultMaxAge);
    // The server that answers is the proxy when there is one: a wait it asked for is its own.
    const address = proxiedUrl(url, options.proxy);
    const request: FeedRequest = { url, address, format: options.format, timeout: options.timeout };
    if (noCache) return fetched(url, await this.#fetcher.fetch(request, signal), undefined);
    const key = feedKey(url, options.format);
    if (onUpdate && signal) this.#listen(key, onUpdate, signal);
    const hint = this.#hints?.lookup(key, request.address);
    // Nothing cached and no wait asked, says the hint: IndexedDB can only confirm it, so the
    // request need not wait for it to open. A hint that lies costs at most this one request.
    const early =
      hint?.known && hint.fetchedAt === undefined && !((hint.retryAt ?? 0) > Date.now()) && !this.#cache.holds(key)
        ? this.#early(key, request, signal)
        : undefined;
    const seenRead = this.#cache.seen(url);
    const firstPage = options.onFirstPage;
    let answered = false;
    const reading = Promise.all([
      this.#cache.read(
        key,
        url,
        firstPage &&
          (async (page, total) => {
            if (answered || signal?.aborted) return;
            const newIds = unseen(page.papers, await seenRead);
            firstPage({ url, ...page, fromCache: true, stale: false, newIds, total });
            await afterPaint();
          }),
      ),
      seenRead,
      this.#cache.retryAt(request.address),
    ]);
    if (early) {
      const first = await Promise.race([early.outcome, reading.then(() => undefined)]);
      // The network answered before IndexedDB: a first visit has seen nothing yet.
      if (first && 'papers' in first) {
        answered = true;
        return fetched(url, first, undefined);
      }
    }
    const [entry, seen, retryAt] = await reading;
    signal?.throwIfAborted();
    if (!entry) {
      if (early) return fetched(url, await early.flight, seen);
      if (retryAt > Date.now()) throw waitError(url, retryAt);
      return fetched(url, await this.#refresh(key, request, signal), seen);
    }
    const cached: LoadedFeed = { url, ...entry, fromCache: true, stale: false, newIds: unseen(entry.papers, seen) };
    if (!revalidate && Date.now() - entry.fetchedAt <= maxAge * 1000) {
      early?.leave.abort(new DOMException('A fresh copy was cached.', 'AbortError'));
      return cached;
    }
    if (!early && retryAt > Date.now()) return { ...cached, stale: true, error: waitError(url, retryAt) };
    (early?.flight ?? this.#refresh(key, request, signal)).then(
      // What counts as seen is read again: the reader may have been shown more meanwhile.
      async (fresh) => {
        const seenNow = (await this.#cache.seen(url)) ?? seen;
        onUpdate?.(fetched(url, fresh, seenNow));
      },
      (error: unknown) => {
        if (!signal?.aborted) onUpdate?.({ ...cached, stale: true, error });
      },
    );
    return cached;
  }

  /** Remembers that the reader has been shown these papers of `url`. */
  markSeen(url: string, ids: Iterable<string>): Promise<void> {
    return this.#cache.markSeen(url, ids);
  }

  /** The request, started before the cache has answered; `leave` gives it up for this load. */
  #early(key: string, request: FeedRequest, signal: AbortSignal | undefined) {
    const leave = new AbortController();
    const flight = this.#refresh(key, request, signal ? AbortSignal.any([signal, leave.signal]) : leave.signal);
    const outcome = flight.then(
      (result) => result,
      (error: unknown) => ({ error }),
    );
    return { flight, outcome, leave };
  }

  /** Fetches, joining a flight under way; the papers are written to the cache behind, once per flight. */
  #refresh(key: string, request: FeedRequest, signal: AbortSignal | undefined): Promise<Fetched> {
    return this.#fetcher.fetch(request, signal, (result) => {
      void this.#write(key, request.url, result);
    });
  }

  async #write(key: string, url: string, feed: CachedFeed): Promise<void> {
    this.#hints?.stored(key, feed.fetchedAt);
    await this.#cache.write(key, url, feed);
    // Kept in memory only: the next visit must not be told a copy is waiting in storage.
    if (this.#cache.degraded) this.#hints?.dropped(key);
    this.#channel?.postMessage({ key, url });
  }

  /** A write that had timed out landed once storage answered: the copy is saved after all. */
  #landedLate(key: string, value: unknown): void {
    const url = (value as Partial<StoredFeed> | undefined)?.url;
    if (typeof url !== 'string' || !isStoredFeed(value, url)) return;
    this.#hints?.stored(key, value.fetchedAt);
    this.#channel?.postMessage({ key, url });
  }

  async #waitAsked(address: string, retryAfter: number): Promise<void> {
    const at = Date.now() + Math.min(retryAfter, maxFeedWait) * 1000;
    this.#hints?.waiting(address, at);
    await this.#cache.setRetryAt(address, at);
  }

  #listen(key: string, listener: (feed: LoadedFeed) => void, signal: AbortSignal): void {
    let listeners = this.#listeners.get(key);
    if (!listeners) this.#listeners.set(key, (listeners = new Set()));
    listeners.add(listener);
    signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
  }

  /** Another tab stored fresh papers for `url`: show them here too, without fetching. */
  async #otherTabStored(key: string, url: string): Promise<void> {
    const listeners = this.#listeners.get(key);
    if (!listeners?.size) return;
    this.#cache.forgetMemory(key);
    const entry = await this.#cache.read(key, url);
    if (!entry) return;
    this.#cache.remember(key, entry);
    const seen = await this.#cache.seen(url);
    for (const listener of listeners) {
      listener({ url, ...entry, fromCache: true, stale: false, newIds: unseen(entry.papers, seen) });
    }
  }
}

/** Fetched papers as a loaded feed; `seen` undefined: nothing counts as new. */
function fetched(url: string, result: Fetched, seen: ReadonlySet<string> | undefined): LoadedFeed {
  const { papers, fetchedAt } = result;
  return { url, papers, fetchedAt, fromCache: false, stale: false, newIds: unseen(papers, seen) };
}

function waitError(url: string, retryAt: number): FeedError {
  const retryAfter = Math.ceil((retryAt - Date.now()) / 1000);
  const wait = formatWait(retryAfter, 'en');
  return new FeedError('rate-limited', `The feed server asked us to wait: please try again in ${wait}.`, {
    url,
    retryAfter,
  });
}

function unseen(papers: readonly Paper[], seen: ReadonlySet<string> | undefined): Set<string> {
  return new Set(seen ? papers.filter((paper) => !seen.has(paper.id)).map((paper) => paper.id) : []);
}

let shared: FeedStore | undefined;

/** The page's one store, so that every `<paper-feed>` on it shares requests and cache. */
export function sharedFeedStore(): FeedStore {
  return (shared ??= new FeedStore());
}
