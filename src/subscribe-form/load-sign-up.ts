import { loadOnNeed } from '../platform/missing-file.js';
import type * as SignUpDelivery from './sign-up-delivery.js';

/** Loads the outbox, the providers and the sending on need: a form nobody uses never fetches them. */
export function loadSignUp(): Promise<typeof SignUpDelivery> {
  return loadOnNeed('sign-up-delivery.js', () => import('./sign-up-delivery.js'));
}
