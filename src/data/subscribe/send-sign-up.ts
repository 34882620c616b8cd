import { maxSignUpWait, retryAfterSeconds } from '../retry-after.js';
import type { SignUpRequest } from './providers.js';

/** How a sign-up ended, as far as the page can tell. */
export type SignUpOutcome = 'success' | 'pending-confirmation' | 'already-subscribed' | 'invalid' | 'error';

/** The request never got an answer: the network failed (`network`) or the answer took too long (`timeout`). */
export class SignUpNetworkError extends Error {
  constructor(
    readonly kind: 'network' | 'timeout',
    options?: ErrorOptions,
  ) {
    super(
      kind === 'timeout'
        ? 'The sign-up endpoint did not answer in time.'
        : 'The sign-up endpoint could not be reached.',
      options,
    );
    this.name = 'SignUpNetworkError';
  }
}

/**
 * The endpoint answered that it cannot take the sign-up now — a 5xx, or 429 (too many requests) —
 * which is no refusal: the sign-up may be retried with the same key, after `retryAfter` seconds
 * when the answer said how long (`Retry-After`, at most a day) and the page may read that header.
 */
export class SignUpUnavailableError extends Error {
  constructor(
    readonly status: number,
    readonly retryAfter?: number,
  ) {
    super(`The sign-up endpoint cannot take sign-ups right now (HTTP ${status}).`);
    this.name = 'SignUpUnavailableError';
  }
}

export interface SendOptions {
  /** One key per sign-up, so a retried request is not counted twice by the endpoint. */
  idempotencyKey?: string;
  /** Milliseconds before giving up on an answer (default 10000). */
  timeout?: number;
}

/**
 * Posts one sign-up and reads the answer the way providers give it: 2xx is success (202 means a
 * confirmation email is on its way), 409 already subscribed, 400/422 an address the provider
 * refused, anything else (another 4xx) `error`: a refusal. A response the page may not read
 * (opaque, redirected) is reported as `pending-confirmation`, never as a false error. No answer
 * rejects with a {@link SignUpNetworkError}, and an answer that says "not now" (5xx, 429) with a
 * {@link SignUpUnavailableError}: either way the sign-up may be retried with the same key.
 */
export async function sendSignUp(request: SignUpRequest, options: SendOptions = {}): Promise<SignUpOutcome> {
  const { idempotencyKey, timeout = 10_000 } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (request.cors && idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  let body: string | URLSearchParams = new URLSearchParams(request.body);
  if (request.encoding === 'json') {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(request.body);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort();
  }, timeout);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: 'POST',
      headers,
      body,
      mode: request.cors ? 'cors' : 'no-cors',
      signal: controller.signal,
    });
  } catch (error) {
    throw new SignUpNetworkError(controller.signal.aborted ? 'timeout' : 'network', { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.redirected) {
    return 'pending-confirmation';
  }
  const { status } = response;
  if (status === 202) return 'pending-confirmation';
  if (response.ok) return 'success';
  if (status === 409) return 'already-subscribed';
  if (status >= 500 || status === 429) {
    throw new SignUpUnavailableError(status, retryAfterSeconds(response.headers.get('Retry-After'), maxSignUpWait));
  }
  return status === 400 || status === 422 ? 'invalid' : 'error';
}
