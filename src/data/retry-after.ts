// Its own module: the feed store and the sign-up outbox both read the header, and a page with only
// <subscribe-form> should not carry the feed fetcher to get it.

/** `Retry-After` as seconds from now: it is either a number of seconds or an HTTP date. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
