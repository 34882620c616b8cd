import { FeedError } from '../feed-error.js';
import { paperLimits, type Feed, type Paper } from '../paper.js';
import { truncate } from '../text.js';
import { isArxivApi, readArxivApi } from './arxiv-api.js';
import { isArxivListing, readArxivListing } from './arxiv-rss.js';
import { atomTitle, readAtom } from './atom.js';
import { uniquePapers } from './draft.js';
import { isHuggingFace, readHuggingFace } from './hugging-face.js';
import { isJsonFeed, jsonFeedTitle, readJsonFeed } from './json-feed.js';
import { readRss, rssTitle } from './rss.js';
import { ns, parseXml } from './xml.js';

/** Formats the readers understand; `auto` picks one from the content. */
export const feedFormats = ['auto', 'hugging-face', 'arxiv-api', 'arxiv-rss', 'rss', 'atom', 'json-feed'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export function isFeedFormat(value: unknown): value is FeedFormat {
  return feedFormats.includes(value as FeedFormat);
}

export interface ParseOptions {
  /** Read the body as this format instead of detecting it. */
  format?: FeedFormat | undefined;
  /**
   * The response's `Content-Type`. The body decides the format; the type only names a body that is
   * no feed: one labelled `text/html` is called a web page.
   */
  contentType?: string | undefined;
  /** The feed's URL: relative links in the feed resolve against it. */
  url?: string | undefined;
}

const jsonFormats = new Set<FeedFormat>(['hugging-face', 'json-feed']);

/**
 * Turns a feed body into a {@link Feed}: detects the format (unless `format` says), reads it,
 * and keeps each paper once. Throws a {@link FeedError}: `parse` for a body that cannot be read
 * (truncated JSON, malformed XML, an entity bomb) and `unrecognized` for a web page or JSON / XML
 * in no feed format — never an empty feed for those.
 */
export function parseFeed(body: string, options: ParseOptions = {}): Feed {
  const { format = 'auto', contentType = '', url } = options;
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (format === 'auto' && isHtmlDocument(text)) throw webPage(url);
  const json = jsonFormats.has(format) || (format === 'auto' && (text.startsWith('{') || text.startsWith('[')));
  let feed: ReadFeed;
  try {
    feed = json ? readJson(text, format, url) : readXml(text, format, url);
  } catch (error) {
    // Not a feed, and its server called it a web page (one without a doctype, or a fragment).
    if (format === 'auto' && !json && /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType)) {
      throw webPage(url, error);
    }
    throw error;
  }
  const result: Feed = { papers: uniquePapers(feed.papers) };
  if (feed.title) result.title = truncate(feed.title, paperLimits.title);
  return result;
}

const webPage = (url: string | undefined, cause?: unknown) =>
  new FeedError('unrecognized', 'This address returned a web page, not a feed.', { url, cause });

/**
 * True for an HTML document: after any comments and processing instructions (an XHTML page's
 * `<?xml?>`), a doctype naming `html` or an `<html>`, `<head>` or `<body>` tag. What the response's
 * `Content-Type` says does not count: feeds are served as `text/html` too.
 */
function isHtmlDocument(text: string): boolean {
  for (let rest = text; ;) {
    rest = rest.trimStart();
    const close = rest.startsWith('<!--') ? '-->' : rest.startsWith('<?') ? '?>' : '';
    if (!close) return /^<(?:!doctype\s+html|html|head|body)(?:[\s/>]|$)/i.test(rest.slice(0, 40));
    const end = rest.indexOf(close);
    if (end < 0) return false;
    rest = rest.slice(end + close.length);
  }
}

interface ReadFeed {
  papers: Paper[];
  title?: string | undefined;
}

function readJson(text: string, format: FeedFormat, url: string | undefined): ReadFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('parse', 'The feed could not be read: its JSON is broken or cut short.', { url, cause });
  }
  if (format === 'json-feed' || (format === 'auto' && isJsonFeed(data))) {
    return { papers: readJsonFeed(data, url), title: jsonFeedTitle(data) };
  }
  if (format === 'hugging-face' || (Array.isArray(data) && data.length === 0) || isHuggingFace(data)) {
    return { papers: readHuggingFace(data) };
  }
  throw new FeedError('unrecognized', 'This address returned data, but not a feed paper-feed can read.', { url });
}

function readXml(text: string, format: FeedFormat, url: string | undefined): ReadFeed {
  if (format === 'auto' && !text.startsWith('<')) {
    throw new FeedError('unrecognized', 'This address did not return a feed (neither XML nor JSON).', { url });
  }
  const root = parseXml(text).documentElement;
  const isRss =
    (root.localName === 'rss' && root.namespaceURI === null) ||
    (root.localName === 'RDF' && root.namespaceURI === ns.rdf);
  const isAtom = root.localName === 'feed' && root.namespaceURI === ns.atom;
  const detected: FeedFormat | undefined =
    format !== 'auto'
      ? format
      : isAtom
        ? isArxivApi(root)
          ? 'arxiv-api'
          : isArxivListing(root)
            ? 'arxiv-rss'
            : 'atom'
        : isRss
          ? isArxivListing(root)
            ? 'arxiv-rss'
            : 'rss'
          : undefined;
  switch (detected) {
    case 'arxiv-api':
      return { papers: readArxivApi(root, url), title: atomTitle(root) };
    case 'arxiv-rss':
      return { papers: readArxivListing(root, url), title: isAtom ? atomTitle(root) : rssTitle(root) };
    case 'atom':
      return { papers: readAtom(root, url), title: atomTitle(root) };
    case 'rss':
      return { papers: readRss(root, url), title: rssTitle(root) };
    default:
      if (root.localName.toLowerCase() === 'html') throw webPage(url);
      throw new FeedError('unrecognized', 'This address returned XML, but not an RSS or Atom feed.', { url });
  }
}
