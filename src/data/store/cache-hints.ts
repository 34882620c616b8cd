/** What the hint says about one feed: read synchronously, before IndexedDB has even opened. */
export interface Hint {
  /** False when there is no usable localStorage: nothing can be said, IndexedDB must answer. */
  known: boolean;
  /** When the cached copy was fetched (epoch ms); absent: no copy is cached. */
  fetchedAt?: number | undefined;
  /** Until when the server asked not to be asked again (epoch ms). */
  retryAt?: number | undefined;
}

interface Record {
  /** Feeds: [hash of the key, fetchedAt], most recent last. */
  f: [string, number][];
  /** Waits: [hash of the address, retryAt], most recent last. */
  w: [string, number][];
}

const prefix = 'paper-feed-cache-hint:v1:';
/** Rows kept of each kind: the record stays under about 6 kB whatever the page loads. */
const maxRows = 200;

/**
 * A 32-bit FNV-1a hash in base 36: keeps the record small and free of the feeds' addresses. Two
 * keys that share a hash only make the hint claim a copy that IndexedDB then does not confirm —
 * the store reads IndexedDB as it would without a hint — never the other way round.
 */
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}

function rows(value: unknown): [string, number][] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (row): row is [string, number] =>
        Array.isArray(row) && typeof row[0] === 'string' && typeof row[1] === 'number' && Number.isFinite(row[1]),
    )
    .slice(-maxRows);
}

/**
 * A tiny synchronous note in localStorage of which feeds IndexedDB holds, and since when: it lets
 * a first visit start its request at once instead of after IndexedDB has opened and been read.
 * Only a hint: IndexedDB stays the truth, and a hint that is wrong costs at most one request.
 * Every access is guarded — localStorage may be missing, or throw (a sandboxed iframe, storage
 * disabled, a full quota); then {@link lookup} says `known: false` and nothing is written.
 */
export class CacheHints {
  readonly #name: string;
  readonly #storage: () => Storage | undefined;

  /**
   * @param name The database the hint is about: each has its own record.
   * @param storage Where the record lives; a parameter so a test can hand in a failing one.
   */
  constructor(name: string, storage: () => Storage | undefined = () => globalThis.localStorage) {
    this.#name = prefix + name;
    this.#storage = storage;
  }

  lookup(key: string, address: string): Hint {
    const record = this.#read();
    if (!record) return { known: false };
    const feed = hash(key);
    const wait = hash(address);
    return {
      known: true,
      fetchedAt: record.f.find((row) => row[0] === feed)?.[1],
      retryAt: record.w.find((row) => row[0] === wait)?.[1],
    };
  }

  /** IndexedDB is being given a copy of `key` fetched at `fetchedAt`. */
  stored(key: string, fetchedAt: number): void {
    this.#update((record) => {
      const feed = hash(key);
      record.f = [...record.f.filter((row) => row[0] !== feed), [feed, fetchedAt]];
    });
  }

  /** IndexedDB no longer holds `key` (or never got it). */
  dropped(key: string): void {
    this.#update((record) => {
      const feed = hash(key);
      record.f = record.f.filter((row) => row[0] !== feed);
    });
  }

  /** The server behind `address` asked not to be asked again before `retryAt`. */
  waiting(address: string, retryAt: number): void {
    this.#update((record) => {
      const wait = hash(address);
      const now = Date.now();
      record.w = [...record.w.filter((row) => row[0] !== wait && row[1] > now), [wait, retryAt]];
    });
  }

  #read(): Record | undefined {
    let text: string | null;
    try {
      const storage = this.#storage();
      if (!storage) return undefined;
      text = storage.getItem(this.#name);
    } catch {
      return undefined;
    }
    try {
      // Anything but our own shape (another version, a hand edit) counts as an empty record.
      const parsed = text === null ? null : (JSON.parse(text) as Partial<Record> | null);
      return { f: rows(parsed?.f), w: rows(parsed?.w) };
    } catch {
      return { f: [], w: [] };
    }
  }

  #update(change: (record: Record) => void): void {
    const record = this.#read();
    if (!record) return;
    change(record);
    record.f = record.f.slice(-maxRows);
    record.w = record.w.slice(-maxRows);
    try {
      this.#storage()?.setItem(this.#name, JSON.stringify(record));
    } catch {
      // A full or refused localStorage: the hint just says less, IndexedDB still answers.
    }
  }
}
