import { loadOnNeed } from '../../platform/missing-file.js';
import type * as Scholarly from './scholarly.js';

/** Loads the scholarly catalogues' readers on need: a page that reads only arXiv, Hugging Face or JSON Feed never fetches them. */
export function loadScholarlyReader(): Promise<typeof Scholarly> {
  return loadOnNeed('scholarly.js', () => import('./scholarly.js'));
}
