import type { Paper } from '../paper.js';
import { cleanText, isoDate } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { papersFrom, toPaper } from './draft.js';
import { atomText, baseFor, child, childText, children, ns } from './xml.js';

/**
 * Reads Atom 1.0 (RFC 4287). Text constructs are read by their `type` (text, html, xhtml); links
 * resolve against `xml:base` and the feed's URL; an entry without a link is kept when it has a
 * title; authors may be inherited from the feed.
 */
export function readAtom(feed: Element, feedUrl?: string): Paper[] {
  const feedAuthors = names(feed);
  return papersFrom(children(feed, 'entry', ns.atom), (entry) => readEntry(entry, feedUrl, feedAuthors));
}

export function atomTitle(feed: Element): string | undefined {
  return atomText(child(feed, 'title', ns.atom));
}

function names(element: Element): string[] {
  return children(element, 'author', ns.atom).flatMap((author) => childText(author, 'name', ns.atom) ?? []);
}

function readEntry(entry: Element, feedUrl: string | undefined, feedAuthors: string[]): Paper | undefined {
  const links = children(entry, 'link', ns.atom).map((link) => ({
    rel: link.getAttribute('rel') ?? 'alternate',
    type: link.getAttribute('type') ?? '',
    href: safeUrl(link.getAttribute('href'), baseFor(link, feedUrl)),
  }));
  const find = (test: (link: (typeof links)[number]) => boolean) => links.find((link) => link.href && test(link))?.href;
  const authors = names(entry);
  const content = child(entry, 'content', ns.atom);
  return toPaper(
    {
      id: cleanText(childText(entry, 'id', ns.atom)),
      title: atomText(child(entry, 'title', ns.atom)),
      // `content` with a `src` is a link to the content, not the content.
      abstract:
        atomText(child(entry, 'summary', ns.atom)) ?? (content?.hasAttribute('src') ? undefined : atomText(content)),
      authors: authors.length ? authors : feedAuthors,
      tags: children(entry, 'category', ns.atom).map((category) => cleanText(category.getAttribute('term'))),
      published: isoDate(childText(entry, 'published', ns.atom)),
      updated: isoDate(childText(entry, 'updated', ns.atom)),
      url: find((link) => link.rel === 'alternate' && !/pdf/i.test(link.type)),
      pdfUrl: find((link) => /^application\/pdf$/i.test(link.type)),
      thumbnail:
        safeUrl(child(entry, 'thumbnail', ns.media)?.getAttribute('url'), baseFor(entry, feedUrl)) ??
        find((link) => link.rel === 'enclosure' && /^image\//i.test(link.type)),
    },
    'atom',
  );
}
