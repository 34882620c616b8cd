import { promisifyRequest, type UseStore } from 'idb-keyval';
import { cappedTime, maxSignUpWait } from '../retry-after.js';
import { openStore } from '../store/storage.js';
import type { SignUpRequest } from './providers.js';
import { SignUpNetworkError, SignUpUnavailableError, sendSignUp, type SignUpOutcome } from './send-sign-up.js';
import { defaultOutboxName } from './outbox-name.js';

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
   * Epoch ms before which the endpoint asked to be sent nothing (`Retry-After`, at most a day):
   * not even coming back online sends it sooner.
   */
  retryAt?: number;
  /**
   * Epoch ms until which a page is sending it (the lease): no other page, tab or reload sends it
   * before then, though the page that held it may be gone.
   */
  claim?: number;
  /** Who holds the lease: a token the holder hands {@link Outbox.deliver} to send under it. */
  holder?: string;
  /** Why the last attempt failed: no answer, or the endpoint said "not now" (5xx, 429) or refused it while nobody watched. */
  failure?: 'network' | 'unavailable';
}

/** An item some page delivered or the provider finally refused: what {@link Outbox.watch} hears. */
export interface Settled {
  id: string;
  email: string;
  outcome: SignUpOutcome;
}

/**
 * What one delivery attempt came to, as far as the caller waited: an outcome, or an `error` — the
 * attempt failed, or (`inFlight`) it is still waiting for its answer, which settles the item later.
 */
export type Delivery =
  | { item: OutboxItem; outcome: SignUpOutcome; kept?: boolean }
  | { item: OutboxItem; error: unknown; inFlight?: boolean };

export interface OutboxOptions {
  databaseName?: string;
  /** The factory to open with; a test hands in one that returns `undefined`. */
  indexedDb?: () => IDBFactory | undefined;
}

export { defaultOutboxName };

const maxBackoff = 300_000;

/**
 * The longest one request runs, in ms. The caller's `wait` only decides when the reader is told
 * "queued": the request goes on, because a slow endpoint may be taking the sign-up, and one sent
 * again beside it would be counted twice (a no-cors provider gets no Idempotency-Key).
 */
export const maxFlight = 60_000;

// The lease outlives the longest request by the time the answer takes to be written down.
const leaseMargin = 10_000;
const maxLease = maxFlight + leaseMargin;

// A lease reaching further than the longest one could is no lease of ours (another version's, or
// garbage): it is cut to that length.
const leased = (item: OutboxItem, now: number) => cappedTime(item.claim, maxLease / 1000, now) > now;

/** When an item may next be sent: after its backoff, its `Retry-After` and any page's lease on it. */
export function nextAttempt(item: OutboxItem): number {
  return Math.max(item.due, item.retryAt ?? 0, item.claim ?? 0);
}

/**
 * Sign-ups written to IndexedDB before they are sent, so none is lost to a closed tab or a dead
 * network, and none is sent twice: each attempt first takes a lease on its item in one IndexedDB
 * transaction — so of two tabs, two forms or a page and its reload, one sends and the others leave
 * it — and the lease stays until the answer came (or the longest request could have ended), even
 * when the page that took it is closed. An item leaves only when the provider accepted or
 * definitively refused it; an opaque (no-cors) answer is such an acceptance. Failed attempts wait
 * 1 s, 2 s, 4 s … (at most 5 minutes), or longer when the endpoint's `Retry-After` asks for longer
 * (at most a day).
 */
export class Outbox {
  readonly #store: UseStore;
  readonly #name: string;
  #channel: BroadcastChannel | undefined;
  // Plain requests on the store rather than idb-keyval's get/set/…: their default-store arguments
  // would bring a second way of opening databases into a bundle that counts every byte.
  readonly #read = <T>(read: (store: IDBObjectStore) => IDBRequest<T>) =>
    this.#store('readonly', (store) => promisifyRequest(read(store)));

  constructor(options: OutboxOptions = {}) {
    this.#name = options.databaseName ?? defaultOutboxName;
    this.#store = openStore(this.#name, 'outbox', options.indexedDb);
  }

  /**
   * Writes the sign-up; rejects when IndexedDB is unavailable or refuses (the caller cannot queue
   * then). The same address for the same endpoint again (the reader pressing Subscribe once more
   * while it waits) updates the waiting item and keeps its key and any lease on it, so it is still
   * delivered once — found and written in one transaction, so two tabs cannot both add it. With
   * a `holder`, the item is leased to it for `hold` ms and a little more, unless a page is sending
   * it already: no flush takes it meanwhile, and {@link deliver} sends it for that holder.
   */
  add(email: string, request: SignUpRequest, holder?: string, hold = 0): Promise<OutboxItem> {
    return this.#transaction((store, done) => {
      const all = store.getAll();
      all.onsuccess = () => {
        const now = Date.now();
        const waiting = (all.result as OutboxItem[]).find(
          (item) => item.email === email && item.request.url === request.url,
        );
        const item: OutboxItem = {
          ...waiting,
          id: waiting?.id ?? crypto.randomUUID(),
          email,
          request,
          attempts: 0,
          due: 0,
        };
        const held = Math.min(hold, maxFlight);
        if (holder && !leased(item, now))
          Object.assign(item, { claim: now + held + leaseMargin, holder, due: now + held });
        store.put(item, item.id);
        done(item);
      };
    });
  }

  /** The items waiting for `url`, with any wait stored before it was capped cut to the cap. */
  async pending(url: string): Promise<OutboxItem[]> {
    const all = (await this.#read((store) => store.getAll())) as OutboxItem[];
    return all
      .filter((item) => item.request.url === url)
      .map((item) => ({
        ...item,
        due: cappedTime(item.due, maxSignUpWait),
        retryAt: cappedTime(item.retryAt, maxSignUpWait),
        claim: cappedTime(item.claim, maxLease / 1000),
      }));
  }

  /**
   * Tries to deliver one item; `undefined` when a page holds its lease or it is already gone. No
   * answer, or a 5xx / 429, keeps it for later with backoff (the delivery carries the `error`).
   * When `interactive` (a reader is watching), an `error` answer (a 4xx refusal) is final — the
   * reader is told and may try again; otherwise it is kept and retried too. `wait`: ms to wait for
   * the answer; after that the delivery reports `inFlight`, and the answer, when it comes, settles
   * the item as above and is told to {@link watch}ers. `holder`: the token a lease from
   * {@link add} was given to.
   */
  async deliver(id: string, interactive = false, wait = 10_000, holder?: string): Promise<Delivery | undefined> {
    const item = await this.#claim(id, Date.now() + maxLease, holder);
    if (!item) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const waited = new Promise<Delivery>((resolve) => {
      timer = setTimeout(
        () => {
          resolve({ item, error: new SignUpNetworkError('timeout'), inFlight: true });
        },
        Math.min(wait, maxFlight),
      );
    });
    try {
      return await Promise.race([this.#send(item, interactive), waited]);
    } finally {
      clearTimeout(timer);
    }
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
   * except those whose endpoint's `Retry-After` has not passed and those a page is sending).
   */
  async flush(url: string, wait?: number, now = Date.now()): Promise<Delivery[]> {
    const deliveries: Delivery[] = [];
    for (const item of await this.pending(url)) {
      if (item.due > now || Math.max(item.retryAt ?? 0, item.claim ?? 0) > Date.now()) continue;
      const delivery = await this.deliver(item.id, false, wait);
      if (delivery) deliveries.push(delivery);
    }
    return deliveries;
  }

  /** One attempt, to its end: the answer settles or reschedules the item, and gives up the lease. */
  async #send(item: OutboxItem, interactive: boolean): Promise<Delivery> {
    let outcome: SignUpOutcome;
    // A reload or a closed tab cancels the request, which may have arrived; Firefox and WebKit
    // still run the catch below as the page goes. Then the lease stays, and the next page waits it
    // out. Listened for only while a request is out: `beforeunload` keeps some browsers from
    // keeping the page in their back-forward cache.
    const page = { leaving: false };
    const leave = () => (page.leaving = true);
    addEventListener('beforeunload', leave);
    addEventListener('pagehide', leave);
    try {
      outcome = await sendSignUp(item.request, { idempotencyKey: item.id, timeout: maxFlight });
    } catch (error) {
      if (!page.leaving) await this.#reschedule(item.id, error);
      return { item, error };
    } finally {
      removeEventListener('beforeunload', leave);
      removeEventListener('pagehide', leave);
    }
    if (outcome === 'error' && !interactive) {
      await this.#reschedule(item.id);
      return { item, outcome, kept: true };
    }
    await this.#store('readwrite', (store) => {
      store.delete(item.id);
      return promisifyRequest(store.transaction);
    });
    if (typeof BroadcastChannel === 'function') {
      (this.#channel ??= new BroadcastChannel(this.#name)).postMessage({ id: item.id, email: item.email, outcome });
    }
    return { item, outcome };
  }

  /**
   * Takes the lease on item `id` until `until`, unless another holder has it; the item as claimed,
   * or `undefined`.
   */
  async #claim(id: string, until: number, holder: string = crypto.randomUUID()): Promise<OutboxItem | undefined> {
    const now = Date.now();
    try {
      // One readwrite transaction: of two pages claiming at once, the second sees the first's lease.
      return await this.#change(id, (item) =>
        leased(item, now) && item.holder !== holder ? undefined : { ...item, claim: until, holder },
      );
    } catch {
      return undefined;
    }
  }

  /**
   * Counts a failed attempt, sets when to try again — the backoff, or the endpoint's `Retry-After`
   * if longer — and gives up the lease. An item the provider refused while nobody watched has no `error`.
   */
  #reschedule(id: string, error?: unknown): Promise<unknown> {
    const retryAfter = error instanceof SignUpUnavailableError ? (error.retryAfter ?? 0) : 0;
    return this.#change(id, (item) => {
      const now = Date.now();
      const attempts = item.attempts + 1;
      const retryAt = now + Math.min(retryAfter, maxSignUpWait) * 1000;
      const due = Math.max(now + Math.min(1000 * 2 ** (attempts - 1), maxBackoff), retryAt);
      const failure = error instanceof SignUpNetworkError ? 'network' : 'unavailable';
      return { ...item, attempts, retryAt, due, failure, claim: 0 };
    });
  }

  /** Reads item `id`, and writes what `change` makes of it, in one transaction; the written item. */
  #change(id: string, change: (item: OutboxItem) => OutboxItem | undefined): Promise<OutboxItem | undefined> {
    return this.#transaction((store, done) => {
      const request = store.get(id);
      request.onsuccess = () => {
        const changed = request.result ? change(request.result as OutboxItem) : undefined;
        if (changed) store.put(changed, id);
        done(changed);
      };
    });
  }

  /** A readwrite transaction; resolves with what `run` hands `done` once the transaction has committed. */
  #transaction<T>(run: (store: IDBObjectStore, done: (value: T) => void) => void): Promise<T> {
    return this.#store('readwrite', async (store) => {
      let value: T | undefined;
      run(store, (result) => {
        value = result;
      });
      await promisifyRequest(store.transaction);
      return value as T;
    });
  }
}
