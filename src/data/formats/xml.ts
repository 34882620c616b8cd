import { domParser } from '../dom-parser.js';
import { FeedError } from '../feed-error.js';
import { cleanText, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { refuseDangerousEntities } from './dtd.js';

/** Namespaces the XML readers look for. */
export const ns = {
  atom: 'http://www.w3.org/2005/Atom',
  arxiv: 'http://arxiv.org/schemas/atom',
  opensearch: 'http://a9.com/-/spec/opensearch/1.1/',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/**
 * Parses XML with the {@link domParser} (the browser's own), after {@link refuseDangerousEntities}.
 * Malformed XML is an error even though browsers also hand back the part they could read. Internal
 * entities (`<!ENTITY lab "Systems Lab">`) expand as usual; `DOMParser` never fetches anything.
 */
export function parseXml(text: string): Document {
  refuseDangerousEntities(text);
  const malformed = (cause: unknown) =>
    new FeedError('parse', 'The feed is not well-formed XML, so it could not be read.', { cause });
  let document: Document;
  try {
    document = domParser().parseFromString(text, 'application/xml');
  } catch (cause) {
    // A parser that throws on malformed XML (the feed kit's, in Node) instead of reporting it inside.
    throw malformed(cause);
  }
  // Chromium and WebKit put a <parsererror> inside the partial document; Firefox returns one as
  // the root element (in a namespace of its own).
  const error = document.getElementsByTagName('parsererror')[0];
  if (error) throw malformed(new Error(cleanText(error.textContent)?.slice(0, 300) ?? 'parsererror'));
  return document;
}

/** Direct children of `parent` with this local name, in `namespace` (`null`: no namespace). */
export function children(parent: Element, localName: string, namespace: string | null = null): Element[] {
  const found: Element[] = [];
  for (const element of parent.children) {
    if (element.localName === localName && element.namespaceURI === namespace) found.push(element);
  }
  return found;
}

export function child(parent: Element, localName: string, namespace: string | null = null): Element | undefined {
  for (const element of parent.children) {
    if (element.localName === localName && element.namespaceURI === namespace) return element;
  }
  return undefined;
}

/** The text of a child element, whitespace collapsed; markup inside it is read as text. */
export function childText(parent: Element, localName: string, namespace: string | null = null): string | undefined {
  const element = child(parent, localName, namespace);
  return element ? cleanText(element.textContent) : undefined;
}

/** The text of a child whose content is (escaped) HTML, reduced to plain text. */
export function childHtmlText(parent: Element, localName: string, namespace: string | null = null): string | undefined {
  const element = child(parent, localName, namespace);
  return element ? plainText(element.textContent) : undefined;
}

/**
 * The text of an Atom text construct: `type="text"` is literal (an escaped `<` is a real `<`),
 * `html` is escaped markup, `xhtml` is an inline `<div>` whose text is the content.
 */
export function atomText(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const type = element.getAttribute('type') ?? 'text';
  return type === 'html' || type === 'text/html' ? plainText(element.textContent) : cleanText(element.textContent);
}

/**
 * The base URL in effect at `element`: the feed's own URL, refined by every `xml:base` from the
 * root down (Atom and RSS both allow it; browsers no longer apply it to `baseURI`).
 */
export function baseFor(element: Element, feedUrl: string | undefined): string | undefined {
  const bases: string[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) {
    const base = node.getAttributeNS(ns.xml, 'base');
    if (base) bases.unshift(base);
  }
  let current = feedUrl;
  for (const base of bases) current = safeUrl(base, current) ?? current;
  return current;
}
