import { defaultRetryAfter, defaultRetryDelays, defaultTimeout, positiveOr } from '../defaults.js';
import { FeedError } from '../feed-error.js';
import type { FeedFormat } from '../formats/detect.js';
import type { Paper } from '../paper.js';
import { safeUrl } from '../url-safety.js';
import { fetchFeed } from './fetch-feed.js';

/** One feed as the network is asked for it. */
export interface FeedRequest {
  /** The feed's own address: relative links resolve against it. */
  url: string;
  /** What is fetched: `url`, or the proxy with `url` put in ({@link proxiedUrl}). */
  address: string;
  format?: FeedFormat | undefined;
  /** Milliseconds for the whole attempt, retries included. */
  timeout?: number | undefined;
}

/** Papers as the network gave them, and when. */
export interface Fetched {
  papers: Paper[];
  /** Epoch ms. */
  fetchedAt: number;
}

export interface FeedFetcherOptions {
  /** Backoff before each retry, ms. */
  retryDelays?: readonly number[] | undefined;
  /** The server asked to wait `retryAfter` seconds before asking `address` again; awaited before the load fails. */
  onWait?: ((address: string, retryAfter: number) => Promise<void> | void) | undefined;
}

interface Flight {
  promise: Promise<Fetched>;
  controller: AbortController;
  waiting: number;
  /** Runs once when the request succeeds, before any caller hears of it: the cache write, started. */
  fetched: ((fetched: Fetched) => void) | undefined;
}

/**
 * `proxy` made absolute against `base` (the page's base URI: `/proxy?u={url}` is the page's own
 * server), with `{url}` kept in place; `undefined` when it is not an http(s) URL.
 */
export function resolveProxy(proxy: string, base: string | undefined): string | undefined {
  // A marker the URL parser keeps as it is (braces in a path would be percent-encoded).
  const marker = 'paper-feed-url-marker';
  return safeUrl(proxy.replaceAll('{url}', marker), base)?.replaceAll(marker, '{url}');
}

/** `proxy` with the feed's URL put in: `{url}` replaced (encoded), or the URL appended. */
export function proxiedUrl(url: string, proxy: string | undefined): string {
  if (!proxy) return url;
  const encoded = encodeURIComponent(url);
  return proxy.includes('{url}') ? proxy.replaceAll('{url}', encoded) : `${proxy}${encoded}`;
}

/**
 * Where a feed is kept apart from the others: its address, and the format it was read as when one
 * was forced (the same address read as `rss` and as `arxiv-rss` gives different papers). A space
 * never occurs in a URL's `href`, so no address can stand for another's key.
 */
export function feedKey(url: string, format: FeedFormat | undefined): string {
  return format && format !== 'auto' ? `${url} ${format}` : url;
}

const abortable = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason as Error);
      },
      { once: true },
    );
  });

/**
 * The network side of the store: one request per address and format however many callers wait
 * (cached or not), bounded retries with backoff for network errors and 5xx, one overall timeout,
 * and a server's `Retry-After` reported so that it is honoured. The request is aborted once every
 * caller has given up.
 */
export class FeedFetcher {
  readonly #flights = new Map<string, Flight>();
  readonly #retryDelays: readonly number[];
  readonly #onWait: FeedFetcherOptions['onWait'];

  constructor(options: FeedFetcherOptions = {}) {
    this.#retryDelays = options.retryDelays ?? defaultRetryDelays;
    this.#onWait = options.onWait;
  }

  /**
   * Papers for `request`, joining the flight already under way for the same address and format.
   * `fetched` runs once per flight when it succeeds (the first caller to give one is heard).
   */
  fetch(request: FeedRequest, signal?: AbortSignal, fetched?: (result: Fetched) => void): Promise<Fetched> {
    const key = feedKey(request.address, request.format);
    let flight = this.#flights.get(key);
    if (!flight) {
      const controller = new AbortController();
      const started: Flight = { promise: Promise.resolve() as never, controller, waiting: 0, fetched: undefined };
      started.promise = this.#attempts(request, controller.signal).then((papers) => {
        const result = { papers, fetchedAt: Date.now() };
        started.fetched?.(result);
        return result;
      });
      flight = started;
      this.#flights.set(key, flight);
      const settled = () => {
        if (this.#flights.get(key) === started) this.#flights.delete(key);
      };
      flight.promise.then(settled, settled);
    }
    flight.fetched ??= fetched;
    return this.#wait(flight, signal);
  }

  /** Waits for a shared flight; the request is aborted once every caller has given up. */
  #wait(flight: Flight, signal: AbortSignal | undefined): Promise<Fetched> {
    flight.waiting += 1;
    if (!signal) return flight.promise;
    return new Promise((resolve, reject) => {
      const leave = () => {
        flight.waiting -= 1;
        if (flight.waiting === 0) flight.controller.abort(signal.reason);
        reject(signal.reason as Error);
      };
      if (signal.aborted) {
        leave();
        return;
      }
      signal.addEventListener('abort', leave, { once: true });
      flight.promise.then(resolve, reject).finally(() => {
        signal.removeEventListener('abort', leave);
      });
    });
  }

  async #attempts(request: FeedRequest, signal: AbortSignal): Promise<Paper[]> {
    const { url, address, format } = request;
    const timeout = positiveOr(request.timeout, defaultTimeout);
    const deadline = Date.now() + timeout;
    for (let attempt = 0; ; attempt++) {
      try {
        const remaining = Math.max(1, deadline - Date.now());
        return (await fetchFeed(address, { signal, format, timeout: remaining, baseUrl: url })).papers;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (error instanceof FeedError && error.kind === 'rate-limited') {
          await this.#onWait?.(address, error.retryAfter ?? defaultRetryAfter);
        }
        const delay = this.#retryDelays[attempt];
        if (delay === undefined || !retryable(error) || Date.now() + delay >= deadline) throw error;
        await abortable(delay, signal);
      }
    }
  }
}

function retryable(error: unknown): boolean {
  if (!(error instanceof FeedError)) return false;
  return error.kind === 'network' || (error.kind === 'http' && (error.status ?? 0) >= 500 && error.status !== 501);
}
