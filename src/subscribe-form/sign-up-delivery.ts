import { Outbox } from '../data/subscribe/outbox.js';
import { SignUpConfigError } from '../data/subscribe/providers.js';
import { SignUpUnavailableError } from '../data/subscribe/send-sign-up.js';

// What a <subscribe-form> needs only once a sign-up is sent or waits: the outbox, the providers'
// request shapes and the sending. Loaded on need by sign-up-controller.ts (load-sign-up.ts); in
// the one-file bundle it comes in the sibling file paper-feed-subscribe.<hash>.js, which carries its own
// copy of these classes — so the questions that need `instanceof` are answered here, not there.

export { Outbox, nextAttempt } from '../data/subscribe/outbox.js';
export { buildRequest } from '../data/subscribe/providers.js';
export { SignUpNetworkError, sendSignUp } from '../data/subscribe/send-sign-up.js';

let shared: Outbox | undefined;

/** The outbox every form shares unless given its own. */
export function sharedOutbox(): Outbox {
  return (shared ??= new Outbox());
}

/**
 * What to tell the reader when a sign-up was neither sent nor queued: the form is set up wrongly
 * (nothing can be sent), or nothing could be queued (no IndexedDB). A 5xx / 429 is no network
 * failure: the plain error fits it.
 */
export function failureProblem(error: unknown): 'formBroken' | 'formNoQueue' | undefined {
  if (error instanceof SignUpConfigError) return 'formBroken';
  return error instanceof SignUpUnavailableError ? undefined : 'formNoQueue';
}

/** Whether a queued sign-up waits because the service said "not now" (5xx, 429) rather than the network. */
export function isRetrying(error: unknown): boolean {
  return error instanceof SignUpUnavailableError;
}
