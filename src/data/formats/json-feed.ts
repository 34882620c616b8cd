import { feedSources, type Paper, type PaperSource } from '../paper.js';
import { paperDate } from '../partial-date.js';
import { cleanText, count, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';

/** True for a JSON Feed (1.0 or 1.1): an object whose `version` names jsonfeed.org, with `items`. */
export function isJsonFeed(data: unknown): boolean {
  return isObject(data) && typeof data.version === 'string' && data.version.includes('jsonfeed.org');
}

/**
 * Reads JSON Feed 1.1, with the habits of 1.0 feeds: a single `author`, numeric ids, items without
 * a title (a title is then made from the text). Relative URLs resolve against `home_page_url`,
 * then the feed's URL.
 */
export function readJsonFeed(data: unknown, feedUrl?: string): Paper[] {
  if (!isObject(data) || !Array.isArray(data.items)) return [];
  const base = safeUrl(data.home_page_url, feedUrl) ?? feedUrl;
  const feedAuthors = authors(data);
  return papersFrom(data.items, (item) => (isObject(item) ? readItem(item, base, feedAuthors) : undefined));
}

export function jsonFeedTitle(data: unknown): string | undefined {
  return isObject(data) ? plainText(data.title) : undefined;
}

function authors(object: Record<string, unknown>): string[] {
  const list = Array.isArray(object.authors) ? object.authors : [object.author];
  return list.flatMap((author) => (isObject(author) ? (plainText(author.name) ?? []) : []));
}

function readItem(item: Record<string, unknown>, base: string | undefined, feedAuthors: string[]): Paper | undefined {
  if (isObject(item._paper)) return readPaperExtension(item._paper, base);
  const itemAuthors = authors(item);
  const attachments = Array.isArray(item.attachments) ? item.attachments.filter(isObject) : [];
  const pdf = attachments.find((attachment) => attachment.mime_type === 'application/pdf');
  const id = typeof item.id === 'number' && Number.isFinite(item.id) ? String(item.id) : cleanText(item.id);
  return toPaper(
    {
      id,
      title: plainText(item.title),
      abstract: plainText(item.summary) ?? plainText(item.content_text) ?? plainText(item.content_html),
      authors: itemAuthors.length ? itemAuthors : feedAuthors,
      tags: Array.isArray(item.tags) ? item.tags.map((tag) => plainText(tag)) : [],
      published: isoDate(item.date_published),
      updated: isoDate(item.date_modified),
      url: safeUrl(item.url, base) ?? safeUrl(item.external_url, base),
      pdfUrl: safeUrl(pdf?.url, base),
      thumbnail: safeUrl(item.image, base) ?? safeUrl(item.banner_image, base),
    },
    'json-feed',
  );
}

/** Which readers a `_paper` may name as its source; any other reads as `json-feed`. */
const readerSources = new Set<PaperSource>(feedSources);

const texts = (value: unknown) => (Array.isArray(value) ? value.map((item) => cleanText(item)) : []);

/**
 * The whole paper a feed written by the feed kit (`paper-feed snapshot`) keeps in each item's
 * `_paper` extension: upvotes, comments, links, organisation, AI summary, DOI, citations and venue
 * that JSON Feed has no field for; a date of reduced precision (`2021`, `2021-03`) stays so. Its fields are plain text (never markup) and pass the rules every feed's do.
 */
function readPaperExtension(paper: Record<string, unknown>, base: string | undefined): Paper | undefined {
  const source = readerSources.has(paper.source as PaperSource) ? (paper.source as PaperSource) : 'json-feed';
  return toPaper(
    {
      id: cleanText(paper.id),
      title: cleanText(paper.title),
      abstract: cleanText(paper.abstract),
      authors: texts(paper.authors).flatMap((author) => author ?? []),
      tags: texts(paper.tags),
      published: paperDate(paper.published),
      updated: isoDate(paper.updated),
      upvotes: count(paper.upvotes),
      comments: count(paper.comments),
      url: safeUrl(paper.url, base),
      pdfUrl: safeUrl(paper.pdfUrl, base),
      codeUrl: safeUrl(paper.codeUrl, base),
      projectUrl: safeUrl(paper.projectUrl, base),
      thumbnail: safeUrl(paper.thumbnail, base),
      organization: cleanText(paper.organization),
      aiSummary: cleanText(paper.aiSummary),
      githubStars: count(paper.githubStars),
      doi: cleanText(paper.doi),
      citations: count(paper.citations),
      venue: cleanText(paper.venue),
    },
    source,
  );
}
