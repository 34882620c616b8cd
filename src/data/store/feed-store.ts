import { formatWait } from '../../i18n/format.js';
import { FeedError } from '../feed-error.js';
import type { FeedFormat } from '../formats/detect.js';
import type { Paper } from '../paper.js';
import { cappedTime, maxFeedWait } from '../retry-after.js';
import { safeUrl } from '../url-safety.js';
import { fetchFeed, type FetchFeedOptions } from './fetch-feed.js';
import { GuardedStorage, IdbStorage, type FeedStorage } from './storage.js';

/** Bumped whenever the stored shape changes; entries of another version are discarded. */
export const cacheSchemaVersion = 3;

export interface LoadOptions {
  /** Seconds cached papers count as fresh; older ones are shown at once and refreshed behind. */
  maxAge?: number | undefined;
  /** Skip the cache entirely: neither read nor write. */
  noCache?: boolean | undefined;
  /** Treat cached papers as past `maxAge`: show them and refresh behind (a reader's Retry). */
  revalidate?: boolean | undefined;
  /** Milliseconds for the whole network attempt, retries included. */
  timeout?: number | undefined;
  format?: FeedFormat | undefined;
  /**
   * Fetch through this absolute URL ({@link resolveProxy} makes a relative one absolute): `{url}`
   * is replaced by the feed's address (encoded), else it is appended.
   */
  proxy?: string | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Called with each later state of the feed while `signal` is live: a background refresh's
   * papers (or its failure, as `stale`), or papers another tab stored.
   */
  onUpdate?: ((feed: LoadedFeed) => void) | undefined;
}

/** A feed as the store hands it to the element. */
export interface LoadedFeed {
  url: string;
  papers: Paper[];
  /** When the papers were fetched (epoch ms). */
  fetchedAt: number;
  fromCache: boolean;
  /** Cached papers past `maxAge` that could not be refreshed. */
  stale: boolean;
  /** Why the papers on screen could not be refreshed. */
  error?: unknown;
  /** Ids the reader has not been shown before (empty on a first visit). */
  newIds: ReadonlySet<string>;
}

interface StoredFeed {
  version: number;
  url: string;
  fetchedAt: number;
  // Stored as objects: on Chromium 156 they read back 1.6× faster than one JSON string does once
  // it is parsed (bench/cache-read.html: 1,000 papers 10 vs 16 ms, 5,000 papers 33 vs 51 ms).
  papers: Paper[];
}

type Index = [key: string, size: number, usedAt: number][];

interface Cached {
  fetchedAt: number;
  papers: Paper[];
}

export interface FeedStoreOptions {
  storage?: FeedStorage;
  /** Upper bound for all cached feeds together, in characters of text; least recently used go first. */
  maxCacheSize?: number;
  /** BroadcastChannel name tabs share; `null`: none. */
  channel?: string | null;
  /** Backoff before each retry, ms. */
  retryDelays?: readonly number[];
  /** Milliseconds a storage operation may take before memory takes over for the session. */
  storageTimeout?: number;
}

const defaultMaxAge = 3600;
const defaultTimeout = 10_000;
const defaultRetryAfter = 60;
const maxSeenIds = 5000;
const indexKey = '#index';
const seenKey = (url: string) => `#seen:${url}`;
const retryKey = (url: string) => `#retry-at:${url}`;

interface Flight {
  promise: Promise<Paper[]>;
  controller: AbortController;
  waiting: number;
}

/**
 * `proxy` made absolute against `base` (the page's base URI: `/proxy?u={url}` is the page's own
 * server), with `{url}` kept in place; `undefined` when it is not an http(s) URL.
 */
export function resolveProxy(proxy: string, base: string | undefined): string | undefined {
  // A marker the URL parser keeps as it is (braces in a path would be percent-encoded).
  const marker = 'paper-feed-url-marker';
  return safeUrl(proxy.replaceAll('{url}', marker), base)?.replaceAll(marker, '{url}');
}

/**
 * Where the store keeps a feed: its URL, and the format it was read as when one was forced (the
 * same address read as `rss` and as `arxiv-rss` gives different papers). A space never occurs in a
 * URL's `href`, so no address can stand for another's key.
 */
function feedKey(url: string, format: FeedFormat | undefined): string {
  return format && format !== 'auto' ? `${url} ${format}` : url;
}

/** `proxy` with the feed's URL put in: `{url}` replaced (encoded), or the URL appended. */
export function proxiedUrl(url: string, proxy: string | undefined): string {
  if (!proxy) return url;
  const encoded = encodeURIComponent(url);
  return proxy.includes('{url}') ? proxy.replaceAll('{url}', encoded) : `${proxy}${encoded}`;
}

const abortable = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

/**
 * Feeds over time: cached papers at once, a quiet refresh when they are past `maxAge`, one request
 * per feed (address, proxy and format) however many widgets show it, updates shared between tabs,
 * and nothing the reader had lost to a failed refresh or a broken storage.
 */
export class FeedStore {
  readonly #storage: GuardedStorage;
  readonly #maxCacheSize: number;
  readonly #retryDelays: readonly number[];
  readonly #flights = new Map<string, Flight>();
  readonly #listeners = new Map<string, Set<(feed: LoadedFeed) => void>>();
  // This session's copy of each feed, so a storage fault never takes away what was shown.
  readonly #memory = new Map<string, Cached>();
  readonly #retryAt = new Map<string, number>();
  readonly #channel: BroadcastChannel | undefined;

  constructor(options: FeedStoreOptions = {}) {
    this.#storage = new GuardedStorage(options.storage ?? new IdbStorage(), { timeout: options.storageTimeout });
    this.#maxCacheSize = options.maxCacheSize ?? 10_000_000;
    this.#retryDelays = options.retryDelays ?? [400, 1200];
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
    return this.#storage.degraded;
  }

  /**
   * Papers for `url`: from the cache at once when there are any (refreshed behind when past
   * `maxAge`, with the result through `onUpdate`), else from the network. Rejects with a
   * {@link FeedError}, or with the abort reason when `signal` aborts.
   */
  async load(url: string, options: LoadOptions = {}): Promise<LoadedFeed> {
    const { maxAge = defaultMaxAge, noCache = false, revalidate = false, signal, onUpdate } = options;
    const key = feedKey(url, options.format);
    // The server that answers is the proxy when there is one: a wait it asked for is its own.
    const address = proxiedUrl(url, options.proxy);
    if (noCache) {
      const papers = await this.#fetch(url, options);
      return { url, papers, fetchedAt: Date.now(), fromCache: false, stale: false, newIds: new Set() };
    }
    if (onUpdate && signal) this.#listen(key, onUpdate, signal);
    const [entry, seen, retryAt] = await Promise.all([
      this.#read(key, url),
      this.#seen(url),
      this.#readRetryAt(address),
    ]);
    signal?.throwIfAborted();
    if (!entry) {
      if (retryAt > Date.now()) throw this.#waitError(url, retryAt);
      const papers = await this.#refresh(url, options);
      return { url, papers, fetchedAt: Date.now(), fromCache: false, stale: false, newIds: unseen(papers, seen) };
    }
    const { papers } = entry;
    const cached: LoadedFeed = {
      url,
      papers,
      fetchedAt: entry.fetchedAt,
      fromCache: true,
      stale: false,
      newIds: unseen(papers, seen),
    };
    if (!revalidate && Date.now() - entry.fetchedAt <= maxAge * 1000) return cached;
    if (retryAt > Date.now()) return { ...cached, stale: true, error: this.#waitError(url, retryAt) };
    this.#refresh(url, options).then(
      // What counts as seen is read again: the reader may have been shown more meanwhile.
      async (fresh) => {
        const seenNow = (await this.#seen(url)) ?? seen;
        const newIds = unseen(fresh, seenNow);
        onUpdate?.({ url, papers: fresh, fetchedAt: Date.now(), fromCache: false, stale: false, newIds });
      },
      (error: unknown) => {
        if (!signal?.aborted) onUpdate?.({ ...cached, stale: true, error });
      },
    );
    return cached;
  }

  /** Remembers that the reader has been shown these papers of `url`. */
  async markSeen(url: string, ids: Iterable<string>): Promise<void> {
    const seen = (await this.#seen(url)) ?? new Set<string>();
    const size = seen.size;
    for (const id of ids) seen.add(id);
    if (seen.size !== size || size === 0) await this.#storage.set(seenKey(url), [...seen].slice(-maxSeenIds));
  }

  /**
   * Fetches with retries, once per request however many callers wait — the same address through
   * the same proxy, read as the same format; writes and announces the result.
   */
  #refresh(url: string, options: LoadOptions): Promise<Paper[]> {
    const key = feedKey(url, options.format);
    const flightKey = feedKey(proxiedUrl(url, options.proxy), options.format);
    let flight = this.#flights.get(flightKey);
    if (!flight) {
      const controller = new AbortController();
      const promise = this.#fetch(url, { ...options, signal: controller.signal }).then(async (papers) => {
        await this.#write(key, url, papers);
        return papers;
      });
      flight = { promise, controller, waiting: 0 };
      this.#flights.set(flightKey, flight);
      const settled = () => {
        if (this.#flights.get(flightKey) === flight) this.#flights.delete(flightKey);
      };
      promise.then(settled, settled);
    }
    return this.#wait(flight, options.signal);
  }

  /** Waits for a shared flight; the request is aborted once every caller has given up. */
  #wait(flight: Flight, signal: AbortSignal | undefined): Promise<Paper[]> {
    flight.waiting += 1;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        flight.waiting -= 1;
        if (flight.waiting === 0) flight.controller.abort(signal.reason);
        reject(signal.reason as Error);
      };
      if (signal.aborted) {
        leave();
        return;
      }
      signal.addEventListener('abort', leave, { once: true });
      flight.promise.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', leave);
      });
    });
  }

  /** The network part: bounded retries with backoff for network errors and 5xx, one overall timeout. */
  async #fetch(url: string, options: LoadOptions): Promise<Paper[]> {
    const { timeout = defaultTimeout, format, proxy, signal } = options;
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      const request: FetchFeedOptions = { signal, format, timeout: Math.max(1, deadline - Date.now()), baseUrl: url };
      try {
        return (await fetchFeed(proxiedUrl(url, proxy), request)).papers;
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (error instanceof FeedError && error.kind === 'rate-limited') {
          await this.#writeRetryAt(proxiedUrl(url, proxy), error.retryAfter ?? defaultRetryAfter);
        }
        const delay = this.#retryDelays[attempt];
        if (delay === undefined || !retryable(error) || Date.now() + delay >= deadline) throw error;
        await abortable(delay, signal ?? new AbortController().signal);
      }
    }
  }

  async #read(key: string, url: string): Promise<Cached | undefined> {
    const stored = await this.#storage.get(key);
    if (isStoredFeed(stored, url)) {
      void this.#touch(key, sizeOf(stored.papers));
      return { fetchedAt: stored.fetchedAt, papers: stored.papers };
    }
    // Another schema or a corrupted entry: discard it (never crash on it) and fetch anew.
    if (stored !== undefined) await this.#storage.delete(key);
    return this.#memory.get(key);
  }

  async #write(key: string, url: string, papers: Paper[]): Promise<void> {
    const entry: StoredFeed = { version: cacheSchemaVersion, url, fetchedAt: Date.now(), papers };
    this.#memory.set(key, { fetchedAt: entry.fetchedAt, papers });
    await this.#storage.set(key, entry);
    await this.#touch(key, sizeOf(papers));
    this.#channel?.postMessage({ key, url });
  }

  /** Keeps the index of cached feeds and evicts the least recently used past the size bound. */
  async #touch(key: string, bytes: number): Promise<void> {
    const stored = await this.#storage.get(indexKey);
    const index: Index = (Array.isArray(stored) ? (stored as Index) : []).filter(
      (row) => Array.isArray(row) && row[0] !== key,
    );
    index.push([key, bytes, Date.now()]);
    index.sort((a, b) => b[2] - a[2]);
    let total = 0;
    const kept = index.filter((row, position) => {
      total += row[1];
      return position === 0 || total <= this.#maxCacheSize;
    });
    for (const [evicted] of index.filter((row) => !kept.includes(row))) {
      await this.#storage.delete(evicted);
      await this.#storage.delete(seenKey(evicted));
    }
    await this.#storage.set(indexKey, kept);
  }

  async #seen(url: string): Promise<Set<string> | undefined> {
    const stored = await this.#storage.get(seenKey(url));
    return Array.isArray(stored) ? new Set(stored.filter((id): id is string => typeof id === 'string')) : undefined;
  }

  /** When the server lets us ask again; a wait stored before it was capped (or by another version) is capped too. */
  async #readRetryAt(url: string): Promise<number> {
    const stored = await this.#storage.get(retryKey(url));
    return Math.max(cappedTime(stored, maxFeedWait), cappedTime(this.#retryAt.get(url), maxFeedWait));
  }

  async #writeRetryAt(url: string, retryAfter: number): Promise<void> {
    const at = Date.now() + Math.min(retryAfter, maxFeedWait) * 1000;
    this.#retryAt.set(url, at);
    await this.#storage.set(retryKey(url), at);
  }

  #waitError(url: string, retryAt: number): FeedError {
    const retryAfter = Math.ceil((retryAt - Date.now()) / 1000);
    const wait = formatWait(retryAfter, 'en');
    return new FeedError('rate-limited', `The feed server asked us to wait: please try again in ${wait}.`, {
      url,
      retryAfter,
    });
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
    this.#memory.delete(key);
    const entry = await this.#read(key, url);
    if (!entry) return;
    this.#memory.set(key, entry);
    const seen = await this.#seen(url);
    for (const listener of listeners) {
      listener({ url, ...entry, fromCache: true, stale: false, newIds: unseen(entry.papers, seen) });
    }
  }
}

function retryable(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500 && error.status !== 501);
}

function isStoredFeed(value: unknown, url: string): value is StoredFeed {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<StoredFeed>;
  return (
    entry.version === cacheSchemaVersion &&
    entry.url === url &&
    typeof entry.fetchedAt === 'number' &&
    Array.isArray(entry.papers) &&
    entry.papers.every(
      (paper) => typeof paper === 'object' && typeof paper.id === 'string' && typeof paper.title === 'string',
    )
  );
}

/** About how much a feed takes, in characters of text: what the cache's size bound counts. */
function sizeOf(papers: readonly Paper[]): number {
  let size = 0;
  for (const paper of papers) size += 200 + paper.title.length + paper.abstract.length + paper.authors.join().length;
  return size;
}

function unseen(papers: readonly Paper[], seen: ReadonlySet<string> | undefined): Set<string> {
  return new Set(seen ? papers.filter((paper) => !seen.has(paper.id)).map((paper) => paper.id) : []);
}

let shared: FeedStore | undefined;

/** The page's one store, so that every `<paper-feed>` on it shares requests and cache. */
export function sharedFeedStore(): FeedStore {
  return (shared ??= new FeedStore());
}
