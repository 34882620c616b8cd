// English — the bundle's own language and most pages' — formatted without Intl. A page's first Intl
// formatter loads ICU's data: 20–90 ms in Chromium on a first visit (measured with
// scripts/profile-first-card.mjs), and it stood between the feed's arrival and the first card. Each
// function gives what Intl gives for `en` and `en-US` (test/elements/english-format.test.ts compares
// them over many values), or `undefined` outside the range it knows, where Intl is asked.

/** Whether `locale` is one whose formats these functions give: `en` or `en-US`. */
export function isPlainEnglish(locale: string): boolean {
  const tag = locale.toLowerCase();
  return tag === 'en' || tag === 'en-us';
}

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `dateStyle: 'medium'` in UTC: "Jun 23, 2024" (years 1–9999). */
export function englishDate(date: Date): string | undefined {
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) return undefined;
  return `${months[date.getUTCMonth()]} ${date.getUTCDate()}, ${year}`;
}

const countUnits: [number, string][] = [
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];

/** `notation: 'compact'` with at most one decimal: 999, 1.2K, 15K, 1M (whole numbers below 10¹⁵). */
export function englishCount(value: number): string | undefined {
  if (!Number.isSafeInteger(value) || value < 0 || value >= 1e15) return undefined;
  if (value < 1000) return String(value);
  for (const [index, [size, suffix]] of countUnits.entries()) {
    if (value >= size * 1000 && index < countUnits.length - 1) continue;
    // Tenths of the unit, half rounded up as Intl does; the division is exact at every half.
    const tenths = Math.round(value / (size / 10));
    // 999,950 is 1000.0K to a tenth: Intl says 1M.
    if (tenths >= 10_000 && index < countUnits.length - 1) continue;
    const whole = Math.floor(tenths / 10);
    return `${whole}${tenths % 10 ? `.${tenths % 10}` : ''}${suffix}`;
  }
  return undefined;
}

/** A narrow conjunction's parts for `length` items: "A, B, C" as [0, ', ', 1, ', ', 2]. */
export function englishListParts(length: number): (string | number)[] {
  const parts: (string | number)[] = [];
  for (let index = 0; index < length; index++) parts.push(...(index ? [', ', index] : [index]));
  return parts;
}

/** `numeric: 'auto'` for `value` (≤ 0, above −1000) `unit`s: "now", "5 minutes ago", "yesterday". */
export function englishAge(value: number, unit: 'second' | 'minute' | 'hour' | 'day'): string | undefined {
  if (!Number.isInteger(value) || value > 0 || value <= -1000) return undefined;
  if (value === 0) return unit === 'second' ? 'now' : undefined;
  if (value === -1 && unit === 'day') return 'yesterday';
  const count = -value;
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}
