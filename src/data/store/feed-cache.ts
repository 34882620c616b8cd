import { del, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import type { Paper } from '../paper.js';

/** Bumped whenever the stored shape changes; entries of another version are discarded. */
export const cacheSchemaVersion = 1;

/** The database name of ours: a script-tag widget shares the host page's origin storage. */
export const defaultCacheName = 'paper-feed';

/** What is stored per feed URL. */
export interface CacheEntry {
  url: string;
  fetchedAt: number;
  papers: Paper[];
}

interface StoredEntry {
  version: number;
  url: string;
  fetchedAt: number;
  // A JSON string reads faster than structured-cloned objects (TOOLCHAIN.md: 1.6–3× here).
  papers: string;
}

/** Papers per feed URL in IndexedDB, through idb-keyval with a store of our own. */
export class FeedCache {
  readonly #store: UseStore;

  constructor(databaseName: string = defaultCacheName) {
    this.#store = yieldingStore(databaseName, 'feeds');
  }

  /** The entry for `url`, or `undefined` when there is none, it is of another schema or unreadable. */
  async read(url: string): Promise<CacheEntry | undefined> {
    const stored: unknown = await get(url, this.#store);
    if (!isCurrent(stored)) {
      if (stored !== undefined) await del(url, this.#store);
      return undefined;
    }
    try {
      return { url: stored.url, fetchedAt: stored.fetchedAt, papers: JSON.parse(stored.papers) as Paper[] };
    } catch {
      await del(url, this.#store);
      return undefined;
    }
  }

  async write(entry: CacheEntry): Promise<void> {
    const stored: StoredEntry = {
      version: cacheSchemaVersion,
      url: entry.url,
      fetchedAt: entry.fetchedAt,
      papers: JSON.stringify(entry.papers),
    };
    await set(entry.url, stored, this.#store);
  }
}

function isCurrent(value: unknown): value is StoredEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<StoredEntry>;
  return (
    entry.version === cacheSchemaVersion && typeof entry.papers === 'string' && typeof entry.fetchedAt === 'number'
  );
}

/**
 * idb-keyval's `createStore`, except that the connection closes itself when another page or tab
 * asks to upgrade or delete the database: a widget shares the host page's origin, and must never
 * be the reason the host's own code is blocked. The next read or write simply reopens it.
 */
function yieldingStore(databaseName: string, storeName: string): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    const request = indexedDB.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    return promisifyRequest(request).then(
      (database) => {
        database.onversionchange = () => {
          database.close();
          connection = undefined;
        };
        return database;
      },
      (error: unknown) => {
        connection = undefined;
        throw error;
      },
    );
  };
  return async (mode, callback) => {
    connection ??= open();
    const database = await connection;
    return callback(database.transaction(storeName, mode).objectStore(storeName));
  };
}
