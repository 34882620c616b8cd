import { isoDate } from './text.js';

// Catalogues know many papers' dates only to the year or the month (Crossref's `date-parts`
// `[[2021]]` or `[[2021, 3]]`, Semantic Scholar's `year`). ISO 8601 writes those with reduced
// precision, `2021` and `2021-03`, and that is what a Paper keeps: a made-up first of January would
// show a day nobody published on. Date.parse reads both forms (ECMAScript's date format allows
// them) as the period's first instant, so sorting needs nothing else.

const reduced = /^(\d{4})(?:-(\d{2}))?$/;

const part = (value: unknown, min: number, max: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : typeof value === 'string' && /^\d{1,4}$/.test(value) && Number(value) >= min && Number(value) <= max
      ? Number(value)
      : undefined;

/**
 * A date from its parts, as precise as they are: `2021`, `2021-03`, or for a whole day the ISO
 * date-time every reader gives (`2021-03-15T00:00:00.000Z`). `undefined` without a year from 1000
 * to 9999; a month or day that does not exist ends the precision there (`[2021, 2, 30]` is `2021-02`).
 */
export function partialDate(year: unknown, month?: unknown, day?: unknown): string | undefined {
  const y = part(year, 1000, 9999);
  if (y === undefined) return undefined;
  const m = part(month, 1, 12);
  if (m === undefined) return String(y);
  const yearMonth = `${y}-${String(m).padStart(2, '0')}`;
  const d = part(day, 1, 31);
  if (d === undefined) return yearMonth;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 ? date.toISOString() : yearMonth;
}

/**
 * A date as {@link isoDate} reads it, or one with reduced precision (`2021`, `2021-03`) kept as
 * it is: what a Paper's `published` may hold, read back from a feed the kit wrote.
 */
export function paperDate(value: unknown): string | undefined {
  if (typeof value === 'string') {
    const match = reduced.exec(value.trim());
    if (match) return partialDate(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]));
  }
  return isoDate(value);
}

/** The precision of a Paper's date: a year, a month, or a day (with any time). */
export function datePrecision(value: string): 'year' | 'month' | 'day' {
  const match = reduced.exec(value);
  return !match ? 'day' : match[2] === undefined ? 'year' : 'month';
}
