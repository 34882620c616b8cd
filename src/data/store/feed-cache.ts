import { defaultMaxCacheSize } from '../defaults.js';
import type { Paper } from '../paper.js';
import { cappedTime, maxFeedWait } from '../retry-after.js';
import type { GuardedStorage } from './storage.js';
import {
  cacheSchemaVersion,
  firstPageSize,
  isRest,
  isStoredFeed,
  restKey,
  sizeOf,
  type StoredFeed,
  type StoredRest,
} from './stored-feed.js';

export { cacheSchemaVersion, firstPageSize } from './stored-feed.js';

/** A feed as the cache holds it. */
export interface CachedFeed {
  /** Epoch ms. */
  fetchedAt: number;
  papers: Paper[];
}

type Index = [key: string, size: number, usedAt: number][];

const maxSeenIds = 5000;
// URLs never start with "#": no feed's key can be one of these.
const indexKey = '#index';
const seenKey = (url: string) => `#seen:${url}`;
const retryKey = (address: string) => `#retry-at:${address}`;

/**
 * Feeds, their index and the ids the reader has seen, over a {@link GuardedStorage}: bounded in
 * size (least recently used go first), tolerant of anything another version or a broken disk left
 * behind, with this session's copy of each feed in memory so a storage fault never takes away
 * what was shown. Writes are queued one after another: their order is their arrival.
 */
export class FeedCache {
  readonly #storage: GuardedStorage;
  readonly #maxSize: number;
  readonly #memory = new Map<string, CachedFeed>();
  readonly #retryAt = new Map<string, number>();
  #queue: Promise<void> = Promise.resolve();

  constructor(storage: GuardedStorage, options: { maxSize?: number | undefined } = {}) {
    this.#storage = storage;
    this.#maxSize = options.maxSize ?? defaultMaxCacheSize;
  }

  /** True when storage failed and this session keeps feeds in memory only. */
  get degraded(): boolean {
    return this.#storage.degraded;
  }

  /** Resolves once every write queued so far has finished (a failed one falls back to memory). */
  idle(): Promise<void> {
    return this.#queue;
  }

  /**
   * The feed stored under `key`, else this session's copy. `firstPage` hears the first papers of a
   * feed longer than {@link firstPageSize} before the rest is read, with the whole feed's length.
   */
  async read(
    key: string,
    url: string,
    firstPage?: (feed: CachedFeed, total: number) => Promise<void>,
  ): Promise<CachedFeed | undefined> {
    const stored = await this.#storage.get(key);
    if (isStoredFeed(stored, url)) {
      let papers = stored.papers;
      if (stored.total > papers.length) {
        await firstPage?.({ fetchedAt: stored.fetchedAt, papers }, stored.total);
        const rest = await this.#storage.get(restKey(key));
        if (!isRest(rest, stored)) {
          // The rest went missing (a write cut short, a cleared store): the entry cannot stand.
          await this.#forget(key);
          return this.#memory.get(key);
        }
        papers = papers.concat(rest.papers);
      }
      void this.#queued(() => this.#touch(key, sizeOf(papers)));
      return { fetchedAt: stored.fetchedAt, papers };
    }
    // Another schema or a corrupted entry: discard it (never crash on it) and fetch anew.
    if (stored !== undefined) await this.#forget(key);
    return this.#memory.get(key);
  }

  /** Stores `feed` under `key`: in memory at once, in storage behind (see {@link idle}). */
  write(key: string, url: string, feed: CachedFeed): Promise<void> {
    this.#memory.set(key, feed);
    const { fetchedAt, papers } = feed;
    const head: StoredFeed = {
      version: cacheSchemaVersion,
      url,
      fetchedAt,
      papers: papers.slice(0, firstPageSize),
      total: papers.length,
    };
    const entries: [string, unknown][] = [[key, head]];
    if (papers.length > firstPageSize) {
      const rest: StoredRest = { version: cacheSchemaVersion, fetchedAt, papers: papers.slice(firstPageSize) };
      entries.push([restKey(key), rest]);
    }
    // Begun at once, not queued behind index updates: a read that starts after this one (another
    // store, a reload) finds it, since IndexedDB runs transactions on one key in the order made.
    const stored = this.#storage.setMany(entries);
    return this.#queued(async () => {
      await stored;
      await this.#touch(key, sizeOf(papers));
    });
  }

  /** Drops this session's copy of `key`, so that the next read is storage's (another tab wrote it). */
  forgetMemory(key: string): void {
    this.#memory.delete(key);
  }

  /** Whether this session holds a copy of `key` (it wrote one, or another tab told it of one). */
  holds(key: string): boolean {
    return this.#memory.has(key);
  }

  /** Keeps `feed` as this session's copy of `key`. */
  remember(key: string, feed: CachedFeed): void {
    this.#memory.set(key, feed);
  }

  async seen(url: string): Promise<Set<string> | undefined> {
    const stored = await this.#storage.get(seenKey(url));
    return Array.isArray(stored) ? new Set(stored.filter((id): id is string => typeof id === 'string')) : undefined;
  }

  /** Remembers that the reader has been shown these papers of `url`. */
  async markSeen(url: string, ids: Iterable<string>): Promise<void> {
    const seen = (await this.seen(url)) ?? new Set<string>();
    const size = seen.size;
    for (const id of ids) seen.add(id);
    if (seen.size !== size || size === 0) await this.#storage.set(seenKey(url), [...seen].slice(-maxSeenIds));
  }

  /** When the server lets us ask again; a wait stored before it was capped (or by another version) is capped too. */
  async retryAt(address: string): Promise<number> {
    const stored = await this.#storage.get(retryKey(address));
    return Math.max(cappedTime(stored, maxFeedWait), cappedTime(this.#retryAt.get(address), maxFeedWait));
  }

  async setRetryAt(address: string, at: number): Promise<void> {
    this.#retryAt.set(address, at);
    await this.#storage.set(retryKey(address), at);
  }

  #queued(write: () => Promise<void>): Promise<void> {
    this.#queue = this.#queue.then(write).catch(() => undefined);
    return this.#queue;
  }

  async #forget(key: string): Promise<void> {
    await this.#storage.delete(key);
    await this.#storage.delete(restKey(key));
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
      return position === 0 || total <= this.#maxSize;
    });
    for (const [evicted] of index.filter((row) => !kept.includes(row))) {
      await this.#forget(evicted);
      await this.#storage.delete(seenKey(evicted));
    }
    await this.#storage.set(indexKey, kept);
  }
}
