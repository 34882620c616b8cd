import { loadOnNeed } from '../platform/missing-file.js';
import type * as Merge from './merge.js';

/** Loads the merging of several sources on need: a feed of one source never fetches it. */
export function loadMerge(): Promise<typeof Merge> {
  return loadOnNeed('merge.js', () => import('./merge.js'));
}
