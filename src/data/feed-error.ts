/** What went wrong while loading a feed, coarse enough to pick a message and a remedy. */
export type FeedErrorKind =
  'invalid-url' | 'network' | 'http' | 'cors' | 'parse' | 'unrecognized' | 'rate-limited' | 'timeout' | 'too-large';

export interface FeedErrorDetails {
  url?: string;
  status?: number;
  cause?: unknown;
}

/** A typed failure of the feed data layer. `message` is written for the person reading the page. */
export class FeedError extends Error {
  override name = 'FeedError';
  readonly kind: FeedErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;

  constructor(kind: FeedErrorKind, message: string, details: FeedErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
  }
}
