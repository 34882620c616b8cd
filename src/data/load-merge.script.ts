import { loadSibling } from '../platform/load-sibling.script.js';
import type * as Merge from './merge.js';

// The one-file bundle's stand-in for load-merge.ts (vite.config.ts swaps it in).

/** Loads the merging of several sources from its sibling file, paper-feed-merge.<hash>.js, when a feed has several. */
export function loadMerge(): Promise<typeof Merge> {
  return loadSibling('merge');
}
