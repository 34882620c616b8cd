import type { Paper } from '../paper.js';
import { cleanText, isoDate, plainText } from '../text.js';
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
