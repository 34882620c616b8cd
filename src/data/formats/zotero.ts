import type { Paper } from '../paper.js';
import { cleanText, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { bareDoi } from '../doi.js';
import { arxivAbsUrl, arxivId } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import { partialDate, partialDateText } from '../partial-date.js';
import type { ReadFeed } from './xml-feed.js';

type Json = Record<string, unknown>;

// Child items, not works: a library's notes, attached files and PDF annotations.
const skippedTypes = new Set(['note', 'attachment', 'annotation']);

// Where each item type keeps the name of the journal, proceedings, conference or book it is in.
const venueFields = ['publicationTitle', 'proceedingsTitle', 'conferenceName', 'bookTitle'] as const;

const isItem = (item: unknown): item is Json & { data: Json } =>
  isObject(item) && isObject(item.data) && 'itemType' in item.data;

/**
 * True for the items of a Zotero library as the web API writes them with `format=json`: an array
 * of objects, each with its fields in `data` (which has an `itemType`) beside `key` and `version`
 * — or one such object, the answer for a single item (`/items/<key>`).
 */
export function isZotero(data: unknown): boolean {
  return Array.isArray(data) ? data.some(isItem) : isItem(data) && 'key' in data;
}

/**
 * Reads the items of a Zotero user or group library (`https://api.zotero.org/users/<id>/items?format=json`,
 * `/groups/<id>/items/top`, a collection's items): title, creators, abstract, date, link, DOI and
 * where it appeared; also a single item (`/items/<key>`). Notes, attachments and annotations are
 * skipped, and so are items without a title.
 */
export function readZotero(data: unknown): ReadFeed {
  const items = Array.isArray(data) ? data : isItem(data) ? [data] : [];
  return { papers: papersFrom(items, (item) => (isItem(item) ? readItem(item, item.data) : undefined)) };
}

function readItem(item: Json, fields: Json): Paper | undefined {
  if (typeof fields.itemType === 'string' && skippedTypes.has(fields.itemType)) return undefined;
  const title = plainText(fields.title);
  if (!title) return undefined;
  const extra = typeof fields.extra === 'string' ? fields.extra : '';
  const meta = isObject(item.meta) ? item.meta : {};
  const doi = bareDoi(cleanText(fields.DOI)) ?? bareDoi(extraField(extra, 'DOI'));
  const arxiv = arxivId(cleanText(fields.archiveID)) ?? arxivId(extraField(extra, 'arXiv'));
  const page = safeUrl(fields.url) ?? (arxiv ? arxivAbsUrl(arxiv) : undefined);
  const alternate = link(item.links, 'alternate');
  return toPaper(
    {
      id: alternate ?? cleanText(item.key) ?? cleanText(fields.key),
      title,
      abstract: plainText(fields.abstractNote),
      authors: creators(fields.creators),
      tags: Array.isArray(fields.tags) ? fields.tags.map(manualTag) : [],
      published: partialDateText(meta.parsedDate) ?? zoteroDate(fields.date),
      url: page ?? (doi ? safeUrl(`https://doi.org/${doi}`) : undefined) ?? alternate,
      doi,
      venue: venueFields.reduce<string | undefined>((found, name) => found ?? plainText(fields[name]), undefined),
    },
    'zotero',
  );
}

/** A link from the item's `links` (`{ alternate: { href } }`): the item's page on zotero.org. */
function link(links: unknown, rel: string): string | undefined {
  const entry = isObject(links) ? links[rel] : undefined;
  return isObject(entry) ? safeUrl(entry.href) : undefined;
}

/**
 * The authors among the creators — or, for an item with none (an edited book, a film), every
 * creator. A creator is `{ firstName, lastName }` or, in single-field mode, `{ name }`.
 */
function creators(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const people = value.filter(isObject);
  const authors = people.filter((person) => person.creatorType === 'author');
  return (authors.length ? authors : people).flatMap((person) => {
    const name =
      cleanText(person.name) ?? cleanText(`${cleanText(person.firstName) ?? ''} ${cleanText(person.lastName) ?? ''}`);
    return name ?? [];
  });
}

/** A tag someone gave the item (type 0); those a database added on import (type 1) are left out. */
function manualTag(tag: unknown): string | undefined {
  if (!isObject(tag) || (tag.type !== undefined && tag.type !== 0)) return undefined;
  return cleanText(tag.tag);
}

/**
 * A `Field: value` line of `extra`, where Zotero keeps fields an item type lacks ("DOI: 10.…" on a
 * preprint or a book section, "arXiv: 2101.00001").
 */
function extraField(extra: string, name: string): string | undefined {
  for (const line of extra.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name.toLowerCase()) {
      return cleanText(line.slice(colon + 1));
    }
  }
  return undefined;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Zotero's `date` as people type it, when the API gave no `meta.parsedDate`: an ISO date of any
 * precision, an English month and year ("March 2021", "Mar. 2021"), else the year alone. Day and
 * month orders that differ between countries ("3/4/2021") keep only the year: never a guessed day.
 */
function zoteroDate(value: unknown): string | undefined {
  const text = cleanText(value);
  if (!text || text.length > 100) return undefined;
  const iso = partialDateText(text) ?? /^(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (typeof iso === 'string') return iso;
  if (iso) return partialDate(iso[1], iso[2], iso[3]);
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(text)?.[1];
  const month = /\b([a-z]{3})[a-z]*\.?\s+(?:\d{1,2},?\s+)?\d{4}(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  const index = month ? months.indexOf(month) : -1;
  return partialDate(year, index >= 0 ? index + 1 : undefined);
}
