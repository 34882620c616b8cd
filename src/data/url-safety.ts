import { plainText } from './text.js';

const allowedProtocols = new Set(['http:', 'https:']);

function resolve(value: string, base: string | undefined): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/**
 * Returns `value` as an absolute http(s) URL, resolved against `base`, or `undefined` when it is
 * empty, malformed or uses any other scheme (`javascript:`, `data:`, `vbscript:` …) — in any case,
 * with leading spaces, embedded tabs or newlines (the URL parser removes those, as a browser
 * would), or hidden behind character references (`&#106;avascript:`), which a page that decoded
 * them once more would run.
 *
 * Lit escapes text but writes a bound `href` unchanged, so every URL from a feed or an attribute
 * passes through here before it reaches a template.
 */
export function safeUrl(value: unknown, base?: string): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const url = resolve(value.trim(), base);
  if (!url || !allowedProtocols.has(url.protocol)) return undefined;
  // The same value with its character references decoded, or with whitespace and control
  // characters removed (a reader that collapsed "java\tscript:" to "java script:"), must not turn
  // into another scheme either.
  const disguises = [
    value.includes('&') ? plainText(value) : undefined,
    /[\s\p{Cc}]/u.test(value) ? value.replace(/[\s\p{Cc}]+/gu, '') : undefined,
  ];
  for (const disguise of disguises) {
    const revealed = disguise === undefined ? undefined : resolve(disguise, base);
    if (revealed && !allowedProtocols.has(revealed.protocol)) return undefined;
  }
  return url.href;
}
