import { withOptional, type Paper, type PaperSource } from '../paper.js';
import { arxivId, arxivPdfUrl, isArxivUrl, withoutVersion } from './arxiv.js';

/** What a reader found for one entry, before the rules every paper follows are applied. */
export interface PaperDraft {
  id?: string | undefined;
  title?: string | undefined;
  abstract?: string | undefined;
  authors?: readonly string[];
  tags?: readonly (string | undefined)[];
  published?: string | undefined;
  updated?: string | undefined;
  upvotes?: number | undefined;
  comments?: number | undefined;
  url?: string | undefined;
  pdfUrl?: string | undefined;
  codeUrl?: string | undefined;
  projectUrl?: string | undefined;
  thumbnail?: string | undefined;
  organization?: string | undefined;
  aiSummary?: string | undefined;
  githubStars?: number | undefined;
}

const titleLength = 120;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A title for an entry that has none (JSON Feed and RSS allow that): its first sentence, shortened if long. */
function titleFrom(abstract: string | undefined): string | undefined {
  if (!abstract) return undefined;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(abstract)?.[0] ?? abstract;
  const characters = Array.from(graphemes.segment(sentence), ({ segment }) => segment);
  return characters.length <= titleLength
    ? sentence
    : `${characters
        .slice(0, titleLength - 1)
        .join('')
        .trimEnd()}…`;
}

function distinct(values: readonly (string | undefined)[] | undefined): string[] {
  return [...new Set(values?.filter((value): value is string => Boolean(value)))];
}

/**
 * The finished {@link Paper}, or `undefined` for an entry with neither a title nor a link. An entry
 * that links to arXiv is identified by its arXiv id (without version) and gets its PDF link.
 */
export function toPaper(draft: PaperDraft, source: PaperSource): Paper | undefined {
  const title = draft.title ?? (draft.url ? (titleFrom(draft.abstract) ?? draft.url) : undefined);
  if (!title) return undefined;
  const onArxiv = isArxivUrl(draft.url) ? arxivId(draft.url) : undefined;
  const id = onArxiv ?? (draft.id ? withoutVersion(draft.id) : undefined) ?? draft.url ?? title;
  return withOptional(
    { id, title, abstract: draft.abstract ?? '', authors: distinct(draft.authors), tags: distinct(draft.tags), source },
    {
      published: draft.published,
      updated: draft.updated,
      upvotes: draft.upvotes,
      comments: draft.comments,
      url: draft.url,
      pdfUrl: draft.pdfUrl ?? (onArxiv ? arxivPdfUrl(onArxiv) : undefined),
      codeUrl: draft.codeUrl,
      projectUrl: draft.projectUrl,
      thumbnail: draft.thumbnail,
      organization: draft.organization,
      aiSummary: draft.aiSummary,
      githubStars: draft.githubStars,
    },
  );
}

/** Collects the papers a reader produced, skipping entries that could not be made into one. */
export function papersFrom<T>(entries: Iterable<T>, read: (entry: T) => Paper | undefined): Paper[] {
  const papers: Paper[] = [];
  for (const entry of entries) {
    const paper = read(entry);
    if (paper) papers.push(paper);
  }
  return papers;
}

const completeness = (paper: Paper) =>
  Object.keys(paper).length + (paper.abstract ? 1 : 0) + (paper.authors.length ? 1 : 0);
const recency = (paper: Paper) => Date.parse(paper.updated ?? paper.published ?? '') || 0;

/**
 * Each paper once: entries with the same id — or the same arXiv id, whatever the version — are
 * one paper, and the later listing (then the more complete one) is kept, in the first one's place.
 */
export function uniquePapers(papers: readonly Paper[]): Paper[] {
  const byKey = new Map<string, Paper>();
  for (const paper of papers) {
    const key = withoutVersion(paper.id);
    const kept = byKey.get(key);
    if (!kept) {
      byKey.set(key, paper);
      continue;
    }
    const newer = recency(paper) - recency(kept) || completeness(paper) - completeness(kept);
    if (newer > 0) byKey.set(key, paper);
  }
  return [...byKey.values()];
}
