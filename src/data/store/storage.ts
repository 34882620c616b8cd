import { promisifyRequest, type UseStore } from 'idb-keyval';
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

  /** Everything held. */
  entries(): [string, unknown][] {
    return [...this.#values];
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
    return this.#store('readonly', (store) => committed(store.get(key)));
  }

  set(key: string, value: unknown): Promise<void> {
    return this.#store('readwrite', (store) => {
      store.put(value, key);
      return committed(store.transaction);
    });
  }

  delete(key: string): Promise<void> {
    return this.#store('readwrite', (store) => {
      store.delete(key);
      return committed(store.transaction);
    });
  }

  setMany(entries: [key: string, value: unknown][]): Promise<void> {
    return this.#store('readwrite', (store) => {
      for (const [key, value] of entries) store.put(value, key);
      return committed(store.transaction);
    });
  }
}

/**
 * Commits the request's transaction at once instead of when this page's event loop next finds it
 * idle. Auto-commit needs the page to run again: WebKitGTK 2.50 kept the reads of a page navigated
 * away from open for good, and every later write of the origin, in any tab, waited behind them
 * (the store fell back to memory and the reader's offline copy was never saved). Once committed, a
 * transaction completes in the browser's storage process whatever becomes of the page.
 */
function committed<T>(request: IDBRequest<T>): Promise<T>;
function committed(transaction: IDBTransaction): Promise<void>;
function committed<T>(target: IDBRequest<T> | IDBTransaction): Promise<T | void> {
  const transaction = target instanceof IDBTransaction ? target : target.transaction;
  // Not in every engine (Chromium 76+, Firefox 74+, Safari 15+): without it, auto-commit as before.
  if (typeof transaction?.commit === 'function') transaction.commit();
  return promisifyRequest(target as IDBRequest<T>);
}

/**
 * Storage that never fails the widget: each operation on `primary` gets `timeout` ms; the first
 * failure of any kind (no IndexedDB, `SecurityError`, an open that never resolves, a quota error,
 * a rejection with `null`) switches to memory. Storage that was only slow — its late answer does
 * arrive (a cold browser, a busy machine), or it answers a probe after a late failure — is taken
 * back, and what memory kept meanwhile is written to it: a write that timed out still lands, and
 * `onTakenBack` hears which entries did. When the page hides meanwhile, what memory holds is handed
 * to `primary` at once: the page may never run again to do it later.
 */
export class GuardedStorage implements FeedStorage {
  #active: FeedStorage;
  readonly #primary: FeedStorage;
  readonly #memory = new MemoryStorage();
  readonly #timeout: number;
  readonly #onTakenBack: ((entries: [string, unknown][]) => void) | undefined;

  constructor(
    primary: FeedStorage,
    options: {
      timeout?: number | undefined;
      onTakenBack?: ((entries: [key: string, value: unknown][]) => void) | undefined;
    } = {},
  ) {
    this.#active = primary;
    this.#primary = primary;
    this.#timeout = options.timeout ?? defaultStorageTimeout;
    this.#onTakenBack = options.onTakenBack;
  }

  /** True once the primary storage failed and memory took over (until it is taken back). */
  get degraded(): boolean {
    return this.#active === this.#memory;
  }

  get(key: string): Promise<unknown> {
    return this.#guard((storage) => storage.get(key));
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
    return this.#guard((storage) => writeAll(storage, entries), inMemory);
  }

  delete(key: string): Promise<void> {
    return this.#guard((storage) => storage.delete(key));
  }

  /** The page hides while memory holds writes: the last chance to hand them to `primary`. */
  readonly #hidden = (event: Event) => {
    if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
    const entries = this.#memory.entries();
    if (entries.length === 0) return;
    writeAll(this.#primary, entries).then(
      () => this.#onTakenBack?.(entries),
      () => undefined,
    );
  };

  #degrade(): void {
    if (this.#active === this.#memory) return;
    this.#active = this.#memory;
    if (typeof addEventListener !== 'function') return;
    addEventListener('pagehide', this.#hidden);
    addEventListener('visibilitychange', this.#hidden);
  }

  /** The slow storage answered after all: it serves again, with what memory kept meanwhile. */
  #takeBack(): void {
    if (this.#active !== this.#memory) return;
    this.#active = this.#primary;
    if (typeof removeEventListener === 'function') {
      removeEventListener('pagehide', this.#hidden);
      removeEventListener('visibilitychange', this.#hidden);
    }
    const entries = this.#memory.take();
    if (entries.length === 0) return;
    void this.setMany(entries).then(() => {
      // Timed out again: memory holds them once more, until the next answer.
      if (!this.degraded) this.#onTakenBack?.(entries);
    });
  }

  /** A late failure after a timeout: storage that answers a plain read is taken back all the same. */
  #probe(): void {
    this.#primary.get('#probe').then(
      () => {
        this.#takeBack();
      },
      () => undefined,
    );
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
      this.#degrade();
      if (error === timedOut) {
        answer.then(
          () => {
            this.#takeBack();
          },
          () => {
            this.#probe();
          },
        );
      }
      return await fallback?.();
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Several values in one transaction where the storage can, else one after another. */
async function writeAll(storage: FeedStorage, entries: [string, unknown][]): Promise<void> {
  if (storage.setMany) return storage.setMany(entries);
  for (const [key, value] of entries) await storage.set(key, value);
}
