import { bareDoi } from '../doi.js';
import { paperLimits, type Paper } from '../paper.js';
import { cleanText, count, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { arxivId, isArxivUrl } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import type { ReadFeed } from './xml-feed.js';

// OpenAlex works: https://docs.openalex.org/api-entities/works/work-object (fields) and
// https://docs.openalex.org/api-entities/works/get-lists-of-works (`{ meta, results }`).

type Json = Record<string, unknown>;

const workId = /^https:\/\/openalex\.org\/W\d+$/i;

const isWork = (value: unknown): value is Json =>
  isObject(value) &&
  ((typeof value.id === 'string' && workId.test(value.id)) ||
    'authorships' in value ||
    'abstract_inverted_index' in value);

/** True for an OpenAlex list of works (`{ meta, results }`) or a single work. */
export function isOpenAlex(data: unknown): boolean {
  if (!isObject(data)) return false;
  if (isObject(data.meta) && Array.isArray(data.results)) return data.results.length === 0 || data.results.some(isWork);
  return isWork(data);
}

/**
 * Reads `api.openalex.org/works?…` (a list) and `api.openalex.org/works/<id>` (one work). Works
 * without a title are skipped; the abstract is rebuilt from its inverted index.
 */
export function readOpenAlex(data: unknown, url?: string): ReadFeed {
  if (!isObject(data)) return { papers: [] };
  const works = Array.isArray(data.results) ? data.results : [data];
  return { papers: papersFrom(works, (work) => (isObject(work) ? readWork(work, url) : undefined)) };
}

function readWork(work: Json, base: string | undefined): Paper | undefined {
  const title = titleOf(work.title) ?? titleOf(work.display_name);
  if (!title) return undefined;
  const primary = isObject(work.primary_location) ? work.primary_location : {};
  const best = isObject(work.best_oa_location) ? work.best_oa_location : {};
  const openAccess = isObject(work.open_access) ? work.open_access : {};
  const source = isObject(primary.source) ? primary.source : {};
  const doi = cleanText(work.doi);
  const bare = bareDoi(doi);
  const landing = safeUrl(primary.landing_page_url, base);
  const locations = Array.isArray(work.locations) ? work.locations.filter(isObject) : [];
  const onArxiv = [primary, best, ...locations]
    .map((location) => safeUrl(location.landing_page_url, base))
    .find((page) => isArxivUrl(page));
  const shortId =
    typeof work.id === 'string' && workId.test(work.id) ? work.id.slice(work.id.lastIndexOf('/') + 1) : undefined;
  return toPaper(
    {
      id: (onArxiv && arxivId(onArxiv)) ?? shortId,
      title,
      abstract: invertedAbstract(work.abstract_inverted_index),
      authors: Array.isArray(work.authorships)
        ? work.authorships.flatMap((authorship) =>
            isObject(authorship) && isObject(authorship.author)
              ? (plainText(authorship.author.display_name) ?? [])
              : [],
          )
        : [],
      published: isoDate(work.publication_date),
      citations: count(work.cited_by_count),
      doi,
      venue: plainText(source.display_name),
      url: landing ?? (bare ? `https://doi.org/${bare}` : undefined) ?? safeUrl(work.id),
      pdfUrl: safeUrl(primary.pdf_url, base) ?? safeUrl(best.pdf_url, base) ?? pdfOnly(openAccess.oa_url, base),
    },
    'openalex',
  );
}

// A work without a title has `null` there; a copy that went through a careless export has "null".
const titleOf = (value: unknown) => {
  const title = plainText(value);
  return title === 'null' ? undefined : title;
};

/** `open_access.oa_url` may be a landing page; only one that names a PDF is taken as the PDF. */
function pdfOnly(value: unknown, base: string | undefined): string | undefined {
  const link = safeUrl(value, base);
  return link && /\.pdf(?:[?#]|$)/i.test(link) ? link : undefined;
}

// Words of an abstract at most: each takes a character and a space at the least.
const maxWords = paperLimits.abstract / 2;

/**
 * The abstract an inverted index (`{ word: [positions] }`) stands for. Positions at or past the
 * most words an abstract can hold are ignored, so a hostile index (`{ "x": [1e9] }`) costs no
 * more than its own size; the words are joined in position order, up to the abstract's limit.
 */
export function invertedAbstract(index: unknown): string | undefined {
  if (!isObject(index)) return undefined;
  const words: (string | undefined)[] = [];
  let last = -1;
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const position of positions) {
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position >= maxWords) continue;
      while (last < position) words[++last] = undefined;
      words[position] = word;
    }
  }
  let text = '';
  for (const word of words) {
    if (word === undefined || word === '') continue;
    text += text ? ` ${word}` : word;
    if (text.length > paperLimits.abstract) break;
  }
  return cleanText(text);
}
