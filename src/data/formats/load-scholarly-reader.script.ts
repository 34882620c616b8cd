import { loadSibling } from '../../platform/load-sibling.script.js';
import type * as Scholarly from './scholarly.js';

// The one-file bundle's stand-in for load-scholarly-reader.ts (vite.config.ts swaps it in).

/** Loads the scholarly readers from their sibling file, paper-feed-scholarly.<hash>.js, when a feed needs them. */
export function loadScholarlyReader(): Promise<typeof Scholarly> {
  return loadSibling('scholarly');
}
