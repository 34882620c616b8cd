import { del, get, promisifyRequest, set, setMany, type UseStore } from 'idb-keyval';
import { defaultStorageTimeout } from '../defaults.js';

/**
 * Where the store keeps values: the store's own storage boundary. {@link IdbStorage} in
 * browsers; {@link MemoryStorage} for the rest of the session when IndexedDB is missing or fails.
 */
export interface FeedStorage {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Several values at once, all or none (one transaction); without it, one `set` after another. */
  setMany?(entries: [key: string, value: unknown][]): Promise<void>;
}

/** The database name of ours: a script-tag widget shares the host page's origin storage. */
export const defaultDatabaseName = 'paper-feed';

export class MemoryStorage implements FeedStorage {
  readonly #values = new Map<string, unknown>();

  get(key: string): Promise<unknown> {
    return Promise.resolve(this.#values.get(key));
  }

  set(key: string, value: unknown): Promise<void> {
    this.#values.set(key, value);
    return Promise.resolve();
  }

  delete(key: string): Promise<void> {
    this.#values.delete(key);
    return Promise.resolve();
  }

  /** Everything held, emptying the store: for handing over to storage that came back. */
  take(): [string, unknown][] {
    const entries = [...this.#values];
    this.#values.clear();
    return entries;
  }
}

/**
 * An idb-keyval store over a connection of our own that gives way: it closes when another page or
 * tab asks to upgrade or delete the database (a widget must never block the host page's own code),
 * and reopens when it was closed under us ("the database connection is closing"). The feed cache
 * and the sign-up outbox each open one, in databases of their own.
 *
 * @param indexedDb The factory to open with; a parameter so a test can hand in a failing one.
 */
export function openStore(
  databaseName: string,
  storeName: string,
  indexedDb: () => IDBFactory | undefined = () => globalThis.indexedDB,
): UseStore {
  let connection: Promise<IDBDatabase> | undefined;
  const open = (): Promise<IDBDatabase> => {
    const factory = indexedDb();
    if (!factory) return Promise.reject(new Error('IndexedDB is not available here.'));
    const request = factory.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore(storeName);
    return promisifyRequest(request).then((database) => {
      database.onversionchange = () => {
        database.close();
        connection = undefined;
      };
      database.onclose = () => (connection = undefined);
      return database;
    });
  };
  return async (mode, callback) => {
    for (let attempt = 0; ; attempt++) {
      connection ??= open();
      let transaction: IDBTransaction;
      try {
        transaction = (await connection).transaction(storeName, mode);
      } catch (error) {
        connection = undefined;
        // A connection closed under us: open a fresh one, once.
        if (attempt === 0 && error instanceof DOMException && error.name === 'InvalidStateError') continue;
        throw error;
      }
      return callback(transaction.objectStore(storeName));
    }
  };
}

/** The feed cache in IndexedDB: {@link openStore} on the `feeds` store. */
export class IdbStorage implements FeedStorage {
  readonly #store: UseStore;

  /** @param indexedDb The factory to open with; a parameter so a test can hand in a failing one. */
  constructor(
    databaseName: string = defaultDatabaseName,
    indexedDb: () => IDBFactory | undefined = () => globalThis.indexedDB,
  ) {
    this.#store = openStore(databaseName, 'feeds', indexedDb);
  }

  get(key: string): Promise<unknown> {
    return get(key, this.#store);
  }

  set(key: string, value: unknown): Promise<void> {
    return set(key, value, this.#store);
  }

  delete(key: string): Promise<void> {
    return del(key, this.#store);
  }

  setMany(entries: [key: string, value: unknown][]): Promise<void> {
    return setMany(entries, this.#store);
  }
}

/**
 * Storage that never fails the widget: each operation on `primary` gets `timeout` ms; the first
 * failure of any kind (no IndexedDB, `SecurityError`, an open that never resolves, a quota error,
 * a rejection with `null`) switches to memory. Storage that was only slow — its late answer does
 * arrive (a cold browser, a busy machine) — is taken back for the operations after it.
 */
export class GuardedStorage implements FeedStorage {
  #active: FeedStorage;
  readonly #primary: FeedStorage;
  readonly #memory = new MemoryStorage();
  readonly #timeout: number;

  constructor(primary: FeedStorage, options: { timeout?: number | undefined } = {}) {
    this.#active = primary;
    this.#primary = primary;
    this.#timeout = options.timeout ?? defaultStorageTimeout;
  }

  /** True once the primary storage failed and memory took over. */
  get degraded(): boolean {
    return this.#active === this.#memory;
  }

  get(key: string): Promise<unknown> {
    return this.#guard((storage) => storage.get(key));
  }

  /** The slow storage answered after all: it serves again, with what memory kept meanwhile. */
  #takeBack(): void {
    if (this.#active !== this.#memory) return;
    this.#active = this.#primary;
    for (const [key, value] of this.#memory.take()) void this.set(key, value);
  }

  set(key: string, value: unknown): Promise<void> {
    return this.#guard(
      (storage) => storage.set(key, value),
      () => this.#memory.set(key, value),
    );
  }

  setMany(entries: [key: string, value: unknown][]): Promise<void> {
    const inMemory = async () => {
      for (const [key, value] of entries) await this.#memory.set(key, value);
    };
    return this.#guard(async (storage) => {
      if (storage.setMany) return storage.setMany(entries);
      for (const [key, value] of entries) await storage.set(key, value);
    }, inMemory);
  }

  delete(key: string): Promise<void> {
    return this.#guard((storage) => storage.delete(key));
  }

  async #guard<T>(
    operation: (storage: FeedStorage) => Promise<T>,
    fallback?: () => Promise<T>,
  ): Promise<T | undefined> {
    const storage = this.#active;
    if (storage === this.#memory) return operation(storage);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Error(`Storage did not answer within ${this.#timeout} ms.`);
    const answer = Promise.resolve().then(() => operation(storage));
    try {
      const stalled = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(timedOut);
        }, this.#timeout);
      });
      // A thrown `null` or anything else is a fault like any other.
      return await Promise.race([answer, stalled]);
    } catch (error) {
      this.#active = this.#memory;
      if (error === timedOut) {
        answer.then(
          () => {
            this.#takeBack();
          },
          () => undefined,
        );
      }
      return await fallback?.();
    } finally {
      clearTimeout(timer);
    }
  }
}
