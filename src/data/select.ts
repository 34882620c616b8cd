import type { Paper } from './paper.js';

/** How `<paper-feed>` orders papers: as the feed does, newest first, most upvoted, or trending. */
export type PaperSort = 'feed' | 'newest' | 'upvotes' | 'trending';
export const paperSorts: readonly PaperSort[] = ['feed', 'newest', 'upvotes', 'trending'];

export interface Selection {
  sort?: PaperSort | undefined;
  /** Words every shown paper has in its title, authors or abstract (case and accents ignored). */
  query?: string | undefined;
  minUpvotes?: number | undefined;
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
  const selected = papers.filter((paper) => {
    if (minUpvotes > 0 && (paper.upvotes ?? 0) < minUpvotes) return false;
    if (words.length === 0) return true;
    const haystack = fold(`${paper.title} ${paper.authors.join(' ')} ${paper.abstract}`);
    return words.every((word) => haystack.includes(word));
  });
  switch (selection.sort) {
    case 'newest':
      return selected.sort((a, b) => time(b) - time(a));
    case 'upvotes':
      return selected.sort((a, b) => (b.upvotes ?? 0) - (a.upvotes ?? 0));
    case 'trending':
      return selected.sort((a, b) => trendScore(b, now) - trendScore(a, now));
    default:
      return selected;
  }
}
