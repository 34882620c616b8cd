import { loadOnNeed } from '../platform/missing-file.js';
import type * as Virtualizer from './virtualizer.js';

/** Loads the virtualizer on demand: only a feed showing hundreds of cards needs it. */
export function loadVirtualizer(): Promise<typeof Virtualizer> {
  return loadOnNeed('virtualizer.js', () => import('./virtualizer.js'));
}
