import { paperLimits, withOptional, type Paper, type PaperSource } from '../paper.js';
import { truncate } from '../text.js';
import { bareDoi } from '../doi.js';
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
  /** A DOI in any form a source writes it: bare, `doi:…` or a doi.org link. */
  doi?: string | undefined;
  citations?: number | undefined;
  venue?: string | undefined;
}

const titleLength = 120;

// Made on first need: building a grapheme segmenter loads ICU's break rules (~47 ms in Chromium),
// which at the bundle's start delayed every feed's request, when most feeds never need one.
let graphemes: Intl.Segmenter | undefined;

/** A title for an entry that has none (JSON Feed and RSS allow that): its first sentence, shortened if long. */
function titleFrom(abstract: string | undefined): string | undefined {
  if (!abstract) return undefined;
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(abstract)?.[0] ?? abstract;
  const characters: string[] = [];
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const { segment } of graphemes.segment(sentence)) {
    characters.push(segment);
    if (characters.length > titleLength)
      return `${characters
        .slice(0, titleLength - 1)
        .join('')
        .trimEnd()}…`;
  }
  return sentence;
}

/** The first `count` distinct values that are not empty, each cut to `length` characters. */
function distinct(values: readonly (string | undefined)[] | undefined, count: number, length: number): string[] {
  const kept = new Set<string>();
  for (const value of values ?? []) {
    if (kept.size === count) break;
    if (value) kept.add(truncate(value, length));
  }
  return [...kept];
}

const text = (value: string | undefined, max: number) => (value === undefined ? undefined : truncate(value, max));
const count = (value: number | undefined) =>
  value !== undefined && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
const link = (url: string | undefined) => (url !== undefined && url.length <= paperLimits.url ? url : undefined);

/**
 * The finished {@link Paper}, or `undefined` for an entry with neither a title nor a link. An entry
 * that links to arXiv is identified by its arXiv id (without version) and gets its PDF link. Every
 * field is held to {@link paperLimits}: this is the one place all readers pass through.
 */
export function toPaper(draft: PaperDraft, source: PaperSource): Paper | undefined {
  const url = link(draft.url);
  const abstract = text(draft.abstract, paperLimits.abstract) ?? '';
  const title = text(draft.title, paperLimits.title) ?? (url ? (titleFrom(abstract) ?? url) : undefined);
  if (!title) return undefined;
  const onArxiv = isArxivUrl(url) ? arxivId(url) : undefined;
  const id = truncate(onArxiv ?? (draft.id ? withoutVersion(draft.id) : undefined) ?? url ?? title, paperLimits.id);
  return withOptional(
    {
      id,
      title,
      abstract,
      authors: distinct(draft.authors, paperLimits.authors, paperLimits.author),
      tags: distinct(draft.tags, paperLimits.tags, paperLimits.tag),
      source,
    },
    {
      published: draft.published,
      updated: draft.updated,
      upvotes: draft.upvotes,
      comments: draft.comments,
      url,
      pdfUrl: link(draft.pdfUrl) ?? (onArxiv ? arxivPdfUrl(onArxiv) : undefined),
      codeUrl: link(draft.codeUrl),
      projectUrl: link(draft.projectUrl),
      thumbnail: link(draft.thumbnail),
      organization: text(draft.organization, paperLimits.organization),
      aiSummary: text(draft.aiSummary, paperLimits.aiSummary),
      githubStars: draft.githubStars,
      doi: bareDoi(draft.doi),
      citations: count(draft.citations),
      venue: text(draft.venue, paperLimits.venue),
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
