// Its own module: the feed store and the sign-up outbox both read the header, and a page with only
// <subscribe-form> should not carry the feed fetcher to get it.

/** The longest a feed server may make the widget wait, in seconds: an hour, a feed's usual `maxAge`. */
export const maxFeedWait = 3600;

/**
 * The longest a sign-up endpoint may park a sign-up, in seconds: a day. Longer, and the reader who
 * was told "we'll keep trying" has long stopped expecting the confirmation email.
 */
export const maxSignUpWait = 86_400;

// RFC 9110's "Sun, 06 Nov 1994 08:49:37 GMT" and the obsolete "Sunday, 06-Nov-94 08:49:37 GMT" (asctime's
// form names no zone, so browsers would read it as local time). Anything else is no date, whatever
// Date.parse makes of it ("12" is December 2001 to Chromium).
const httpDate = /^[A-Z][a-z]{2,8}, \d{2}[ -][A-Z][a-z]{2}[ -]\d{2,4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * `Retry-After` as whole seconds from now, at most `max`: it is either a number of seconds or an
 * HTTP date (a past one is 0). `undefined` when absent or neither.
 */
export function retryAfterSeconds(value: string | null, max: number, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  // Digits only: 400 of them are a number too large for a double (Infinity), still capped to `max`.
  if (/^\d+$/.test(text)) return Math.min(Number(text), max);
  if (!httpDate.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.min(Math.max(0, Math.ceil((date - now) / 1000)), max);
}

/** An epoch-ms time the widget stored earlier, no later than `max` seconds from now (a stored value predates the cap, or is garbage). */
export function cappedTime(stored: unknown, max: number, now = Date.now()): number {
  return typeof stored === 'number' && Number.isFinite(stored) ? Math.min(stored, now + max * 1000) : 0;
}
