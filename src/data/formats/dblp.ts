import type { Paper } from '../paper.js';
import { cleanText, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { isArxivUrl } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import { partialDate } from '../partial-date.js';
import type { ReadFeed } from './xml-feed.js';

type Json = Record<string, unknown>;

/** DBLP's JSON is converted from XML: a list of one comes as the item itself, not in an array. */
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** True for an answer of DBLP's search API with `format=json`: `{ result: { hits: { … } } }`. */
export function isDblp(data: unknown): boolean {
  return isObject(data) && isObject(data.result) && isObject(data.result.hits);
}

/**
 * Reads DBLP's publication search (`https://dblp.org/search/publ/api?q=…&format=json`): title,
 * authors, year, venue, DOI and the electronic edition (`ee`) as the link — the arXiv one when
 * there is one, so an arXiv preprint listed in CoRR is the same paper as in an arXiv feed. DBLP
 * has no abstracts. Hits without a title are skipped.
 */
export function readDblp(data: unknown): ReadFeed {
  if (!isDblp(data)) return { papers: [] };
  const hits = ((data as Json).result as Json).hits as Json;
  return {
    papers: papersFrom(list(hits.hit), (hit) => (isObject(hit) && isObject(hit.info) ? readInfo(hit.info) : undefined)),
  };
}

function readInfo(info: Json): Paper | undefined {
  const title = dblpTitle(plainText(info.title));
  if (!title) return undefined;
  const editions = list(info.ee).flatMap((ee) => safeUrl(ee) ?? []);
  const record = safeUrl(info.url);
  return toPaper(
    {
      id: record ?? cleanText(info.key),
      title,
      authors: list(isObject(info.authors) ? info.authors.author : undefined).flatMap((author) => {
        const name = cleanText(isObject(author) ? author.text : author);
        return name ? withoutHomonymNumber(name) : [];
      }),
      published: partialDate(info.year),
      url: editions.find(isArxivUrl) ?? editions[0] ?? record,
      doi: cleanText(info.doi),
      venue: list(info.venue)
        .map((venue) => cleanText(venue))
        .find(Boolean),
    },
    'dblp',
  );
}

/** DBLP ends every title with a full stop ("Attention Is All You Need."); the title has none. */
function dblpTitle(title: string | undefined): string | undefined {
  if (!title?.endsWith('.') || title.endsWith('..')) return title;
  return cleanText(title.slice(0, -1));
}

/**
 * The name without the number DBLP adds to tell people of the same name apart ("Wei Wang 0001"):
 * always four digits after a space.
 */
function withoutHomonymNumber(name: string): string {
  return / \d{4}$/.test(name) && name.length > 5 ? name.slice(0, -5) : name;
}
