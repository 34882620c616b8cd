import { loadSibling } from '../platform/load-sibling.script.js';
import type * as Implementation from './subscribe-form.implementation.js';

// The one-file bundle's stand-in for load-subscribe-form.ts (vite.config.ts swaps it in).

/** Loads the form's templates, styles and sign-up life cycle from their sibling file, paper-feed-subscribe.<hash>.js. */
export function loadSubscribeForm(): Promise<typeof Implementation> {
  return loadSibling('subscribe');
}
