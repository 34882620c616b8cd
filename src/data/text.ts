/** Collapses runs of whitespace (feeds wrap titles and abstracts with hard line breaks). */
export function collapseWhitespace(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** A trimmed, whitespace-collapsed string, or `undefined` for anything empty or not a string. */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = collapseWhitespace(value);
  return text === '' ? undefined : text;
}

/** A finite, non-negative integer, or `undefined`. */
export function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** The value as an ISO 8601 string, or `undefined` when it is not a valid date. */
export function isoDate(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
