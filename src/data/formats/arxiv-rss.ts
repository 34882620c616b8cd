import type { Paper } from '../paper.js';
import { cleanText, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { arxivAbsUrl, arxivId, readAnnouncement, splitCreators } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { baseFor, child, childText, children, ns } from './xml.js';

const announcement = /^\s*arXiv:\S+\s+Announce Type:/i;

/** True for the 2024+ arXiv listing feeds (rss.arxiv.org), RSS or Atom, even when empty. */
export function isArxivListing(root: Element): boolean {
  const channel = root.localName === 'rss' ? child(root, 'channel') : root;
  if (!channel) return false;
  const items = root.localName === 'rss' ? children(channel, 'item') : children(channel, 'entry', ns.atom);
  if (items.length === 0) {
    // A weekend or holiday listing has no items; its channel still says where it is from.
    const link = childText(channel, 'link') ?? child(channel, 'link', ns.atom)?.getAttribute('href') ?? '';
    const id = childText(channel, 'id', ns.atom) ?? '';
    return /arxiv\.org/i.test(link + id) && channel.lookupNamespaceURI('arxiv') === ns.arxiv;
  }
  return items.some(
    (item) =>
      child(item, 'announce_type', ns.arxiv) !== undefined ||
      announcement.test(childText(item, 'description') ?? childText(item, 'summary', ns.atom) ?? ''),
  );
}

/**
 * Reads an arXiv listing feed: RSS (`item`s with `description`) or its Atom twin (`entry`s with
 * `summary`). The abstract is the text after "Abstract:"; `dc:creator` is one comma-separated
 * string; the announce type (new, cross, replace, replace-cross) becomes a tag, after the
 * categories. A listing without items (weekends) is an empty feed.
 */
export function readArxivListing(root: Element, feedUrl?: string): Paper[] {
  if (root.localName === 'rss') {
    const channel = child(root, 'channel');
    return channel ? papersFrom(children(channel, 'item'), (item) => readItem(item, feedUrl, 'rss')) : [];
  }
  return papersFrom(children(root, 'entry', ns.atom), (entry) => readItem(entry, feedUrl, 'atom'));
}

function readItem(item: Element, feedUrl: string | undefined, flavour: 'rss' | 'atom'): Paper | undefined {
  const base = baseFor(item, feedUrl);
  const link =
    flavour === 'rss'
      ? safeUrl(childText(item, 'link'), base)
      : safeUrl(child(item, 'link', ns.atom)?.getAttribute('href'), base);
  const guid = flavour === 'rss' ? childText(item, 'guid') : childText(item, 'id', ns.atom);
  const id = arxivId(link) ?? arxivId(guid);
  if (!id) return undefined;
  const description = flavour === 'rss' ? childText(item, 'description') : childText(item, 'summary', ns.atom);
  const { announceType, abstract } = readAnnouncement(description ?? '');
  const categories =
    flavour === 'rss'
      ? children(item, 'category').map((category) => cleanText(category.textContent))
      : children(item, 'category', ns.atom).map((category) => cleanText(category.getAttribute('term')));
  return toPaper(
    {
      id,
      title: plainText(flavour === 'rss' ? childText(item, 'title') : childText(item, 'title', ns.atom)),
      abstract: plainText(abstract),
      authors: children(item, 'creator', ns.dc).flatMap((creator) =>
        splitCreators(plainText(creator.textContent) ?? ''),
      ),
      tags: [...categories, childText(item, 'announce_type', ns.arxiv) ?? announceType],
      // The listing date: the day arXiv announced the paper.
      published: isoDate(flavour === 'rss' ? childText(item, 'pubDate') : childText(item, 'published', ns.atom)),
      url: link ?? arxivAbsUrl(id),
      // arXiv lists several DOIs separated by spaces: the first is the paper's.
      doi: childText(item, 'DOI', ns.arxiv)?.split(' ')[0],
    },
    'arxiv-rss',
  );
}
