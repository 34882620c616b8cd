import type { Feed } from '../paper.js';
import { parseWith, type ParseOptions } from './detect.js';
import { readScholarly } from './scholarly.js';
import { readXmlFeed } from './xml-feed.js';

/**
 * Turns a feed body into a {@link Feed} at once, every reader in hand: detects the format (unless
 * `format` says), reads it, and keeps each paper once. Throws a `FeedError`: `parse` for a body
 * that cannot be read (truncated JSON, malformed XML, an entity bomb) and `unrecognized` for a web
 * page or JSON / XML in no feed format — never an empty feed for those. The elements use
 * `readFeed` (detect.ts) instead, which loads the XML and scholarly readers only for a body that
 * needs them; this module imports them, so nothing on the elements' path imports it.
 */
export function parseFeed(body: string, options: ParseOptions = {}): Feed {
  return parseWith(body, options, readXmlFeed, readScholarly);
}
