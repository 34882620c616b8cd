import type { Paper } from '../paper.js';
import { partialDate } from '../partial-date.js';
import { cleanText, count, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { arxivAbsUrl, arxivId } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import type { ReadFeed } from './xml-feed.js';

// Semantic Scholar Graph API: https://api.semanticscholar.org/api-docs/graph — `/paper/search`
// (`{ total, offset, next, data }`), `/paper/search/bulk` (`{ total, token, data }`),
// `/author/{id}/papers` (`{ offset, next, data }`), `POST /paper/batch` (an array, `null` for an
// id it does not know), `/paper/{id}` (one paper); `/paper/{id}/citations` and `/references` wrap
// each paper in `citingPaper` / `citedPaper`.

type Json = Record<string, unknown>;

const wrapped = (entry: Json): unknown => entry.citingPaper ?? entry.citedPaper ?? entry;
const isPaper = (value: unknown): value is Json =>
  isObject(value) && (typeof value.paperId === 'string' || isObject(value.citingPaper) || isObject(value.citedPaper));

/**
 * True for a Semantic Scholar Graph API answer about papers: a page of them (`data`), a batch (an
 * array of papers and `null`s) or one paper — each paper known by its `paperId`.
 */
export function isSemanticScholar(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(isPaper) && data.every((entry) => entry === null || isObject(entry));
  if (!isObject(data)) return false;
  if (Array.isArray(data.data))
    return data.data.length === 0 ? 'total' in data || 'next' in data : data.data.some(isPaper);
  return isPaper(data);
}

/** Reads the Graph API's paper search, an author's papers, a paper batch or one paper. */
export function readSemanticScholar(data: unknown, url?: string): ReadFeed {
  const entries = Array.isArray(data) ? data : isObject(data) && Array.isArray(data.data) ? data.data : [data];
  return {
    papers: papersFrom(entries, (entry) => {
      const paper = isObject(entry) ? wrapped(entry) : undefined;
      return isObject(paper) ? readPaper(paper, url) : undefined;
    }),
  };
}

function readPaper(paper: Json, base: string | undefined): Paper | undefined {
  const title = plainText(paper.title);
  if (!title) return undefined;
  const ids = isObject(paper.externalIds) ? paper.externalIds : {};
  const arxiv = arxivId(cleanText(ids.ArXiv));
  const journal = isObject(paper.journal) ? paper.journal : {};
  const openAccessPdf = isObject(paper.openAccessPdf) ? paper.openAccessPdf : {};
  return toPaper(
    {
      id: arxiv ?? cleanText(paper.paperId),
      title,
      abstract: plainText(paper.abstract),
      authors: Array.isArray(paper.authors)
        ? paper.authors.flatMap((author) => (isObject(author) ? (plainText(author.name) ?? []) : []))
        : [],
      published: isoDate(paper.publicationDate) ?? partialDate(paper.year),
      citations: count(paper.citationCount),
      doi: cleanText(ids.DOI),
      venue: plainText(paper.venue) ?? plainText(journal.name),
      // An arXiv paper links to arXiv, as from every other source; the rest to Semantic Scholar's page.
      url: arxiv ? arxivAbsUrl(arxiv) : safeUrl(paper.url, base),
      pdfUrl: safeUrl(openAccessPdf.url, base),
    },
    'semantic-scholar',
  );
}
