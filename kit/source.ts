import { readFile } from 'node:fs/promises';
import { FeedError } from '../src/data/feed-error.js';
import { decodeFeed } from '../src/data/formats/decode.js';
import type { FeedFormat } from '../src/data/formats/detect.js';
import { parseFeed } from '../src/data/formats/parse-feed.js';
import type { Feed } from '../src/data/paper.js';

export const sourceTimeout = 30_000;
export const maxSourceBytes = 20 * 1024 * 1024;

export interface SourceOptions {
  format: FeedFormat;
  /** A proxy the request goes through: `{url}` in it is replaced by the source's address (encoded), else the address is appended. */
  proxy?: string | undefined;
  timeout?: number | undefined;
}

/** True for an http(s) address; anything else names a file. */
export const isWebAddress = (source: string) => /^https?:\/\//i.test(source);

function proxied(url: string, proxy: string | undefined): string {
  if (!proxy) return url;
  const encoded = encodeURIComponent(url);
  return proxy.includes('{url}') ? proxy.replaceAll('{url}', encoded) : `${proxy}${encoded}`;
}

function failOnStatus(response: Response, url: string): void {
  if (response.ok) return;
  const { status } = response;
  if (status === 404 || status === 410) {
    throw new FeedError('not-found', 'There is no feed at this address (HTTP 404).', { url, status });
  }
  if (status === 429) {
    throw new FeedError('rate-limited', 'The feed server asked us to wait before trying again (HTTP 429).', {
      url,
      status,
    });
  }
  throw new FeedError('http', `The feed answered with an error (HTTP ${status}).`, { url, status });
}

async function readBody(response: Response, url: string): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      const chunk = read.value;
      size += chunk.byteLength;
      if (size > maxSourceBytes) {
        await reader.cancel();
        throw new FeedError(
          'too-large',
          `The feed is larger than ${maxSourceBytes / 1024 / 1024} MB, so it was not read.`,
          { url },
        );
      }
      chunks.push(chunk);
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/**
 * Fetches (or, for a path, reads) one feed and parses it with the same readers as the widget.
 * Rejects with a {@link FeedError} in the widget's words.
 */
export async function readSource(source: string, options: SourceOptions): Promise<Feed> {
  const { format, proxy, timeout = sourceTimeout } = options;
  if (!isWebAddress(source)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(source);
    } catch (cause) {
      throw new FeedError('not-found', `There is no file at ${source}.`, { url: source, cause });
    }
    return parseFeed(decodeFeed(bytes), { format });
  }
  const address = proxied(source, proxy);
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(address, {
      signal: AbortSignal.timeout(timeout),
      headers: {
        Accept:
          'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8',
      },
    });
    failOnStatus(response, source);
    bytes = await readBody(response, source);
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
    url: proxy ? source : response.url || source,
  });
}
