import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Outbox, type Settled } from '../data/subscribe/outbox.js';
import type { SignUpRequest } from '../data/subscribe/providers.js';
import { SignUpNetworkError, sendSignUp, type SignUpOutcome } from '../data/subscribe/send-sign-up.js';

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
}

let shared: Outbox | undefined;

/** The outbox every form shares unless given its own. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}

/**
 * Sends a form's sign-ups through the outbox and keeps the outbox moving: its items for this
 * form's endpoint are retried when the form appears (the next page load), when the browser comes
 * back `online`, and on their backoff timer while the page stays open.
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
  }

  /** Writes the sign-up to the outbox, then sends it; without IndexedDB it is sent directly. */
  async submit(email: string, request: SignUpRequest): Promise<Submission> {
    const { outbox } = this.#host;
    const timeout = this.#timeout();
    let id: string;
    try {
      id = (await outbox.add(email, request)).id;
    } catch {
      try {
        if (!navigator.onLine) throw new SignUpNetworkError('network');
        return { outcome: await sendSignUp(request, { idempotencyKey: crypto.randomUUID(), timeout }) };
      } catch (error) {
        return { queued: false, error };
      }
    }
    const delivery = navigator.onLine ? await outbox.deliver(id, true, timeout) : undefined;
    if (delivery && 'outcome' in delivery) return { outcome: delivery.outcome };
    this.#queued.add(id);
    this.#unwatch ??= outbox.watch((settled) => {
      if (this.#queued.delete(settled.id)) this.#host.delivered(settled);
    });
    void this.#schedule();
    return { queued: true, error: delivery?.error ?? new SignUpNetworkError('network') };
  }

  /** Delivers this form's due outbox items now; when the browser comes back `online`, all of them. */
  readonly flush = (event?: Event): void => {
    void this.#flush(event);
  };

  async #flush(event?: Event): Promise<void> {
    const url = this.#host.endpoint();
    if (!url || !this.#host.isConnected) return;
    try {
      for (const delivery of await this.#host.outbox.flush(
        url,
        this.#timeout(),
        event?.type === 'online' ? Infinity : Date.now(),
      )) {
        // An item this form queued is reported by watch(), wherever it was sent.
        if ('outcome' in delivery && !delivery.kept && !this.#queued.has(delivery.item.id)) {
          this.#host.delivered({ email: delivery.item.email, outcome: delivery.outcome });
        }
      }
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
    const due = Math.min(...(await this.#host.outbox.pending(url)).map((item) => item.due));
    clearTimeout(this.#timer);
    if (Number.isFinite(due) && this.#host.isConnected) {
      // At least a second: an item another tab is sending stays due until that tab is done.
      this.#timer = setTimeout(this.flush, Math.max(1000, due - Date.now()));
    }
  }
}
