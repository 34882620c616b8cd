import type { FeedFormat } from '../formats/detect.js';
import type { Paper } from '../paper.js';
import type { CacheHints } from './cache-hints.js';
import type { FeedStorage } from './storage.js';

// What a caller of FeedStore asks for and gets back.

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
   * Fetch through this absolute URL (`resolveProxy` makes a relative one absolute): `{url}`
   * is replaced by the feed's address (encoded), else it is appended.
   */
  proxy?: string | undefined;
  signal?: AbortSignal | undefined;
  /**
   * Called with each later state of the feed while `signal` is live: a background refresh's
   * papers (or its failure, as `stale`), or papers another tab stored.
   */
  onUpdate?: ((feed: LoadedFeed) => void) | undefined;
  /**
   * Called at most once, before `load` resolves, when the cache holds a feed longer than
   * `firstPageSize` (feed-cache.ts): its first papers, so the first screen can paint while the rest is
   * read. `load` then resolves with the whole feed as usual, after the next frame has painted.
   */
  onFirstPage?: ((page: FirstPage) => void) | undefined;
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

/** The first papers of a long cached feed ({@link LoadOptions.onFirstPage}). */
export interface FirstPage extends LoadedFeed {
  /** How many papers the whole feed has; `papers` holds the first of them. */
  total: number;
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
  /**
   * The synchronous note of what `storage` holds, so a first visit need not wait for it; `null`:
   * none. By default the store's own database has one and a `storage` handed in has none (the
   * store cannot know what else writes there).
   */
  hints?: CacheHints | null;
}
