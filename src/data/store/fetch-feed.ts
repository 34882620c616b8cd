import { defaultMaxBytes, defaultTimeout, feedAccept } from '../defaults.js';
import { FeedError } from '../feed-error.js';
import { decodeFeed } from '../formats/decode.js';
import { readFeed, xmlReaderFor, type FeedFormat } from '../formats/detect.js';
import type { Feed } from '../paper.js';
import { formatWait } from '../../i18n/format.js';
import { maxFeedWait, retryAfterSeconds } from '../retry-after.js';

export interface FetchFeedOptions {
  signal?: AbortSignal | undefined;
  /** Milliseconds before the request is given up as a `timeout`. */
  timeout?: number | undefined;
  format?: FeedFormat | undefined;
  /** The largest body accepted, in bytes; a larger one is refused while it streams in. */
  maxBytes?: number | undefined;
  /** The feed's own address, when fetched through a proxy: relative links resolve against it. */
  baseUrl?: string | undefined;
}

export { defaultMaxBytes, defaultTimeout } from '../defaults.js';

/**
 * Fetches, decodes and parses one feed. Rejects with a {@link FeedError} for every failure except
 * an abort through `signal`, which rejects with that signal's reason.
 */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<Feed> {
  const { signal, timeout = defaultTimeout, format, maxBytes = defaultMaxBytes, baseUrl } = options;
  const timer = AbortSignal.timeout(timeout);
  const combined = signal ? AbortSignal.any([signal, timer]) : timer;
  let response: Response | undefined;
  let bytes: Uint8Array;
  // When the format is known before the body arrives, its reader loads in parallel with the fetch.
  let xmlReader = xmlReaderFor({ format, url: baseUrl ?? url });
  try {
    // `no-cache` makes the browser revalidate with its stored ETag itself, without a preflight.
    response = await fetch(url, { cache: 'no-cache', signal: combined, headers: { Accept: feedAccept } });
    failOnStatus(response, url);
    xmlReader ??= xmlReaderFor({ contentType: response.headers.get('Content-Type') ?? '' });
    bytes = await readBody(response, maxBytes, url);
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (cause instanceof FeedError) throw cause;
    if (timer.aborted) {
      throw new FeedError('timeout', `The feed did not answer within ${secondsText(timeout / 1000)}.`, { url, cause });
    }
    // Only a request that got no response at all can be a CORS refusal; a body cut short is not.
    const error = await networkError(url, cause, response === undefined, combined);
    if (signal?.aborted) throw signal.reason;
    throw error;
  }
  return readFeed(decodeFeed(bytes, response.headers.get('Content-Type') ?? ''), {
    format,
    url: baseUrl ?? (response.url || url),
    contentType: response.headers.get('Content-Type') ?? undefined,
    xmlReader,
  });
}

/**
 * A fetch that fails outright: offline; a redirect that cannot be followed; or, online, for a
 * feed on another origin, most often the server not allowing other sites to read it (CORS) — the
 * browser does not say which, so the message names both and the remedy for the first.
 */
async function networkError(url: string, cause: unknown, noResponse: boolean, signal: AbortSignal): Promise<FeedError> {
  if (!navigator.onLine) {
    return new FeedError('network', 'You appear to be offline, so the feed could not be loaded.', { url, cause });
  }
  const host = new URL(url, location.href).host;
  if (noResponse && cause instanceof TypeError) {
    const redirect = await redirectFailure(url, signal);
    if (redirect === 'unfollowable') {
      return new FeedError(
        'redirect',
        'The feed address redirects where no feed can come from: to a non-web address (such as javascript: or data:), ' +
          'in a loop, or to a server that does not answer.',
        { url, cause },
      );
    }
    if (redirect === 'unreadable') {
      return new FeedError(
        'cors',
        `The feed at ${host} redirects to a server that does not let other sites read it (CORS). ` +
          'Set src to where it redirects, or use the proxy attribute.',
        { url, cause },
      );
    }
    if (new URL(url, location.href).origin !== location.origin) {
      return new FeedError(
        'cors',
        `This page could not read the feed at ${host}: its server does not let other sites read it (CORS), or it is down. ` +
          'If the address opens in a browser tab, set the proxy attribute to a proxy that adds CORS headers.',
        { url, cause },
      );
    }
  }
  return new FeedError('network', 'The feed could not be reached. Check the connection and try again.', { url, cause });
}

/**
 * Whether a request that got no response failed at a redirect. Browsers hide a redirect's target
 * from scripts, and their TypeError reads the same for every failure ("Failed to fetch",
 * "NetworkError when attempting to fetch resource.", "Load failed"), so two more requests ask:
 * does the address answer with a redirect at all (`redirect: 'manual'`), and does the chain end at
 * a server that answers (`no-cors` follows it to another origin without CORS)? A target that is
 * not http(s), a loop and a dead end all fail both ways: page script cannot tell them apart.
 */
async function redirectFailure(url: string, signal: AbortSignal): Promise<'unfollowable' | 'unreadable' | undefined> {
  try {
    const first = await fetch(url, { redirect: 'manual', cache: 'no-store', signal });
    await first.body?.cancel();
    if (first.type !== 'opaqueredirect') return undefined;
  } catch {
    return undefined;
  }
  try {
    const followed = await fetch(url, { mode: 'no-cors', cache: 'no-store', signal });
    await followed.body?.cancel();
    return followed.type === 'opaque' ? 'unreadable' : undefined;
  } catch {
    return signal.aborted ? undefined : 'unfollowable';
  }
}

/** Throws the {@link FeedError} for an answer that is not a feed: 404, a wait asked for, any other error status. */
export function failOnStatus(response: Response, url: string): void {
  if (response.ok) return;
  const { status } = response;
  if (status === 404 || status === 410) {
    throw new FeedError('not-found', 'There is no feed at this address (HTTP 404).', { url, status });
  }
  if (status === 429 || status === 503) {
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After'), maxFeedWait);
    if (status === 429 || retryAfter !== undefined) {
      const wait = retryAfter === undefined ? 'a little while' : formatWait(retryAfter, 'en');
      throw new FeedError('rate-limited', `The feed server asked us to wait ${wait} before trying again.`, {
        url,
        status,
        retryAfter,
      });
    }
  }
  throw new FeedError('http', `The feed answered with an error (HTTP ${status}).`, { url, status });
}

function secondsText(seconds: number): string {
  const rounded = Math.round(seconds);
  return rounded === 1 ? '1 second' : `${rounded} seconds`;
}

/** The answer's bytes, refused as `too-large` once they pass `maxBytes` (by its length, or as they stream in). */
export async function readBody(response: Response, maxBytes: number, url: string): Promise<Uint8Array> {
  const tooLarge = () =>
    new FeedError(
      'too-large',
      `The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB, so it was not loaded.`,
      {
        url,
      },
    );
  if (Number(response.headers.get('Content-Length') ?? 0) > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
