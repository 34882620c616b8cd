import type { Paper } from '../src/data/paper.js';
import { fileUrl, type SnapshotInfo } from './site.js';

/** Where the `_paper` extension is described (JSON Feed asks each extension for an `about` link): the README's "Feed kit". */
export const paperExtensionAbout = 'https://www.npmjs.com/package/paper-feed#feed-kit';

function item(paper: Paper): Record<string, unknown> {
  const entry: Record<string, unknown> = { id: paper.id, title: paper.title };
  if (paper.url) entry.url = paper.url;
  if (paper.abstract) {
    entry.summary = paper.abstract;
    entry.content_text = paper.abstract;
  } else {
    entry.content_text = paper.title;
  }
  // JSON Feed dates are RFC 3339: a year or month (`2021`, `2021-03`) is written as its first
  // instant there, and kept as it is in `_paper`.
  if (paper.published) entry.date_published = new Date(paper.published).toISOString();
  if (paper.updated) entry.date_modified = paper.updated;
  if (paper.authors.length) entry.authors = paper.authors.map((name) => ({ name }));
  if (paper.tags.length) entry.tags = paper.tags;
  if (paper.thumbnail) entry.image = paper.thumbnail;
  if (paper.pdfUrl) entry.attachments = [{ url: paper.pdfUrl, mime_type: 'application/pdf' }];
  entry._paper = { about: paperExtensionAbout, ...paper };
  return entry;
}

/**
 * The snapshot as JSON Feed 1.1. Each item has the fields every JSON Feed reader knows, and the
 * whole {@link Paper} in `_paper`, so `<paper-feed src=".../feed.json">` reads back exactly the
 * papers the source had.
 */
export function jsonFeed(info: SnapshotInfo): string {
  const feed: Record<string, unknown> = { version: 'https://jsonfeed.org/version/1.1', title: info.title };
  if (info.siteUrl) feed.home_page_url = info.siteUrl;
  const self = fileUrl(info, 'feed.json');
  if (self) feed.feed_url = self;
  feed.items = info.feed.papers.map(item);
  return `${JSON.stringify(feed, null, 2)}\n`;
}
