// Catalogues often know only a paper's year, or its year and month. ISO 8601 writes those dates
// with reduced precision — "2021", "2021-03" — and so do the readers here: a full timestamp
// ("2021-01-01T00:00:00.000Z") would invent a day the source never gave. A whole day is written as
// every other reader writes one, the ISO date-time of its first instant in UTC.

const pad = (value: number) => String(value).padStart(2, '0');

/** A whole number from a number or a string of digits ("03"), else `undefined`. */
function part(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
  if (typeof value !== 'string' || !/^\s*\d{1,4}\s*$/.test(value)) return undefined;
  return Number(value);
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * The date as precise as its parts are valid: `"2021"` or `"2021-03"` (ISO 8601 dates of reduced
 * precision), or for a whole day `"2021-03-04T00:00:00.000Z"`; `undefined` without a year from
 * 1000 to 9999. A month outside 1–12 (or `0`, which some sources write for "unknown") leaves the year alone; a day that
 * month does not have leaves the year and month. Parts may be numbers or strings of digits.
 */
export function partialDate(year: unknown, month?: unknown, day?: unknown): string | undefined {
  const y = part(year);
  if (y === undefined || y < 1000 || y > 9999) return undefined;
  const m = part(month);
  if (m === undefined || m < 1 || m > 12) return String(y);
  const d = part(day);
  if (d === undefined || d < 1 || d > daysIn(y, m)) return `${y}-${pad(m)}`;
  return new Date(Date.UTC(y, m - 1, d)).toISOString();
}

/**
 * An ISO 8601 calendar date of any precision written as text — `2021`, `2021-03`, `2021-03-04`,
 * and `2021-00-00` (older Zotero answers) — as {@link partialDate} returns it. Anything else
 * (times, other separators, free text) is `undefined`.
 */
export function partialDateText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$/.exec(value);
  return match ? partialDate(match[1], match[2], match[3]) : undefined;
}
