import { readFile } from 'node:fs/promises';
import { FeedError } from '../src/data/feed-error.js';
import { decodeFeed } from '../src/data/formats/decode.js';
import type { FeedFormat } from '../src/data/formats/detect.js';
import { parseFeed } from '../src/data/formats/parse-feed.js';
import { defaultMaxBytes, feedAccept } from '../src/data/defaults.js';
import { failOnStatus, readBody } from '../src/data/store/fetch-feed.js';
import { proxiedUrl } from '../src/data/store/feed-fetcher.js';
import type { Feed } from '../src/data/paper.js';
import { politeUrl } from '../src/data/polite-url.js';
import { withApiKey, type Environment } from './keys.js';

export const sourceTimeout = 30_000;

export interface SourceOptions {
  format: FeedFormat;
  /** A proxy the request goes through: `{url}` in it is replaced by the source's address (encoded), else the address is appended. */
  proxy?: string | undefined;
  timeout?: number | undefined;
  /** Added as `mailto=` to Crossref and OpenAlex requests. */
  mailto?: string | undefined;
  /** Where API keys are read from ({@link withApiKey}); none are sent through a proxy. */
  env?: Environment | undefined;
}

/** True for an http(s) address; anything else names a file. */
export const isWebAddress = (source: string) => /^https?:\/\//i.test(source);

/**
 * Fetches (or, for a path, reads) one feed and parses it with the same readers as the widget.
 * Rejects with a {@link FeedError} in the widget's words.
 */
export async function readSource(source: string, options: SourceOptions): Promise<Feed> {
  const { format, proxy, timeout = sourceTimeout, mailto, env = {} } = options;
  if (!isWebAddress(source)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(source);
    } catch (cause) {
      throw new FeedError('not-found', `There is no file at ${source}.`, { url: source, cause });
    }
    return parseFeed(decodeFeed(bytes), { format });
  }
  const polite = politeUrl(source, mailto);
  // A key goes to its own catalogue only, never to a proxy in between.
  const keyed = proxy ? { url: polite, headers: {} } : withApiKey(polite, env);
  const address = proxiedUrl(keyed.url, proxy);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(address, {
      signal: AbortSignal.timeout(timeout),
      headers: {
        Accept: feedAccept,
        ...keyed.headers,
      },
    });
    failOnStatus(response, source);
    bytes = await readBody(response, defaultMaxBytes, source);
  } catch (cause) {
    if (cause instanceof FeedError) throw cause;
    if (cause instanceof DOMException && cause.name === 'TimeoutError') {
      throw new FeedError('timeout', `The feed did not answer within ${timeout / 1000} seconds.`, {
        url: source,
        cause,
      });
    }
    throw new FeedError(
      'network',
      'The feed could not be reached. Check the address and the connection, and try again.',
      {
        url: source,
        cause,
      },
    );
  }
  const contentType = response.headers.get('Content-Type') ?? '';
  return parseFeed(decodeFeed(bytes, contentType), {
    format,
    contentType,
    // The address answered (after redirects), unless it carries a key or was a proxy's.
    url: proxy || keyed.url !== polite ? source : response.url || source,
  });
}
