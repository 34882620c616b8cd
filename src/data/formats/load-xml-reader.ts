import { loadOnNeed } from '../../platform/missing-file.js';
import type * as XmlFeed from './xml-feed.js';

/** Loads the XML readers on need: a page that reads only JSON feeds never fetches them. */
export function loadXmlReader(): Promise<typeof XmlFeed> {
  return loadOnNeed('xml-feed.js', () => import('./xml-feed.js'));
}
