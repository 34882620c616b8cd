import { FeedError } from '../feed-error.js';
import type { Paper } from '../paper.js';
import { cleanText, isoDate } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { arxivAbsUrl, arxivId, githubRepoIn } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { atomText, baseFor, child, childText, children, ns } from './xml.js';

/** True for an Atom feed from the arXiv API (`export.arxiv.org/api/query`). */
export function isArxivApi(feed: Element): boolean {
  return (
    child(feed, 'totalResults', ns.opensearch) !== undefined ||
    children(feed, 'entry', ns.atom).some((entry) =>
      /^https?:\/\/arxiv\.org\/(?:abs|api)\//.test(childText(entry, 'id', ns.atom) ?? ''),
    )
  );
}

/**
 * Reads an arXiv API response. Namespaces may be declared on the root or on each element, and
 * element order varies between layouts, so everything is found by namespace and local name.
 * The API reports a bad query as a feed with one entry titled "Error": that is a
 * {@link FeedError}, not a paper.
 */
export function readArxivApi(feed: Element, feedUrl?: string): Paper[] {
  const entries = children(feed, 'entry', ns.atom);
  const failure = entries.find((entry) => (childText(entry, 'id', ns.atom) ?? '').includes('/api/errors'));
  if (failure) {
    const reason = childText(failure, 'summary', ns.atom) ?? 'the query was not accepted';
    throw new FeedError('http', `arXiv could not answer this query: ${reason}.`, { url: feedUrl });
  }
  return papersFrom(entries, (entry) => readEntry(entry, feedUrl));
}

function readEntry(entry: Element, feedUrl: string | undefined): Paper | undefined {
  const id = arxivId(childText(entry, 'id', ns.atom));
  if (!id) return undefined;
  const base = baseFor(entry, feedUrl);
  let url: string | undefined;
  let pdfUrl: string | undefined;
  for (const link of children(entry, 'link', ns.atom)) {
    const href = safeUrl(link.getAttribute('href'), base);
    if (link.getAttribute('title') === 'pdf' || link.getAttribute('type') === 'application/pdf') pdfUrl ??= href;
    else if ((link.getAttribute('rel') ?? 'alternate') === 'alternate') url ??= href;
  }
  const comment = childText(entry, 'comment', ns.arxiv);
  const abstract = atomText(child(entry, 'summary', ns.atom));
  const primary = child(entry, 'primary_category', ns.arxiv)?.getAttribute('term');
  return toPaper(
    {
      id,
      title: atomText(child(entry, 'title', ns.atom)),
      abstract,
      authors: children(entry, 'author', ns.atom).flatMap((author) => childText(author, 'name', ns.atom) ?? []),
      tags: [
        primary ?? undefined,
        ...children(entry, 'category', ns.atom).map((category) => cleanText(category.getAttribute('term'))),
      ],
      published: isoDate(childText(entry, 'published', ns.atom)),
      updated: isoDate(childText(entry, 'updated', ns.atom)),
      url: url ?? arxivAbsUrl(id),
      pdfUrl,
      codeUrl: safeUrl(githubRepoIn(comment) ?? githubRepoIn(abstract)),
      // arXiv lists several DOIs separated by spaces: the first is the paper's.
      doi: childText(entry, 'doi', ns.arxiv)?.split(' ')[0],
    },
    'arxiv-api',
  );
}
