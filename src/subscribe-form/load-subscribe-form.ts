import { loadOnNeed } from '../platform/missing-file.js';
import type * as Implementation from './subscribe-form.implementation.js';

/** Loads what a `<subscribe-form>` does, once the first one is on the page. */
export function loadSubscribeForm(): Promise<typeof Implementation> {
  return loadOnNeed('subscribe-form.implementation.js', () => import('./subscribe-form.implementation.js'));
}
