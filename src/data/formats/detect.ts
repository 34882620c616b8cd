import { FeedError, loadedForFeed, type FeedErrorDetails, type FeedErrorKind } from '../feed-error.js';
import { feedSources, paperLimits, type Feed } from '../paper.js';
import { truncate } from '../text.js';
import { uniquePapers } from './draft.js';
import { isHuggingFace, readHuggingFace } from './hugging-face.js';
import { isJsonFeed, jsonFeedTitle, readJsonFeed } from './json-feed.js';
import { loadScholarlyReader } from './load-scholarly-reader.js';
import { loadXmlReader } from './load-xml-reader.js';
import type { readScholarly } from './scholarly.js';
import type { ReadFeed, readXmlFeed } from './xml-feed.js';

/** Formats the readers understand; `auto` picks one from the content. */
export const feedFormats = ['auto', ...feedSources] as const;
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

type XmlReader = typeof readXmlFeed;
type ScholarlyReader = typeof readScholarly;

// The scholarly catalogues' JSON, read by the sibling scholarly.ts.
const scholarlyFormats: readonly FeedFormat[] = ['openalex', 'crossref', 'semantic-scholar', 'zotero', 'orcid', 'dblp'];
const jsonFormats = new Set<FeedFormat>(['hugging-face', 'json-feed', ...scholarlyFormats]);

export interface ReadOptions extends ParseOptions {
  /** The XML readers, already on their way ({@link xmlReaderFor}): an XML body waits for them, a JSON body does not. */
  xmlReader?: Promise<XmlReader> | undefined;
}

/**
 * Turns a feed body into a {@link Feed}: detects the format (unless `format` says), reads it,
 * and keeps each paper once. Throws a {@link FeedError}: `parse` for a body that cannot be read
 * (truncated JSON, malformed XML, an entity bomb) and `unrecognized` for a web page or JSON / XML
 * in no feed format — never an empty feed for those. The XML readers (RSS, Atom, arXiv) are loaded only when the body is XML,
 * the scholarly catalogues' readers (OpenAlex, Crossref, Semantic Scholar) only for JSON that is
 * neither JSON Feed nor Hugging Face's — a page that reads Hugging Face JSON or JSON Feed fetches
 * neither. When they cannot be loaded, it throws a `missing-file` {@link FeedError} naming the file.
 */
export async function readFeed(body: string, options: ReadOptions = {}): Promise<Feed> {
  const { format = 'auto', url } = options;
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (!needsXml(text, format)) {
    try {
      return parseWith(text, options, undefined);
    } catch (error) {
      if (!(error instanceof ScholarlyNeeded)) throw error;
      const read = await reader(loadScholarly(), 'JSON', url);
      return ownErrors(() => finished(read(error.data, format, url)));
    }
  }
  const readXml = await reader(options.xmlReader ?? loadXml(), 'XML', url);
  return ownErrors(() => parseWith(text, options, readXml));
}

/**
 * Starts loading the XML readers now when the format is known before the body arrives — from
 * `format`, the response's `Content-Type`, or an address such as export.arxiv.org or a `.xml`,
 * `.rss` or `.atom` path — so they load in parallel with the fetch. Undefined when nothing says XML.
 */
export function xmlReaderFor(hints: ParseOptions): Promise<XmlReader> | undefined {
  const { format = 'auto', url, contentType = '' } = hints;
  const xml =
    (format !== 'auto' && !jsonFormats.has(format)) ||
    /^\s*[\w.+-]+\/(?:[\w.+-]+\+)?(?:xml|rss|atom)\b/i.test(contentType) ||
    isXmlAddress(url);
  if (!xml) return undefined;
  const loading = loadXml();
  // Unused when the body turns out to be JSON after all: its failure is then nobody's to report.
  loading.catch(() => undefined);
  return loading;
}

function isXmlAddress(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { hostname, pathname } = new URL(url, 'http://localhost/');
    return hostname === 'export.arxiv.org' || hostname === 'rss.arxiv.org' || /\.(?:xml|rss|atom|rdf)$/i.test(pathname);
  } catch {
    return false;
  }
}

/** A loader that loads once per page; a failed load is tried again by the next feed that needs it. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

const loadXml = once(() => loadXmlReader().then((module) => module.readXmlFeed));
const loadScholarly = once(() => loadScholarlyReader().then((module) => module.readScholarly));

/** The reader `loading` brings; a failed load is a `missing-file` FeedError naming the file. */
const reader = <T>(loading: Promise<T>, what: string, url: string | undefined): Promise<T> =>
  loadedForFeed(
    loading,
    (file) => `This feed is ${what}, and paper-feed could not load its reader (${file}).`,
    url,
    'a reader',
  );

/** Thrown by {@link parseWith} for JSON only the scholarly readers may know, when none were given: readFeed loads them and reads on. */
class ScholarlyNeeded extends Error {
  constructor(readonly data: unknown) {
    super('The scholarly readers are needed for this JSON.');
  }
}

function needsXml(text: string, format: FeedFormat): boolean {
  if (format !== 'auto') return !jsonFormats.has(format);
  return text.startsWith('<') && !isHtmlDocument(text);
}

const isWebPageType = (contentType: string) => /^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(contentType);

/**
 * Reads with a sibling file's reader: a FeedError thrown by the sibling's own copy of the class
 * (the one-file bundle and its siblings share no code) is made one of ours, so `instanceof
 * FeedError` holds for every failure.
 */
function ownErrors(read: () => Feed): Feed {
  try {
    return read();
  } catch (error) {
    if (error instanceof FeedError || !(error instanceof Error) || error.name !== 'FeedError') throw error;
    const { kind, message, url, status, retryAfter, file, cause } = error as Error &
      FeedErrorDetails & { kind: FeedErrorKind };
    throw new FeedError(kind, message, { url, status, retryAfter, file, cause });
  }
}

/**
 * The reading itself, with the XML readers given when the body may need them, and the scholarly
 * readers when JSON may (parse-feed.ts passes both in for a synchronous read of every format).
 */
export function parseWith(
  body: string,
  options: ParseOptions,
  readXml: XmlReader | undefined,
  readScholarly?: ScholarlyReader,
): Feed {
  const { format = 'auto', contentType = '', url } = options;
  const text = body.replace(/^\uFEFF/, '').trimStart();
  if (format === 'auto' && isHtmlDocument(text)) throw webPage(url);
  const json = jsonFormats.has(format) || (format === 'auto' && (text.startsWith('{') || text.startsWith('[')));
  let feed: ReadFeed;
  try {
    feed = json
      ? readJson(text, format, url, readScholarly)
      : readXml
        ? readXmlBody(text, format, url, readXml)
        : notXml(url);
  } catch (error) {
    // Not a feed, and its server called it a web page (one without a doctype, or a fragment).
    if (format === 'auto' && !json && isWebPageType(contentType)) throw webPage(url, error);
    throw error;
  }
  return finished(feed);
}

/** What a reader found, each paper kept once and the title held to its limit. */
function finished(feed: ReadFeed): Feed {
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

function readJson(
  text: string,
  format: FeedFormat,
  url: string | undefined,
  readScholarly: ScholarlyReader | undefined,
): ReadFeed {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new FeedError('parse', 'The feed could not be read: its JSON is broken or cut short.', { url, cause });
  }
  if (format === 'json-feed' || (format === 'auto' && isJsonFeed(data))) {
    return { papers: readJsonFeed(data, url), title: jsonFeedTitle(data) };
  }
  if (
    format === 'hugging-face' ||
    (format === 'auto' && ((Array.isArray(data) && data.length === 0) || isHuggingFace(data)))
  ) {
    return { papers: readHuggingFace(data) };
  }
  // Any other JSON may be a scholarly catalogue's: their readers say, or call it unrecognized.
  if (!readScholarly) throw new ScholarlyNeeded(data);
  return readScholarly(data, format, url);
}

const notXml = (url: string | undefined): never => {
  throw new FeedError('unrecognized', 'This address did not return a feed (neither XML nor JSON).', { url });
};

function readXmlBody(text: string, format: FeedFormat, url: string | undefined, readXml: XmlReader): ReadFeed {
  if (format === 'auto' && !text.startsWith('<')) notXml(url);
  return readXml(text, format, url);
}
