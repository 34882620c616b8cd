// The feed's documented defaults in one place: the element's attributes fall back to them, and the
// store and fetcher use them when a caller leaves an option out.

/** Milliseconds for a whole feed request, retries included (`timeout`). */
export const defaultTimeout = 10_000;

/** Seconds cached papers count as fresh (`max-age`). */
export const defaultMaxAge = 3600;

/** The largest feed body accepted, in bytes; a larger one is refused while it streams in. */
export const defaultMaxBytes = 20 * 1024 * 1024;

/** Seconds to wait after a `429` that names no `Retry-After`. */
export const defaultRetryAfter = 60;

/** Upper bound for all cached feeds together, in characters of text. */
export const defaultMaxCacheSize = 10_000_000;

/** Backoff before each retry of a network error or a 5xx, in ms: two retries. */
export const defaultRetryDelays: readonly number[] = [400, 1200];

/** Milliseconds a storage operation may take before memory takes over for the session. */
export const defaultStorageTimeout = 1500;

/**
 * `value` when it is a finite number above 0, else `fallback`: how a numeric attribute such as
 * `timeout` reads a bad value (`NaN` from `timeout="soon"`, `0`, a negative number, `Infinity`).
 */
export function positiveOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `value` when it is a finite number of at least 0, else `fallback`: for `max-age`, where 0 means "always refresh". */
export function nonNegativeOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/**
 * What a feed request asks for: feeds first, JSON before XML, anything at all last. Catalogues that
 * negotiate (ORCID's public API answers XML unless asked for JSON) send the JSON the readers know.
 * Under 128 characters and free of the bytes CORS forbids, it stays a CORS-safelisted header: no
 * preflight request.
 */
export const feedAccept =
  'application/feed+json, application/json, application/atom+xml, application/rss+xml, application/xml;q=0.9, */*;q=0.8';
