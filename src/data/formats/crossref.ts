import type { Paper } from '../paper.js';
import { partialDate } from '../partial-date.js';
import { bareDoi } from '../doi.js';
import { cleanText, count, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import type { ReadFeed } from './xml-feed.js';

// Crossref REST API works: https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md
// (the work and its fields) and https://api.crossref.org/swagger-ui/index.html (`/works`,
// `/works/{doi}`: `{ status, message-type, message }`).

type Json = Record<string, unknown>;

/** True for a Crossref answer with works: `message-type` `work-list` (`message.items`) or `work`. */
export function isCrossref(data: unknown): boolean {
  if (!isObject(data) || !isObject(data.message)) return false;
  const type = data['message-type'];
  return type === 'work-list' ? Array.isArray(data.message.items) : type === 'work';
}

/**
 * Reads `api.crossref.org/works?…` (`message.items`) and `api.crossref.org/works/<doi>` (`message`
 * is the work). Works without a title are skipped.
 */
export function readCrossref(data: unknown, url?: string): ReadFeed {
  const message = isObject(data) && isObject(data.message) ? data.message : undefined;
  if (!message) return { papers: [] };
  const works = Array.isArray(message.items) ? message.items : [message];
  return { papers: papersFrom(works, (work) => (isObject(work) ? readWork(work, url) : undefined)) };
}

function readWork(work: Json, base: string | undefined): Paper | undefined {
  const title = Array.isArray(work.title)
    ? work.title.map((text) => plainText(text)).find(Boolean)
    : plainText(work.title);
  if (!title) return undefined;
  const links = Array.isArray(work.link) ? work.link.filter(isObject) : [];
  const pdf = links.find((link) => link['content-type'] === 'application/pdf');
  return toPaper(
    {
      id: bareDoi(cleanText(work.DOI)),
      title,
      abstract: jatsText(work.abstract),
      authors: Array.isArray(work.author) ? work.author.flatMap((author) => authorName(author) ?? []) : [],
      published: ['published', 'published-print', 'published-online', 'issued']
        .map((name) => dateOf(work[name]))
        .find(Boolean),
      citations: count(work['is-referenced-by-count']),
      doi: cleanText(work.DOI),
      venue: Array.isArray(work['container-title'])
        ? work['container-title'].map((text) => plainText(text)).find(Boolean)
        : undefined,
      url:
        safeUrl(work.URL, base) ??
        (isObject(work.resource) && isObject(work.resource.primary)
          ? safeUrl(work.resource.primary.URL, base)
          : undefined),
      pdfUrl: safeUrl(pdf?.URL, base),
    },
    'crossref',
  );
}

function authorName(author: unknown): string | undefined {
  if (!isObject(author)) return undefined;
  const name = [plainText(author.given), plainText(author.family)].filter(Boolean).join(' ');
  return name || plainText(author.name);
}

/** A Crossref partial date, `{ "date-parts": [[2021, 3, 15]] }`, as precise as its parts. */
function dateOf(value: unknown): string | undefined {
  if (!isObject(value) || !Array.isArray(value['date-parts'])) return undefined;
  const parts: unknown = value['date-parts'][0];
  return Array.isArray(parts) ? partialDate(parts[0], parts[1], parts[2]) : undefined;
}

// Publishers deposit abstracts in JATS, most opening with a heading that says "Abstract".
const abstractHeading = /^\s*<jats:title>\s*abstract\s*<\/jats:title>/i;

/** A JATS abstract (`<jats:p>…</jats:p>`) as plain text, without its "Abstract" heading. */
function jatsText(value: unknown): string | undefined {
  return typeof value === 'string' ? plainText(value.replace(abstractHeading, '')) : undefined;
}
