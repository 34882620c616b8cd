import { FeedError } from '../feed-error.js';
import type { Paper } from '../paper.js';
import { isArxivApi, readArxivApi } from './arxiv-api.js';
import { isArxivListing, readArxivListing } from './arxiv-rss.js';
import { atomTitle, readAtom } from './atom.js';
import type { FeedFormat } from './detect.js';
import { readRss, rssTitle } from './rss.js';
import { ns, parseXml } from './xml.js';

/** What a reader found in a feed body, before each paper is kept once. */
export interface ReadFeed {
  papers: Paper[];
  title?: string | undefined;
}

/**
 * Reads an XML feed — RSS 1.0 / 2.0, Atom, the arXiv API or arXiv's listings — as `format` says,
 * or as its root element says for `auto`. Loaded only when a feed needs it (detect.ts); in the
 * one-file bundle it is the sibling file `paper-feed-xml.<hash>.js`. Throws a {@link FeedError}.
 */
export function readXmlFeed(text: string, format: FeedFormat, url: string | undefined): ReadFeed {
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
      if (root.localName.toLowerCase() === 'html') {
        throw new FeedError('unrecognized', 'This address returned a web page, not a feed.', { url });
      }
      throw new FeedError('unrecognized', 'This address returned XML, but not an RSS or Atom feed.', { url });
  }
}
