import type { Paper } from './paper.js';

/**
 * How `<paper-feed>` orders papers: as the feed does, newest first, most upvoted, trending, or most
 * cited.
 */
export type PaperSort = 'feed' | 'newest' | 'upvotes' | 'trending' | 'citations';
export const paperSorts: readonly PaperSort[] = ['feed', 'newest', 'upvotes', 'trending', 'citations'];

export interface Selection {
  sort?: PaperSort | undefined;
  /** Words every shown paper has in its title, authors or abstract (case and accents ignored). */
  query?: string | undefined;
  minUpvotes?: number | undefined;
  /** Papers cited fewer times are left out; so are papers whose source gives no count. */
  minCitations?: number | undefined;
}

/** Lower case, accents removed: "Schrödinger" is found by "schrodinger". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

const time = (paper: Paper) => Date.parse(paper.published ?? '') || 0;

// Trending without the server's ranking: upvotes, discounted by age (as link aggregators do).
function trendScore(paper: Paper, now: number): number {
  const hours = Math.max(0, (now - time(paper)) / 3_600_000);
  return (paper.upvotes ?? 0) / Math.pow(hours + 2, 1.5);
}

/** The papers to show, in order. Never changes `papers`; an empty query selects everything. */
export function selectPapers(papers: readonly Paper[], selection: Selection, now = Date.now()): Paper[] {
  const words = fold(selection.query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const minUpvotes = selection.minUpvotes ?? 0;
  const minCitations = selection.minCitations ?? 0;
  const selected = papers.filter((paper) => {
    if (minUpvotes > 0 && (paper.upvotes ?? 0) < minUpvotes) return false;
    if (minCitations > 0 && (paper.citations ?? 0) < minCitations) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${paper.title} ${paper.authors.join(' ')} ${paper.abstract}`);
    return words.every((word) => haystack.includes(word));
  });
  switch (selection.sort) {
    case 'newest':
      return selected.sort((a, b) => time(b) - time(a));
    case 'upvotes':
      return selected.sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0));
    case 'citations':
      // Papers without a count come last, after those cited zero times (Array#sort is stable).
      return selected.sort((a, b) => (b.citations ?? -1) - (a.citations ?? -1));
    case 'trending':
      return selected.sort((a, b) => trendScore(b, now) - trendScore(a, now));
    default:
      return selected;
  }
}
