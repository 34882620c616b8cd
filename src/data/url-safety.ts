const allowedProtocols = new Set(['http:', 'https:']);

/**
 * Returns `value` as an absolute http(s) URL, resolved against `base`, or `undefined` when it is
 * empty, malformed or uses any other scheme (`javascript:`, `data:`, …).
 *
 * Lit escapes text but writes a bound `href` unchanged, so every URL from a feed or an attribute
 * passes through here before it reaches a template.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed, base);
  } catch {
    return undefined;
  }
  return allowedProtocols.has(url.protocol) ? url.href : undefined;
}
