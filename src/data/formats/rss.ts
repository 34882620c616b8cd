import type { Paper } from '../paper.js';
import { cleanText, count, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { isArxivUrl, splitCreators } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { baseFor, child, childHtmlText, childText, children, ns } from './xml.js';

/**
 * Reads RSS 2.0 (`<rss><channel><item>`) and RSS 1.0 / RDF (`<rdf:RDF><item>`, still served by
 * many academic sites and arXiv's older feeds). Titles and descriptions may hold escaped HTML or
 * CDATA; an item without `<link>` falls back to a permalink `<guid>`; relative links resolve
 * against the channel's link, then the feed's URL.
 */
export function readRss(root: Element, feedUrl?: string): Paper[] {
  if (root.localName === 'RDF') {
    const channel = child(root, 'channel', ns.rss1);
    const base = safeUrl(channel && childText(channel, 'link', ns.rss1), feedUrl) ?? feedUrl;
    return papersFrom(children(root, 'item', ns.rss1), (item) => readItem(item, ns.rss1, base));
  }
  const channel = child(root, 'channel');
  if (!channel) return [];
  const base = safeUrl(childText(channel, 'link'), feedUrl) ?? feedUrl;
  return papersFrom(children(channel, 'item'), (item) => readItem(item, null, base));
}

/** The feed's own title. */
export function rssTitle(root: Element): string | undefined {
  const namespace = root.localName === 'RDF' ? ns.rss1 : null;
  const channel = child(root, 'channel', namespace);
  return channel && childHtmlText(channel, 'title', namespace);
}

function readItem(item: Element, namespace: string | null, channelBase: string | undefined): Paper | undefined {
  const base = baseFor(item, channelBase);
  const guid = child(item, 'guid', namespace);
  const permalink =
    guid && guid.getAttribute('isPermaLink') !== 'false' ? safeUrl(cleanText(guid.textContent), base) : undefined;
  const url =
    safeUrl(childText(item, 'link', namespace), base) ??
    permalink ??
    safeUrl(child(item, 'link', ns.atom)?.getAttribute('href'), base) ??
    safeUrl(item.getAttributeNS(ns.rdf, 'about'), base);
  const onArxiv = isArxivUrl(url);
  let title = childHtmlText(item, 'title', namespace);
  if (onArxiv && title) title = withoutArxivSuffix(title);
  const creators = children(item, 'creator', ns.dc).map((creator) => plainText(creator.textContent));
  const enclosures = children(item, 'enclosure', namespace);
  const enclosure = (type: RegExp) =>
    safeUrl(enclosures.find((element) => type.test(element.getAttribute('type') ?? ''))?.getAttribute('url'), base);
  return toPaper(
    {
      id: cleanText(guid?.textContent),
      title,
      abstract:
        childHtmlText(item, 'description', namespace) ??
        childHtmlText(item, 'encoded', ns.content) ??
        childHtmlText(item, 'summary', ns.itunes),
      authors: [
        ...(onArxiv
          ? creators.flatMap((creator) => splitCreators(creator ?? ''))
          : creators.flatMap((creator) => creator ?? [])),
        ...children(item, 'author', namespace).flatMap((author) => authorName(author.textContent) ?? []),
        ...(creators.length ? [] : [childText(item, 'author', ns.itunes)].flatMap((name) => name ?? [])),
      ],
      tags: [
        ...children(item, 'category', namespace).map((category) => cleanText(category.textContent)),
        ...children(item, 'subject', ns.dc).map((subject) => cleanText(subject.textContent)),
      ],
      published: isoDate(childText(item, 'pubDate', namespace) ?? childText(item, 'date', ns.dc)),
      comments: count(childText(item, 'comments', ns.slash)),
      url,
      pdfUrl: enclosure(/^application\/pdf$/i),
      thumbnail:
        safeUrl(child(item, 'thumbnail', ns.media)?.getAttribute('url'), base) ??
        safeUrl(
          children(item, 'content', ns.media)
            .find(
              (media) =>
                media.getAttribute('medium') === 'image' || (media.getAttribute('type') ?? '').startsWith('image/'),
            )
            ?.getAttribute('url'),
          base,
        ) ??
        enclosure(/^image\//i) ??
        safeUrl(child(item, 'image', ns.itunes)?.getAttribute('href'), base),
    },
    'rss',
  );
}

// Both helpers below find a bracket with indexOf, not a regex: a regex searching from every `(`
// reads the rest of the text once per bracket, which a title of 100,000 brackets makes quadratic.

/** arXiv's RSS 1.0 titles end in ". (arXiv:2406.16218v1 [cs.LG])": the title is what comes before. */
function withoutArxivSuffix(title: string): string {
  if (!title.endsWith(')')) return title;
  const open = title.indexOf('(arXiv:', title.lastIndexOf(')', title.length - 2) + 1);
  if (open < 0) return title;
  const before = title.slice(0, open).trimEnd();
  return before.endsWith('.') ? before.slice(0, -1) : before;
}

/** RSS 2.0's `author` is an email address, often with the name in brackets: `x@y.org (Ada Lovelace)`. */
function authorName(value: string | null): string | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  const close = text.length - 1;
  const open = text.endsWith(')') ? text.indexOf('(', text.lastIndexOf(')', close - 1) + 1) : -1;
  const bracketed = open >= 0 && open < close - 1 ? text.slice(open + 1, close) : undefined;
  return cleanText(bracketed) ?? (text.includes('@') ? undefined : text);
}
