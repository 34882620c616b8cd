import * as SignUpDelivery from './sign-up-delivery.js';

// load-sign-up.ts inside the sibling paper-feed-subscribe.<hash>.js (vite.config.ts swaps it in):
// the outbox and the sending are in the same file, so nothing is left to load.

/** The outbox, the providers and the sending, which came in this file. */
export function loadSignUp(): Promise<typeof SignUpDelivery> {
  return Promise.resolve(SignUpDelivery);
}
