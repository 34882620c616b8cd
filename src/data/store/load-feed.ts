import type { FeedFormat } from '../formats/detect.js';
import type { Paper } from '../paper.js';
import { FeedCache } from './feed-cache.js';
import { fetchFeed } from './fetch-feed.js';

export interface LoadFeedOptions {
  signal?: AbortSignal;
  timeout?: number;
  format?: FeedFormat;
  /** Skip IndexedDB entirely: neither read nor write. */
  noCache?: boolean;
  cache?: FeedCache;
}

/** Papers for a URL, and whether they came from the cache because the network failed. */
export interface LoadedFeed {
  /** The URL the papers were loaded for. */
  url: string;
  papers: Paper[];
  fromCache: boolean;
  fetchedAt: number;
  /** The network failure that made the cached copy the answer. */
  error?: unknown;
}

let sharedCache: FeedCache | undefined;

/**
 * Loads a feed from the network and keeps a copy in IndexedDB; when the network fails, answers
 * with the cached copy (`fromCache: true`) if there is one, and rethrows otherwise.
 */
export async function loadFeed(url: string, options: LoadFeedOptions = {}): Promise<LoadedFeed> {
  const { noCache = false, signal } = options;
  const cache = noCache ? undefined : (options.cache ?? (sharedCache ??= new FeedCache()));
  try {
    const feed = await fetchFeed(url, options);
    const fetchedAt = Date.now();
    await cache?.write({ url, fetchedAt, papers: feed.papers }).catch(() => undefined);
    return { url, papers: feed.papers, fromCache: false, fetchedAt };
  } catch (error) {
    if (signal?.aborted || !cache) throw error;
    const cached = await cache.read(url).catch(() => undefined);
    if (!cached) throw error;
    return { url, papers: cached.papers, fromCache: true, fetchedAt: cached.fetchedAt, error };
  }
}
