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
