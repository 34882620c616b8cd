import { FeedError } from '../feed-error.js';
import type { Feed } from '../paper.js';
import { isHuggingFace, parseHuggingFace } from './hugging-face.js';

/** Formats the readers understand; `auto` picks one from the content. */
export type FeedFormat = 'auto' | 'hugging-face';

export const feedFormats: readonly FeedFormat[] = ['auto', 'hugging-face'];

/**
 * Turns a feed body into a {@link Feed}. Throws a {@link FeedError} of kind `parse` for a body
 * that cannot be read at all and `unrecognized` for one in no format we know.
 */
export function parseFeed(body: string, format: FeedFormat = 'auto'): Feed {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    throw new FeedError('parse', 'The feed could not be read: it is not valid JSON.', { cause });
  }
  if (format === 'hugging-face' || isHuggingFace(data)) {
    return { papers: parseHuggingFace(data) };
  }
  throw new FeedError('unrecognized', 'The feed is in a format paper-feed does not recognize.');
}
