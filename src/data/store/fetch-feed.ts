import { FeedError } from '../feed-error.js';
import { parseFeed, type FeedFormat } from '../formats/detect.js';
import type { Feed } from '../paper.js';

export interface FetchFeedOptions {
  signal?: AbortSignal;
  /** Milliseconds before the request is given up as a `timeout`. */
  timeout?: number;
  format?: FeedFormat;
}

export const defaultTimeout = 10_000;

/**
 * Fetches and parses one feed. Rejects with a {@link FeedError} for every failure except an
 * abort through `signal`, which rejects with that signal's reason.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<Feed> {
  const { signal, timeout = defaultTimeout, format } = options;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response;
  let body: string;
  try {
    // `no-cache` makes the browser revalidate with its stored ETag itself, without a preflight.
    response = await fetch(url, { cache: 'no-cache', signal: combined });
    body = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (timer.aborted) {
      throw new FeedError('timeout', `The feed did not answer within ${Math.round(timeout / 1000)} seconds.`, {
        url,
        cause,
      });
    }
    throw new FeedError('network', 'The feed could not be reached. Check the connection and try again.', {
      url,
      cause,
    });
  }
  if (response.status === 429) {
    throw new FeedError('rate-limited', 'The feed is receiving too many requests; try again in a few minutes.', {
      url,
      status: response.status,
    });
  }
  if (!response.ok) {
    throw new FeedError('http', `The feed answered with an error (HTTP ${response.status}).`, {
      url,
      status: response.status,
    });
  }
  return parseFeed(body, format);
}
