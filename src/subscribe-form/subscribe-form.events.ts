import type { SignUpOutcome } from '../data/subscribe/send-sign-up.js';

/**
 * Fired before a sign-up is sent. Cancel it (`preventDefault()`) to handle the sign-up yourself;
 * nothing is sent then.
 */
export class SubscribeFormSubmitEvent extends Event {
  static readonly type = 'subscribe-form-submit';
  readonly detail: { email: string; name?: string; fields: Record<string, string> };

  constructor(detail: SubscribeFormSubmitEvent['detail']) {
    super(SubscribeFormSubmitEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

/**
 * Fired when the endpoint accepted the sign-up (or said the reader is already subscribed) — also
 * when a sign-up queued earlier, on this page or a previous one, was delivered.
 */
export class SubscribeFormSuccessEvent extends Event {
  static readonly type = 'subscribe-form-success';
  readonly detail: { email: string; outcome: SignUpOutcome };

  constructor(detail: SubscribeFormSuccessEvent['detail']) {
    super(SubscribeFormSuccessEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * Fired when the sign-up could not be sent and waits in the outbox (offline, network failure,
 * timeout: a `SignUpNetworkError`; the service answered 5xx or 429: a `SignUpUnavailableError`);
 * it is retried on `online`, on the next page load and with backoff.
 */
export class SubscribeFormQueuedEvent extends Event {
  static readonly type = 'subscribe-form-queued';
  readonly detail: { email: string; error: unknown };

  constructor(detail: SubscribeFormQueuedEvent['detail']) {
    super(SubscribeFormQueuedEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when the sign-up failed; what the reader typed stays in the form. */
export class SubscribeFormErrorEvent extends Event {
  static readonly type = 'subscribe-form-error';
  readonly detail: { email: string; error: unknown };

  constructor(detail: SubscribeFormErrorEvent['detail']) {
    super(SubscribeFormErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'subscribe-form-submit': SubscribeFormSubmitEvent;
    'subscribe-form-success': SubscribeFormSuccessEvent;
    'subscribe-form-queued': SubscribeFormQueuedEvent;
    'subscribe-form-error': SubscribeFormErrorEvent;
  }
}
