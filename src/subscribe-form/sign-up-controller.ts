import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Outbox, nextAttempt, type OutboxItem, type Settled } from '../data/subscribe/outbox.js';
import {
  SignUpConfigError,
  buildRequest,
  type ProviderOptions,
  type SignUp,
  type SignUpRequest,
} from '../data/subscribe/providers.js';
import { maxSignUpWait } from '../data/retry-after.js';
import {
  SignUpNetworkError,
  SignUpUnavailableError,
  sendSignUp,
  type SignUpOutcome,
} from '../data/subscribe/send-sign-up.js';
import { baseURI } from '../platform/dom.js';

/** How a reader's submission went: an answer, queued for later, or failed with nowhere to queue it. */
export type Submission =
  { outcome: SignUpOutcome } | { queued: true; error: unknown } | { queued: false; error: unknown };

/** What the controller needs from its form. */
export interface SignUpHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  /** The outbox to use. */
  readonly outbox: Outbox;
  /** Milliseconds a request may take; anything but a positive number means 10000. */
  readonly timeout: number;
  /** Where this form's sign-ups go, or `undefined` without one. */
  endpoint(): string | undefined;
  /** An item queued earlier (on this page, another tab or a previous visit) was delivered or finally refused. */
  delivered(settled: Omit<Settled, 'id'>): void;
  /** A sign-up from an earlier visit (or another tab) still waits in the outbox for this form's endpoint. */
  waiting(item: OutboxItem): void;
}

const sleep = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

/**
 * What to tell the reader when a sign-up was neither sent nor queued: the form is set up wrongly
 * (nothing can be sent), or nothing could be queued (no IndexedDB). A 5xx / 429 is no network
 * failure: the plain error fits it.
 */
export function failureProblem(error: unknown): 'formBroken' | 'formNoQueue' | undefined {
  if (error instanceof SignUpConfigError) return 'formBroken';
  return error instanceof SignUpUnavailableError ? undefined : 'formNoQueue';
}

let shared: Outbox | undefined;

/** The outbox every form shares unless given its own. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}

/**
 * Sends a form's sign-ups through the outbox and keeps the outbox moving: its items for this
 * form's endpoint are shown as waiting and retried when the form appears (the next page load),
 * when the browser comes back `online`, and on their backoff timer while the page stays open.
 * However they are sent, the form hears how they settle.
 */
export class SignUpController implements ReactiveController {
  readonly #host: SignUpHost;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #url: string | undefined;
  /** Items this form queued: it hears how they settle, whichever tab sends them. */
  readonly #queued = new Set<string>();
  #unwatch: (() => void) | undefined;

  constructor(host: SignUpHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.flush);
    this.#url = undefined;
  }

  /** The first render, and each change of endpoint (an `action` set by a script, a form slotted in), flushes. */
  hostUpdated(): void {
    const url = this.#host.endpoint();
    if (url === this.#url) return;
    this.#url = url;
    this.flush();
  }

  hostDisconnected(): void {
    removeEventListener('online', this.flush);
    clearTimeout(this.#timer);
    this.#unwatch?.();
    this.#unwatch = undefined;
    this.#queued.clear();
  }

  /**
   * Shapes the sign-up for its provider, writes it to the outbox, waits `hold` ms (the form's
   * `min-time`: a sign-up is never dropped for coming early, only held), then sends it; without
   * IndexedDB it is sent directly. Attributes that cannot make a request (no endpoint, a field the
   * address cannot travel in) send nothing: the {@link SignUpConfigError} is logged for the site's
   * owner and returned.
   */
  async submit(signUp: SignUp, options: ProviderOptions, hold = 0): Promise<Submission> {
    const { outbox } = this.#host;
    const { email } = signUp;
    let request: SignUpRequest;
    try {
      request = buildRequest(options, signUp, baseURI());
    } catch (error) {
      console.error(error);
      return { queued: false, error };
    }
    const timeout = this.#timeout();
    // This submission's lease, when it is to be sent now: no flush (of this page or another) takes
    // it meanwhile. Offline, the next flush may.
    const holder = navigator.onLine ? crypto.randomUUID() : undefined;
    let id: string;
    try {
      id = (await outbox.add(email, request, holder, hold)).id;
    } catch {
      await sleep(hold);
      try {
        if (!navigator.onLine) throw new SignUpNetworkError('network');
        return { outcome: await sendSignUp(request, { idempotencyKey: crypto.randomUUID(), timeout }) };
      } catch (error) {
        return { queued: false, error };
      }
    }
    this.#hear(id);
    await sleep(hold);
    const delivery = holder && navigator.onLine ? await outbox.deliver(id, true, timeout, holder) : undefined;
    if (delivery && 'outcome' in delivery) {
      this.#queued.delete(id);
      return { outcome: delivery.outcome };
    }
    void this.#schedule();
    return { queued: true, error: delivery?.error ?? new SignUpNetworkError('network') };
  }

  /** Listens for how item `id` settles, whichever page sends it. */
  #hear(id: string): void {
    this.#queued.add(id);
    this.#unwatch ??= this.#host.outbox.watch((settled) => {
      if (this.#queued.delete(settled.id)) this.#host.delivered(settled);
    });
  }

  /** Delivers this form's due outbox items now; when the browser comes back `online`, all of them. */
  readonly flush = (event?: Event): void => {
    void this.#flush(event);
  };

  async #flush(event?: Event): Promise<void> {
    const url = this.#host.endpoint();
    if (!url || !this.#host.isConnected) return;
    const { outbox } = this.#host;
    try {
      const waiting = await outbox.pending(url);
      for (const item of waiting) {
        if (!this.#queued.has(item.id)) {
          this.#hear(item.id);
          this.#host.waiting(item);
        }
      }
      // Each item is reported by watch(), wherever it was sent: once, however many pages flush.
      if (navigator.onLine) await outbox.flush(url, this.#timeout(), event?.type === 'online' ? Infinity : Date.now());
      await this.#schedule();
    } catch {
      // No IndexedDB: nothing was queued here either.
    }
  }

  #timeout(): number {
    const { timeout } = this.#host;
    return Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000;
  }

  async #schedule(): Promise<void> {
    const url = this.#host.endpoint();
    if (!url) return;
    const due = Math.min(...(await this.#host.outbox.pending(url)).map(nextAttempt));
    clearTimeout(this.#timer);
    if (Number.isFinite(due) && this.#host.isConnected) {
      // At least a second: an item whose lease just ended may still be being written down. At most
      // the longest wait (the timer would fire at once past 2^31 ms).
      this.#timer = setTimeout(this.flush, Math.min(Math.max(1000, due - Date.now()), maxSignUpWait * 1000));
    }
  }
}
