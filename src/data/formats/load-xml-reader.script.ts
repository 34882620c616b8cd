import { loadSibling } from '../../platform/load-sibling.script.js';
import type * as XmlFeed from './xml-feed.js';

// The one-file bundle's stand-in for load-xml-reader.ts (vite.config.ts swaps it in).

/** Loads the XML readers from their sibling file, paper-feed-xml.<hash>.js, when a feed needs them. */
export function loadXmlReader(): Promise<typeof XmlFeed> {
  return loadSibling('xml');
}
