import { domParser } from './dom-parser.js';

// Any whitespace but a single inner space: only then is there something to collapse. Testing
// first keeps the common case (an abstract already on one line) from copying the string.
const untidy = /[^\S ]| {2}/;

/** Collapses runs of whitespace (feeds wrap titles and abstracts with hard line breaks). */
export function collapseWhitespace(value: string): string {
  const tidy = !value.startsWith(' ') && !value.endsWith(' ') && !untidy.test(value);
  return tidy ? value : value.replace(/\s+/g, ' ').trim();
}

/**
 * `text` cut to at most `max` characters (UTF-16 code units), ending in "…" when cut. The cut never
 * falls between the two halves of a surrogate pair, so an emoji or a rare CJK character is kept
 * whole or left out, never turned into a broken character.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

/**
 * The most characters of one value a reader looks at: ten times the longest field a paper keeps
 * (an abstract's 20,000 characters), room for markup and whitespace that cleaning removes. Reading
 * no further bounds what one field can cost, however large the feed makes it.
 */
export const maxFieldInput = 200_000;

const bounded = (value: string) => (value.length > maxFieldInput ? truncate(value.trimStart(), maxFieldInput) : value);

/**
 * A trimmed, whitespace-collapsed, well-formed string (lone surrogates become U+FFFD), or
 * `undefined` for anything empty or not a string. Numbers are not strings here: a feed that sends
 * one where text belongs gets nothing. Only the first {@link maxFieldInput} characters are read.
 */
export function cleanText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const input = bounded(value);
  const text = collapseWhitespace(input.isWellFormed() ? input : input.toWellFormed());
  return text === '' ? undefined : text;
}

// Elements whose end is a break between words when markup is read as text.
const blocks = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table td th tr ul'.split(
    ' ',
  ),
);

// The same for JATS, the markup of Crossref's abstracts (its elements keep their `jats:` prefix).
const jatsBlocks = new Set(['jats:p', 'jats:sec', 'jats:title', 'jats:list-item']);

// Markup is only looked for where there is some: a tag (`<p>`, `</a>`, `<br/>`, JATS's `<jats:p>`)
// or a character reference (`&amp;`, `&#106;`). A lone `<` in an abstract's maths ("$a<b$") stays text.
const markup = /<\/?[a-z][a-z0-9:-]*(?:[\s/][^<>]*)?>|&(?:#\d+;?|#x[\da-f]+;?|[a-z][a-z\d]*;)/i;

/**
 * The text of a string that may hold HTML (escaped markup in an RSS title, an abstract with
 * `<p>`s): tags removed, entities decoded, blocks separated, scripts and styles dropped, whitespace
 * collapsed. The markup is parsed into an inert document (nothing runs or loads) and only its text
 * is kept: it is never inserted anywhere as markup. Only the first {@link maxFieldInput} characters
 * are read.
 */
export function plainText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const input = bounded(value);
  if (!markup.test(input)) return cleanText(input);
  const { body } = domParser().parseFromString(input, 'text/html');
  for (const hidden of body.querySelectorAll('script, style, template, noscript, iframe, object')) hidden.remove();
  for (const element of body.querySelectorAll('*')) {
    if (blocks.has(element.localName) || jatsBlocks.has(element.localName)) element.after(' ');
  }
  return cleanText(body.textContent);
}

/** A finite, non-negative integer (also from a string of digits), or `undefined`. */
export function count(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0 ? number : undefined;
}

// Numbers are taken as epoch milliseconds only from 1973 on: smaller ones could as well be seconds.
const smallestEpochMilliseconds = 1e11;

/**
 * The value as an ISO 8601 string, or `undefined` when it is not a date we can read without
 * guessing. Reads RFC 3339 / ISO 8601, RFC 822 (`Wed, 22 Oct 2025 00:00:00 -0400`), a space
 * instead of the `T`, and epoch milliseconds. A date-time without an offset is taken as UTC, so a
 * feed reads the same in every reader's time zone.
 */
export function isoDate(value: unknown): string | undefined {
  let time: number;
  if (typeof value === 'number') {
    time = value >= smallestEpochMilliseconds ? value : NaN;
  } else if (typeof value === 'string') {
    // The longest date we read, `Wednesday, 22 October 2025 00:00:00 +0000`, is far shorter.
    if (value.length > 100) return undefined;
    let text = value.trim();
    const isoLocal = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(text);
    if (isoLocal) text = `${isoLocal[1]}T${isoLocal[2]}Z`;
    else text = text.replace(/^(\d{4}-\d{2}-\d{2}) (\d)/, '$1T$2');
    time = text === '' ? NaN : Date.parse(text);
  } else {
    return undefined;
  }
  // Numbers past ±8.64e15 ms are no date at all, and years outside 1000–9999 no paper's.
  const date = new Date(time);
  const year = date.getUTCFullYear();
  return Number.isNaN(year) || year < 1000 || year > 9999 ? undefined : date.toISOString();
}
