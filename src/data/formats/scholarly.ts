import { FeedError } from '../feed-error.js';
import { isCrossref, readCrossref } from './crossref.js';
import { isOpenAlex, readOpenAlex } from './openalex.js';
import { isSemanticScholar, readSemanticScholar } from './semantic-scholar.js';
import type { ReadFeed } from './xml-feed.js';

/** One scholarly catalogue's reader: a cheap shape check on parsed JSON and the reading itself. */
export interface ScholarlyReader {
  format: string;
  is: (data: unknown) => boolean;
  read: (data: unknown, url?: string) => ReadFeed;
}

/** The catalogues' readers, in the order detection tries them. */
export const scholarlyReaders: readonly ScholarlyReader[] = [
  { format: 'openalex', is: isOpenAlex, read: readOpenAlex },
  { format: 'crossref', is: isCrossref, read: readCrossref },
  { format: 'semantic-scholar', is: isSemanticScholar, read: readSemanticScholar },
];

/**
 * Reads parsed JSON from a scholarly catalogue — as `format` says, or as its shape says for
 * `auto`. Loaded only when a feed's JSON is neither JSON Feed nor Hugging Face (detect.ts); in the
 * one-file bundle it is the sibling file `paper-feed-scholarly.<hash>.js`. Throws an
 * `unrecognized` {@link FeedError} when no reader knows the data.
 */
export function readScholarly(data: unknown, format: string, url: string | undefined): ReadFeed {
  const reader = scholarlyReaders.find((candidate) =>
    format === 'auto' ? candidate.is(data) : candidate.format === format,
  );
  if (!reader) {
    throw new FeedError('unrecognized', 'This address returned data, but not a feed paper-feed can read.', { url });
  }
  return reader.read(data, url);
}
