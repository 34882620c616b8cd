import { promisifyRequest, type UseStore } from 'idb-keyval';
import { openStore } from '../store/storage.js';
import type { SignUpRequest } from './providers.js';
import { SignUpUnavailableError, sendSignUp, type SignUpOutcome } from './send-sign-up.js';

/** A sign-up waiting to be delivered. Its `id` is the Idempotency-Key every attempt sends. */
export interface OutboxItem {
  id: string;
  email: string;
  request: SignUpRequest;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch ms before which it is not retried (backoff). */
  due: number;
  /**
   * Epoch ms before which the endpoint asked to be sent nothing (`Retry-After`): not even coming
   * back online sends it sooner.
   */
  retryAt?: number;
  /** Epoch ms until which one page holds it (the claim used where Web Locks are missing). */
  claim?: number;
}

/** An item some page delivered or the provider finally refused: what {@link Outbox.watch} hears. */
export interface Settled {
  id: string;
  email: string;
  outcome: SignUpOutcome;
}

/** What one delivery attempt came to. */
export type Delivery =
  { item: OutboxItem; outcome: SignUpOutcome; kept?: boolean } | { item: OutboxItem; error: unknown };

export interface OutboxOptions {
  databaseName?: string;
  /** The factory to open with; a test hands in one that returns `undefined`. */
  indexedDb?: () => IDBFactory | undefined;
  /** Web Locks; `null` uses the IndexedDB claim instead. Default: `navigator.locks` where there is one. */
  locks?: LockManager | null | undefined;
}

/** The database the outbox keeps sign-ups in, apart from the feed cache. */
export const defaultOutboxName = 'paper-feed-outbox';

const maxBackoff = 300_000;

/**
 * Sign-ups written to IndexedDB before they are sent, so none is lost to a closed tab or a dead
 * network, and none is sent twice: each item is delivered under a claim — a Web Lock named after
 * it, or where there are none an IndexedDB claim set in one transaction — so two tabs (or two
 * forms) never send the same item at once, and an item leaves only when the provider accepted or
 * definitively refused it. Failed attempts wait 1 s, 2 s, 4 s … (at most 5 minutes), or longer
 * when the endpoint's `Retry-After` asks for longer.
 */
export class Outbox {
  readonly #store: UseStore;
  readonly #locks: LockManager | null;
  readonly #name: string;
  #channel: BroadcastChannel | undefined;
  // Plain requests on the store rather than idb-keyval's get/set/…: their default-store arguments
  // would bring a second way of opening databases into a bundle that counts every byte.
  readonly #read = <T>(read: (store: IDBObjectStore) => IDBRequest<T>) =>
    this.#store('readonly', (store) => promisifyRequest(read(store)));
  readonly #write = (write: (store: IDBObjectStore) => unknown) =>
    this.#store('readwrite', (store) => {
      write(store);
      return promisifyRequest(store.transaction);
    });

  constructor(options: OutboxOptions = {}) {
    this.#name = options.databaseName ?? defaultOutboxName;
    this.#store = openStore(this.#name, 'outbox', options.indexedDb);
    this.#locks = options.locks === undefined ? ('locks' in navigator ? navigator.locks : null) : options.locks;
  }

  /**
   * Writes the sign-up; rejects when IndexedDB is unavailable or refuses (the caller cannot queue
   * then). The same address for the same endpoint again (the reader pressing Subscribe once more
   * while it waits) updates the waiting item and keeps its key, so it is still delivered once.
   */
  async add(email: string, request: SignUpRequest): Promise<OutboxItem> {
    const waiting = (await this.pending(request.url)).find((item) => item.email === email);
    const item: OutboxItem = { id: waiting?.id ?? crypto.randomUUID(), email, request, attempts: 0, due: 0 };
    await this.#write((store) => store.put(item, item.id));
    return item;
  }

  /** The items waiting for `url`. */
  async pending(url: string): Promise<OutboxItem[]> {
    const all = (await this.#read((store) => store.getAll())) as OutboxItem[];
    return all.filter((item) => item.request.url === url);
  }

  /**
   * Tries to deliver one item; `undefined` when another page holds it or it is already gone. No
   * answer, or a 5xx / 429, keeps it for later with backoff (the delivery carries the `error`).
   * When `interactive` (a reader is watching), an `error` answer (a 4xx refusal) is final — the
   * reader is told and may try again; otherwise it is kept and retried too. `timeout`: ms the
   * request may take.
   */
  deliver(id: string, interactive = false, timeout = 10_000): Promise<Delivery | undefined> {
    return this.#claimed(id, timeout, async () => {
      const item = (await this.#read((store) => store.get(id))) as OutboxItem | undefined;
      if (!item) return undefined;
      let outcome: SignUpOutcome;
      try {
        outcome = await sendSignUp(item.request, { idempotencyKey: item.id, timeout });
      } catch (error) {
        await this.#reschedule(item, error instanceof SignUpUnavailableError ? error.retryAfter : undefined);
        return { item, error };
      }
      if (outcome === 'error' && !interactive) {
        await this.#reschedule(item);
        return { item, outcome, kept: true };
      }
      await this.#write((store) => store.delete(id));
      if (typeof BroadcastChannel === 'function') {
        (this.#channel ??= new BroadcastChannel(this.#name)).postMessage({ id, email: item.email, outcome });
      }
      return { item, outcome };
    });
  }

  /**
   * Calls `settled` whenever a page (another tab, or this one) delivers or finally refuses an item
   * of this outbox; returns the way to stop listening.
   */
  watch(settled: (item: Settled) => void): () => void {
    if (typeof BroadcastChannel !== 'function') return () => undefined;
    const channel = new BroadcastChannel(this.#name);
    channel.onmessage = (event: MessageEvent<Settled>) => {
      settled(event.data);
    };
    return () => {
      channel.close();
    };
  }

  /**
   * Delivers every item for `url` that is due at `now`, one after another (`Infinity`: all of them,
   * except those whose endpoint's `Retry-After` has not passed).
   */
  async flush(url: string, timeout?: number, now = Date.now()): Promise<Delivery[]> {
    const deliveries: Delivery[] = [];
    for (const item of await this.pending(url)) {
      if (item.due > now || (item.retryAt ?? 0) > Date.now()) continue;
      const delivery = await this.deliver(item.id, false, timeout);
      if (delivery) deliveries.push(delivery);
    }
    return deliveries;
  }

  /** Counts a failed attempt and sets when to try again: the backoff, or `retryAfter` seconds if longer. */
  #reschedule(item: OutboxItem, retryAfter = 0): Promise<unknown> {
    item.attempts += 1;
    item.retryAt = Date.now() + retryAfter * 1000;
    item.due = Math.max(Date.now() + Math.min(1000 * 2 ** (item.attempts - 1), maxBackoff), item.retryAt);
    delete item.claim;
    return this.#write((store) => store.put(item, item.id));
  }

  async #claimed<T>(id: string, timeout: number, run: () => Promise<T>): Promise<T | undefined> {
    if (this.#locks) {
      return this.#locks.request(`${defaultOutboxName}:${id}`, { ifAvailable: true }, (lock) =>
        lock ? run() : undefined,
      );
    }
    const now = Date.now();
    try {
      // One readwrite transaction: of two pages claiming at once, the second sees the first's claim.
      const claimed = await this.#store(
        'readwrite',
        (store) =>
          new Promise<boolean>((resolve, reject) => {
            const request = store.get(id);
            request.onsuccess = () => {
              const item = request.result as OutboxItem | undefined;
              if (!item || (item.claim ?? 0) > now) {
                resolve(false);
                return;
              }
              store.put({ ...item, claim: now + timeout + 5000 }, id);
              promisifyRequest(store.transaction).then(() => {
                resolve(true);
              }, reject);
            };
            request.onerror = () => {
              reject(request.error ?? new Error('The outbox could not be read.'));
            };
          }),
      );
      if (!claimed) return undefined;
    } catch {
      return undefined;
    }
    return run();
  }
}
