import { MissingFileError } from '../platform/missing-file.js';
/** What went wrong while loading a feed, coarse enough to pick a message and a remedy. */
export type FeedErrorKind =
  | 'network'
  | 'timeout'
  | 'http'
  | 'not-found'
  | 'rate-limited'
  | 'cors'
  | 'redirect'
  | 'parse'
  | 'unrecognized'
  | 'too-large'
  | 'unsafe-url'
  | 'missing-file';

export interface FeedErrorDetails {
  url?: string | undefined;
  status?: number | undefined;
  /** For `rate-limited`: how long the server asked us to wait, in seconds, when it said. */
  retryAfter?: number | undefined;
  /** For `missing-file`: the file that could not be loaded (a sibling of the one-file bundle). */
  file?: string | undefined;
  cause?: unknown;
}

/** A typed failure of the feed data layer. `message` is written for the person reading the page. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly retryAfter: number | undefined;
  readonly file: string | undefined;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.file = details.file;
  }
}

/**
 * What `loading` brings — a file loaded on need, such as a sibling of the one-file bundle. A
 * failed load is a `missing-file` FeedError for the feed at `url`, its message `says(file)` with
 * the file that could not be loaded (or `fallback` when the failure named none).
 */
export async function loadedForFeed<T>(
  loading: Promise<T>,
  says: (file: string) => string,
  url: string | undefined,
  fallback: string,
): Promise<T> {
  try {
    return await loading;
  } catch (cause) {
    const file = cause instanceof MissingFileError ? cause.file : fallback;
    throw new FeedError('missing-file', says(file), { url, file, cause });
  }
}
