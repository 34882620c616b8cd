/**
 * The day, ISO week or month a dated feed shows — Hugging Face's `?date=2025-12-13`,
 * `?week=2025-W50` and `?month=2025-12`. Calendar dates without a time, computed in UTC so a
 * reader's time zone never shifts a day.
 */
export type PeriodUnit = 'date' | 'week' | 'month';
export const periodUnits: readonly PeriodUnit[] = ['date', 'week', 'month'];

export interface Period {
  unit: PeriodUnit;
  /** Canonical text: `2025-12-13`, `2025-W50` or `2025-12`. */
  value: string;
  /** The first day of the period, at UTC midnight. */
  start: Date;
}

const dayMs = 86_400_000;
const patterns: Record<PeriodUnit, RegExp> = {
  date: /^(\d{4})-(\d{2})-(\d{2})$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
};

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** Monday of ISO week 1: the week that holds January 4th. */
function firstIsoMonday(year: number): Date {
  const january4 = new Date(Date.UTC(year, 0, 4));
  return new Date(january4.getTime() - ((january4.getUTCDay() + 6) % 7) * dayMs);
}

function isoWeekOf(day: Date): { year: number; week: number } {
  // The ISO year is the year of the week's Thursday.
  const thursday = new Date(day.getTime() + (3 - ((day.getUTCDay() + 6) % 7)) * dayMs);
  const year = thursday.getUTCFullYear();
  return { year, week: 1 + Math.floor((thursday.getTime() - firstIsoMonday(year).getTime()) / (7 * dayMs)) };
}

/** The period that starts on (or holds) `day`, in `unit`. */
export function periodOf(unit: PeriodUnit, day: Date): Period {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth();
  if (unit === 'month') {
    return { unit, value: `${pad(year, 4)}-${pad(month + 1)}`, start: new Date(Date.UTC(year, month, 1)) };
  }
  const date = new Date(Date.UTC(year, month, day.getUTCDate()));
  if (unit === 'date') return { unit, value: date.toISOString().slice(0, 10), start: date };
  const iso = isoWeekOf(date);
  const monday = new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * dayMs);
  return { unit, value: `${pad(iso.year, 4)}-W${pad(iso.week)}`, start: monday };
}

/**
 * Reads `2025-12-13` / `2025-W50` / `2025-12`; `today` means the reader's current day, week or
 * month. Anything else — `2025-13-40`, `2025-W54`, `yesterday` — is `undefined`.
 */
export function parsePeriod(unit: PeriodUnit, text: string | null | undefined, now = new Date()): Period | undefined {
  const trimmed = text?.trim() ?? '';
  if (trimmed.toLowerCase() === 'today') return currentPeriod(unit, now);
  const match = patterns[unit].exec(trimmed);
  if (!match) return undefined;
  const [year, second, third] = match.slice(1).map(Number) as [number, number, number?];
  if (year < 1970) return undefined;
  let start: Date;
  if (unit === 'week') {
    start = new Date(firstIsoMonday(year).getTime() + (second - 1) * 7 * dayMs);
  } else {
    start = new Date(Date.UTC(year, second - 1, third ?? 1));
  }
  const period = periodOf(unit, start);
  // Date.UTC rolls 2025-02-30 over to March: only a value that reads back the same is real.
  return period.value === trimmed ? period : undefined;
}

/** Today's period in the reader's own calendar (their local date). */
export function currentPeriod(unit: PeriodUnit, now = new Date()): Period {
  return periodOf(unit, new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

/** The period `steps` away: -1 is the day, week or month before. */
export function shiftPeriod(period: Period, steps: number): Period {
  const { unit, start } = period;
  if (unit === 'month')
    return periodOf(unit, new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + steps, 1)));
  return periodOf(unit, new Date(start.getTime() + steps * (unit === 'week' ? 7 : 1) * dayMs));
}

/** True when `period` starts after the reader's current one: there are no papers from the future. */
export function isFuture(period: Period, now = new Date()): boolean {
  return period.start > currentPeriod(period.unit, now).start;
}
