import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultOutboxName } from '../data/subscribe/outbox-name.js';
import type { Outbox, OutboxItem, Settled } from '../data/subscribe/outbox.js';
import type { ProviderOptions, SignUp, SignUpRequest } from '../data/subscribe/providers.js';
import { maxSignUpWait } from '../data/retry-after.js';
import type { SignUpOutcome } from '../data/subscribe/send-sign-up.js';
import { baseURI } from '../platform/dom.js';
import { loadSignUp } from './load-sign-up.js';
import type * as SignUpDelivery from './sign-up-delivery.js';

/** Why a sign-up was neither sent nor queued, in the form's words (see sign-up-delivery.ts). */
export type FailureProblem = 'formBroken' | 'formNoQueue' | 'formMissing';

/** How a reader's submission went: an answer, queued for later, or failed with nowhere to queue it. */
export type Submission =
  | { outcome: SignUpOutcome }
  | { queued: true; error: unknown; retrying: boolean }
  | { queued: false; error: unknown; problem: FailureProblem | undefined };

/** What the controller needs from the element: it is a controller of it, and reads these. */
export interface SignUpHost extends ReactiveControllerHost {
  readonly isConnected: boolean;
  /** The outbox to use; unset, the one every form shares. */
  readonly outbox?: Outbox | undefined;
  /** Milliseconds a request may take; anything but a positive number means 10000. */
  readonly timeout: number;
}

/** What the controller tells the form, and asks it. */
export interface SignUpForm {
  /** Where this form's sign-ups go, or `undefined` without one. */
  endpoint(): string | undefined;
  /** An item queued earlier (on this page, another tab or a previous visit) was delivered or finally refused. */
  delivered(settled: Omit<Settled, 'id'>): void;
  /** A sign-up from an earlier visit (or another tab) still waits in the outbox for this form's endpoint. */
  waiting(item: OutboxItem): void;
}

type Delivery = typeof SignUpDelivery;

const sleep = (ms: number) =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });

let loading: Promise<Delivery> | undefined;

/** The outbox and the sending, loaded once per page; a failed load is tried again on the next use. */
function signUpCode(): Promise<Delivery> {
  loading ??= loadSignUp().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Whether anything can wait in the shared outbox, asked without loading it: not when this browser
 * has never made its database. Where the browser cannot list its databases, it may.
 */
async function mayHaveQueue(): Promise<boolean> {
  if (loading) return true;
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === defaultOutboxName);
  } catch {
    return true;
  }
}

/**
 * Sends a form's sign-ups through the outbox and keeps the outbox moving: its items for this
 * form's endpoint are shown as waiting and retried when the form appears (the next page load),
 * when the browser comes back `online`, and on their backoff timer while the page stays open.
 * However they are sent, the form hears how they settle. The outbox and the sending load on need:
 * when a sign-up is submitted, or when one may be waiting from an earlier visit.
 */
export class SignUpController implements ReactiveController {
  readonly #host: SignUpHost;
  readonly #form: SignUpForm;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #url: string | undefined;
  /** Items this form queued: it hears how they settle, whichever tab sends them. */
  readonly #queued = new Set<string>();
  #unwatch: (() => void) | undefined;

  constructor(host: SignUpHost, form: SignUpForm) {
    this.#host = host;
    this.#form = form;
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('online', this.flush);
    this.#url = undefined;
  }

  /** The first render, and each change of endpoint (an `action` set by a script, a form slotted in), flushes. */
  hostUpdated(): void {
    const url = this.#form.endpoint();
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
    let code: Delivery;
    try {
      code = await signUpCode();
    } catch (error) {
      // Nothing was sent or queued: the reader is told so, and the address stays in the field.
      console.error(error);
      return { queued: false, error, problem: 'formMissing' };
    }
    const { buildRequest, failureProblem, isRetrying, sendSignUp, SignUpNetworkError } = code;
    const outbox = this.#outbox(code);
    const { email } = signUp;
    let request: SignUpRequest;
    try {
      request = buildRequest(options, signUp, baseURI());
    } catch (error) {
      console.error(error);
      return { queued: false, error, problem: failureProblem(error) };
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
        return { queued: false, error, problem: failureProblem(error) };
      }
    }
    this.#hear(outbox, id);
    await sleep(hold);
    const delivery = holder && navigator.onLine ? await outbox.deliver(id, true, timeout, holder) : undefined;
    if (delivery && 'outcome' in delivery) {
      this.#queued.delete(id);
      return { outcome: delivery.outcome };
    }
    void this.#schedule(code);
    const error = delivery?.error ?? new SignUpNetworkError('network');
    return { queued: true, error, retrying: isRetrying(error) };
  }

  #outbox(code: Delivery): Outbox {
    return this.#host.outbox ?? code.sharedOutbox();
  }

  /** Listens for how item `id` settles, whichever page sends it. */
  #hear(outbox: Outbox, id: string): void {
    this.#queued.add(id);
    this.#unwatch ??= outbox.watch((settled) => {
      if (this.#queued.delete(settled.id)) this.#form.delivered(settled);
    });
  }

  /** Delivers this form's due outbox items now; when the browser comes back `online`, all of them. */
  readonly flush = (event?: Event): void => {
    void this.#flush(event);
  };

  async #flush(event?: Event): Promise<void> {
    const url = this.#form.endpoint();
    if (!url || !this.#host.isConnected) return;
    if (!this.#host.outbox && !(await mayHaveQueue())) return;
    let code: Delivery;
    try {
      code = await signUpCode();
    } catch (error) {
      console.warn('paper-feed: sign-ups waiting from an earlier visit cannot be sent now.', error);
      return;
    }
    const outbox = this.#outbox(code);
    try {
      const waiting = await outbox.pending(url);
      for (const item of waiting) {
        if (!this.#queued.has(item.id)) {
          this.#hear(outbox, item.id);
          this.#form.waiting(item);
        }
      }
      // Each item is reported by watch(), wherever it was sent: once, however many pages flush.
      if (navigator.onLine) await outbox.flush(url, this.#timeout(), event?.type === 'online' ? Infinity : Date.now());
      await this.#schedule(code);
    } catch {
      // No IndexedDB: nothing was queued here either.
    }
  }

  #timeout(): number {
    const { timeout } = this.#host;
    return Number.isFinite(timeout) && timeout > 0 ? timeout : 10_000;
  }

  async #schedule(code: Delivery): Promise<void> {
    const url = this.#form.endpoint();
    if (!url) return;
    const due = Math.min(...(await this.#outbox(code).pending(url)).map(code.nextAttempt));
    clearTimeout(this.#timer);
    if (Number.isFinite(due) && this.#host.isConnected) {
      // At least a second: an item whose lease just ended may still be being written down. At most
      // the longest wait (the timer would fire at once past 2^31 ms).
      this.#timer = setTimeout(this.flush, Math.min(Math.max(1000, due - Date.now()), maxSignUpWait * 1000));
    }
  }
}
