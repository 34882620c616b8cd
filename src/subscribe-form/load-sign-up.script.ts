import { loadSibling } from '../platform/load-sibling.script.js';
import type * as SignUpDelivery from './sign-up-delivery.js';

// The one-file bundle's stand-in for load-sign-up.ts (vite.config.ts swaps it in).

/** Loads the outbox, the providers and the sending from their sibling file, paper-feed-sign-up.<hash>.js. */
export function loadSignUp(): Promise<typeof SignUpDelivery> {
  return loadSibling('sign-up');
}
