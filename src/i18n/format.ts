import type { Period } from '../data/period.js';
import { attributeOf, rootNodeOf } from '../platform/dom.js';

/** The language of the page around `element`, crossing shadow roots, falling back to the browser's. */
export function localeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    // The nearest [lang] may be a page's <form>, whose own getAttribute a field can shadow.
    const scope = node.closest('[lang]');
    const lang = scope && attributeOf(scope, 'lang');
    if (lang && isValidLocale(lang)) return lang;
    const root = rootNodeOf(node);
    node = root instanceof ShadowRoot ? root.host : null;
  }
  // WebKitGTK reports the POSIX locale ("C") when the environment sets none.
  return isValidLocale(navigator.language) ? navigator.language : 'en';
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const countFormats = new Map<string, Intl.NumberFormat>();

// A Paper's date is a year (`2021`), a month (`2021-03`) or a day with its time: told by its length.
const precisions: Record<number, Intl.DateTimeFormatOptions> = {
  4: { year: 'numeric' },
  7: { year: 'numeric', month: 'short' },
};

/**
 * A paper date for people: "Jun 23, 2024" — or "Mar 2021" and "2021" for a date the catalogue
 * knows only to the month or year (`2021-03`, `2021`), never a made-up first day. Feeds give dates
 * at UTC midnight, so they are shown in UTC — a reader west of Greenwich would otherwise see the day before.
 */
export function formatDate(iso: string, locale: string): string {
  const precision = precisions[iso.length] ?? { dateStyle: 'medium' };
  const key = `${iso.length} ${locale}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...precision, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(iso));
}

/** A compact count: 1.2K, 15K. */
export function formatCount(value: number, locale: string): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A whole count in full, grouped as the page's language groups digits: 1,234 · 1.234 · ١٬٢٣٤. */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const listFormats = new Map<string, Intl.ListFormat>();

/**
 * A list of `length` items joined as `locale` joins one — "A, B, C" in English, "A, B und C" in
 * German, "A、B、C" in Chinese, "A وB وC" in Arabic — as the separators (strings) and the items'
 * indexes (numbers) in order, so each item can be rendered as markup of its own.
 */
export function listParts(length: number, locale: string): (string | number)[] {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' });
    listFormats.set(locale, format);
  }
  const indexes = Array.from({ length }, (_, index) => String(index));
  return format.formatToParts(indexes).map((part) => (part.type === 'element' ? Number(part.value) : part.value));
}

const ageFormats = new Map<string, Intl.RelativeTimeFormat>();
const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long ago `time` was, for people: "5 minutes ago", "3 hours ago", "now". */
export function formatAge(time: number, locale: string, now = Date.now()): string {
  let format = ageFormats.get(locale);
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    ageFormats.set(locale, format);
  }
  const elapsed = Math.max(0, now - time);
  for (const [unit, size] of units) {
    if (elapsed >= size) return format.format(-Math.floor(elapsed / size), unit);
  }
  return format.format(0, 'second');
}

const periodFormats = new Map<string, Intl.DateTimeFormat>();

function periodFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = periodFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    periodFormats.set(key, format);
  }
  return format;
}

/**
 * A dated feed's day, week or month for people: "Saturday, Dec 13", "the week of Dec 8",
 * "December 2025" — with the year when it is not this one.
 */
export function formatPeriod(
  period: Period,
  locale: string,
  weekOf: (day: string) => string,
  now = new Date(),
): string {
  const { unit, start } = period;
  if (unit === 'month') return periodFormat(locale, { month: 'long', year: 'numeric' }).format(start);
  const year = start.getUTCFullYear() === now.getFullYear() ? undefined : 'numeric';
  if (unit === 'week') return weekOf(periodFormat(locale, { month: 'short', day: 'numeric', year }).format(start));
  return periodFormat(locale, { weekday: 'long', month: 'short', day: 'numeric', year }).format(start);
}

const waitFormats = new Map<string, Intl.NumberFormat>();

/**
 * A wait for people, rounded up: "45 seconds", "5 minutes", "1 hour", "1.5 hours". Seconds below a
 * minute and a half, whole minutes below an hour, hours to a tenth after that.
 */
export function formatWait(seconds: number, locale: string): string {
  const wait = Math.max(0, seconds);
  const [unit, value] =
    wait < 90
      ? ['second', Math.ceil(wait)]
      : wait < 3600
        ? ['minute', Math.ceil(wait / 60)]
        : ['hour', Math.ceil(wait / 360) / 10];
  const key = `${locale} ${unit}`;
  let format = waitFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
    waitFormats.set(key, format);
  }
  return format.format(value);
}

const prepared = new Set<string>();

/**
 * Builds the formatters a card uses for `locale` ahead of need, in a task of its own, once per
 * locale: the page's first Intl formatter loads ICU's data (25–45 ms in Chromium on a first visit,
 * the others 0.5–6 ms each), time better spent while the feed is on the network than between its
 * arrival and the first card.
 */
export function prepareFormats(locale: string): void {
  if (prepared.has(locale)) return;
  prepared.add(locale);
  setTimeout(() => {
    formatDate('2025-01-01', locale);
    formatCount(1, locale);
    listParts(2, locale);
    formatAge(0, locale);
  });
}
