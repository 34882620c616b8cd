import { loadSibling } from '../platform/load-sibling.script.js';
import type * as Virtualizer from './virtualizer.js';

// The one-file bundle's stand-in for load-virtualizer.ts (vite.config.ts swaps it in).

/** Loads the virtualizer on demand from its sibling file: only a feed showing hundreds of cards needs it. */
export function loadVirtualizer(): Promise<typeof Virtualizer> {
  return loadSibling('virtualizer');
}
