import type { Paper } from '../paper.js';

// The shape of a feed in storage, and how a read tells a good entry from what another version or a
// broken disk left behind.

/** Bumped whenever the stored shape changes; entries of another version are discarded. */
export const cacheSchemaVersion = 4;

/**
 * Papers stored in the entry itself: the first screen. The rest of a longer feed is stored apart,
 * so a cached 10,000-paper feed can show its first page after reading only this much.
 */
export const firstPageSize = 50;

/**
 * A feed's entry (under its key). Objects, not one JSON string: on Chromium 156 they read back
 * 1.6× faster once parsed (bench/cache-read.html: 1,000 papers 10 vs 16 ms, 5,000 33 vs 51 ms).
 */
export interface StoredFeed {
  version: number;
  url: string;
  fetchedAt: number;
  /** The first {@link firstPageSize} papers. */
  papers: Paper[];
  /** Papers in the whole feed: more than `papers.length` when the rest is stored under {@link restKey}. */
  total: number;
}

/** The papers after the first page; `fetchedAt` ties them to their entry. */
export interface StoredRest {
  version: number;
  fetchedAt: number;
  papers: Paper[];
}

/** Where the papers after the first page are kept. URLs never start with "#": no feed's key is one. */
export const restKey = (key: string) => `#rest:${key}`;

const isPaper = (paper: unknown): boolean =>
  typeof paper === 'object' &&
  paper !== null &&
  typeof (paper as Paper).id === 'string' &&
  typeof (paper as Paper).title === 'string';

export function isStoredFeed(value: unknown, url: string): value is StoredFeed {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<StoredFeed>;
  return (
    entry.version === cacheSchemaVersion &&
    entry.url === url &&
    typeof entry.fetchedAt === 'number' &&
    typeof entry.total === 'number' &&
    Array.isArray(entry.papers) &&
    entry.papers.every(isPaper)
  );
}

export function isRest(value: unknown, head: StoredFeed): value is StoredRest {
  if (typeof value !== 'object' || value === null) return false;
  const rest = value as Partial<StoredRest>;
  return (
    rest.version === cacheSchemaVersion &&
    rest.fetchedAt === head.fetchedAt &&
    Array.isArray(rest.papers) &&
    head.papers.length + rest.papers.length === head.total &&
    rest.papers.every(isPaper)
  );
}

/** About how much a feed takes, in characters of text: what the cache's size bound counts. */
export function sizeOf(papers: readonly Paper[]): number {
  let size = 0;
  for (const paper of papers) size += 200 + paper.title.length + paper.abstract.length + paper.authors.join().length;
  return size;
}
