/** The readers, each named as `format=` names it and as a {@link Paper}'s `source` records it. */
export const feedSources = [
  'hugging-face',
  'arxiv-api',
  'arxiv-rss',
  'rss',
  'atom',
  'json-feed',
  'openalex',
  'crossref',
  'semantic-scholar',
  'zotero',
  'orcid',
  'dblp',
] as const;

/** Which reader produced a {@link Paper}: one of {@link feedSources}, or a card's own attributes. */
export type PaperSource = (typeof feedSources)[number] | 'attributes';

/**
 * One research paper, normalized from any supported feed format.
 *
 * Optional fields are absent when the feed does not say, never `undefined`-as-text, `null`,
 * `NaN` or an invalid date. URLs have passed {@link safeUrl}.
 */
export interface Paper {
  /** Stable identity within a feed; arXiv ids carry no version suffix. */
  id: string;
  title: string;
  abstract: string;
  authors: string[];
  /**
   * ISO 8601: a date-time, or a year (`2021`) or month (`2021-03`) when the source knows no more
   * (scholarly catalogues); the card shows it that precise.
   */
  published?: string;
  /** ISO 8601. */
  updated?: string;
  upvotes?: number;
  comments?: number;
  /** The paper's page. */
  url?: string;
  pdfUrl?: string;
  codeUrl?: string;
  projectUrl?: string;
  thumbnail?: string;
  /** Display name of the organisation the paper is listed under. */
  organization?: string;
  aiSummary?: string;
  tags: string[];
  githubStars?: number;
  /** The DOI in its bare form, `10.xxxx/…`, lower-cased (DOIs compare without case). */
  doi?: string;
  /** How many works cite this one, as the catalogue counts them. */
  citations?: number;
  /** The journal, conference or proceedings the paper appeared in. */
  venue?: string;
  source: PaperSource;
}

/**
 * The most a {@link Paper} keeps of each field, whatever the feed sends. Text is counted in
 * characters (UTF-16 code units) and cut at the cap, ending in "…"; lists keep their first
 * entries; a longer link is left out, since a cut one would lead somewhere else. Real papers stay
 * far inside every cap: they bound what a broken or hostile feed can make the page hold and draw.
 * The feed's own title has the title's cap.
 */
export const paperLimits = {
  title: 1_000,
  abstract: 20_000,
  aiSummary: 2_000,
  organization: 300,
  venue: 500,
  /** Characters of one author's name. */
  author: 300,
  /** Authors kept: the largest physics collaborations list a few thousand. */
  authors: 5_000,
  /** Characters of one tag. */
  tag: 100,
  tags: 50,
  /** Characters of each link (`url`, `pdfUrl`, `codeUrl`, `projectUrl`, `thumbnail`). */
  url: 4_096,
  id: 4_096,
  /** Characters of a DOI: the handbook sets no bound, registered ones stay far below this. */
  doi: 300,
} as const;

/** A parsed feed: its papers plus what the feed says about itself. */
export interface Feed {
  papers: Paper[];
  title?: string;
}

/**
 * Copies the fields of `optional` that have a value onto `paper`, so that a field the feed did not
 * give stays absent rather than `undefined`.
 */
export function withOptional(paper: Paper, optional: { [K in keyof Paper]?: Paper[K] | undefined }): Paper {
  const fields = paper as unknown as Record<string, unknown>;
  for (const key in optional) {
    const value = optional[key as keyof Paper];
    if (value !== undefined) fields[key] = value;
  }
  return paper;
}
