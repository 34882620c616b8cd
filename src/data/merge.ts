import { arxivId, isArxivUrl } from './formats/arxiv.js';
import { type Feed, type Paper, paperLimits } from './paper.js';

// arXiv registers a DOI for every paper, 10.48550/arXiv.<id> (https://info.arxiv.org/help/doi.html):
// it names the preprint, so it is read as the arXiv id, not as the journal version's DOI.
const arxivDoi = /^10\.48550\/arxiv\.(.+)$/;

/** What tells one paper from another, strongest first. */
export interface PaperIdentity {
  /** The bare DOI, unless it is arXiv's own DOI for the preprint (that one is read as `arxiv`). */
  doi?: string;
  /** The arXiv id without version. */
  arxiv?: string;
}

const printableAscii = /^[\x20-\x7e]*$/;

/**
 * A title folded for comparison: Unicode NFKC, accents removed, lower case, and every punctuation
 * mark, symbol and space dropped — "Attention Is All You Need." and "attention is all you need"
 * fold to the same text, so do "Self-Attention" and "Self Attention", "Schrödinger" and "Schrodinger".
 */
export function foldTitle(title: string): string {
  // Most titles are plain ASCII, where every character but letters and digits is punctuation, a
  // symbol or a space: the Unicode path costs several times more.
  if (printableAscii.test(title)) return title.toLowerCase().replace(/[^a-z\d]+/g, '');
  return title
    .normalize('NFKD')
    .replace(/[\p{M}\p{P}\p{S}\s]+/gu, '')
    .normalize('NFKC')
    .toLowerCase();
}

/**
 * The identifiers of `paper`: its DOI; its arXiv id, from its `id` when that is one (as every
 * arXiv-shaped reader and Hugging Face write it), its PDF link on arxiv.org, or arXiv's DOI. (Titles
 * are compared per group: see {@link groupSamePapers}.)
 */
export function paperIdentity(paper: Paper): PaperIdentity {
  const identity: PaperIdentity = {};
  const fromDoi = paper.doi ? arxivDoi.exec(paper.doi)?.[1] : undefined;
  if (paper.doi && !fromDoi) identity.doi = paper.doi;
  const arxiv =
    (arxivId(paper.id) === paper.id ? paper.id : undefined) ??
    (isArxivUrl(paper.pdfUrl) ? arxivId(paper.pdfUrl) : undefined) ??
    (fromDoi ? arxivId(fromDoi) : undefined);
  if (arxiv) identity.arxiv = arxiv;
  return identity;
}

/**
 * One paper in the union–find; a root stands for its group and says whether the group carries a
 * DOI or an arXiv id. Which ones it carries never needs saying: a group holds at most one DOI (two
 * are never joined), and two groups that both carry an identifier were not joined by it, so theirs
 * differ.
 */
interface Node {
  paper: Paper;
  identity: PaperIdentity;
  parent: Node;
  size: number;
  doi: boolean;
  arxiv: boolean;
}

function nodeOf(paper: Paper): Node {
  const identity = paperIdentity(paper);
  const node = { paper, identity, size: 1, doi: identity.doi !== undefined, arxiv: identity.arxiv !== undefined };
  return Object.assign(node, { parent: node as Node });
}

function rootOf(node: Node): Node {
  let root = node;
  while (root.parent !== root) root = root.parent;
  // Path compression keeps every later lookup near constant.
  let step = node;
  while (step !== root) {
    const next = step.parent;
    step.parent = root;
    step = next;
  }
  return root;
}

/** Joins the groups of `nodes` into one, under the largest (so that paths stay short). */
function join(nodes: readonly Node[]): void {
  const roots = [...new Set(nodes.map(rootOf))];
  const into = roots.reduce((best, root) => (root.size > best.size ? root : best));
  for (const root of roots) {
    if (root === into) continue;
    root.parent = into;
    into.size += root.size;
    into.doi ||= root.doi;
    into.arxiv ||= root.arxiv;
  }
}

/** `nodes` by the value `key` gives, for those that have one. */
function byKey(nodes: readonly Node[], key: (node: Node) => string | undefined): Map<string, Node[]> {
  const map = new Map<string, Node[]>();
  for (const node of nodes) {
    const value = key(node);
    if (value === undefined) continue;
    const list = map.get(value);
    if (list) list.push(node);
    else map.set(value, [node]);
  }
  return map;
}

/**
 * Joins the groups of `nodes` when at most one of them carries a DOI and, for titles, at most one
 * an arXiv id: two groups that both carry one were not joined by it, so theirs differ, and they are
 * different works. Then the groups that carry neither are joined with each other only — which of
 * the others they belong to cannot be told, and the answer must not depend on the sources' order.
 */
function joinUnlessTheyDisagree(nodes: readonly Node[], key: 'arxiv' | 'title'): void {
  const roots = [...new Set(nodes.map(rootOf))];
  if (roots.length < 2) return;
  const withDoi = roots.filter((root) => root.doi).length;
  const withArxiv = roots.filter((root) => root.arxiv).length;
  if (withDoi <= 1 && (key === 'arxiv' || withArxiv <= 1)) {
    join(roots);
    return;
  }
  const bare = roots.filter((root) => !root.doi && (key === 'arxiv' || !root.arxiv));
  if (bare.length > 1) join(bare);
}

/**
 * The title a group of copies shows: the longest, ties to the first in code-unit order — chosen
 * from the set of titles alone, so the order of the sources never changes it.
 */
export function groupTitle(copies: readonly Paper[]): string {
  return copies
    .map((paper) => paper.title)
    .reduce((best, title) =>
      title.length > best.length || (title.length === best.length && title < best) ? title : best,
    );
}

/** The papers of each group by its root, the groups in the order of their first member. */
function groupsOf(nodes: readonly Node[]): Map<Node, Paper[]> {
  const groups = new Map<Node, Paper[]>();
  for (const node of nodes) {
    const root = rootOf(node);
    const list = groups.get(root);
    if (list) list.push(node.paper);
    else groups.set(root, [node.paper]);
  }
  return groups;
}

/**
 * The papers of `papers` grouped by which are the same work, each group in input order and the
 * groups in the order of their first member. Papers are the same when they share a DOI; else an
 * arXiv id, unless their DOIs differ; else the folded title ({@link foldTitle}) of what they show
 * ({@link groupTitle}), unless their DOIs or arXiv ids differ. A paper that could belong to several
 * groups that disagree stays apart from them. The groups never depend on the order of the sources,
 * and grouping the merged papers again finds nothing more to join (unless one DOI came with two
 * arXiv ids: a merged paper keeps one). Near-linear: one pass per identifier over hash maps, groups
 * joined by union–find.
 */
export function groupSamePapers(papers: readonly Paper[]): Paper[][] {
  const nodes = papers.map(nodeOf);
  for (const same of byKey(nodes, (node) => node.identity.doi).values()) if (same.length > 1) join(same);
  for (const same of byKey(nodes, (node) => node.identity.arxiv).values()) joinUnlessTheyDisagree(same, 'arxiv');
  // Titles are compared as the merged paper shows them, so that merging twice joins no more: one
  // node of each group stands for it, keyed by the group's title.
  const groups = groupsOf(nodes);
  const titles = byKey([...groups.keys()], (root) => {
    const list = groups.get(root);
    return list ? foldTitle(groupTitle(list)) || undefined : undefined;
  });
  for (const same of titles.values()) joinUnlessTheyDisagree(same, 'title');
  // A Map iterates in insertion order: each group where its first member stood.
  return [...groupsOf(nodes).values()];
}

const first = <K extends keyof Paper>(papers: readonly Paper[], key: K): Paper[K] | undefined =>
  papers.find((paper) => paper[key] !== undefined)?.[key];

const largest = (papers: readonly Paper[], key: 'upvotes' | 'comments' | 'githubStars' | 'citations') => {
  let most: number | undefined;
  for (const paper of papers) {
    const value = paper[key];
    if (value !== undefined && (most === undefined || value > most)) most = value;
  }
  return most;
};

/** The first of the longest: ties go to the earlier source. */
const longest = <T extends { length: number }>(values: readonly T[]): T =>
  values.reduce((best, value) => (value.length > best.length ? value : best));

const dated = (papers: readonly Paper[], key: 'published' | 'updated') =>
  papers.flatMap((paper) => (paper[key] ? [{ value: paper[key], time: Date.parse(paper[key]) }] : []));

/**
 * One paper from a group of copies of it (in source order), keeping the richer field of each:
 * - `id`: the arXiv id when the copies have one (so arXiv and Hugging Face copies keep their ids and
 *   links), else the first copy's; `title`: {@link groupTitle}; `source`, the links (`url`, `pdfUrl`, `codeUrl`,
 *   `projectUrl`, `thumbnail`), `organization`, `aiSummary`, `venue` and `doi`: the first copy's
 *   that has one — the source listed first is the one preferred;
 * - `abstract` and `authors`: the longest (ties to the first);
 * - `upvotes`, `comments`, `githubStars`, `citations`: the largest — each counter comes from the one
 *   source that keeps it (citations from a catalogue, upvotes from Hugging Face), and where two keep
 *   it the larger count has seen more;
 * - `published`: the earliest (the work's first appearance, usually the preprint); `updated`: the latest;
 * - `tags`: all of them, first seen first, up to {@link paperLimits}`.tags`.
 */
export function mergePapers(copies: readonly [Paper, ...Paper[]]): Paper {
  if (copies.length === 1) return copies[0];
  const [head] = copies;
  const arxiv = copies.map((paper) => paperIdentity(paper).arxiv).find((id) => id !== undefined);
  const published = dated(copies, 'published').reduce<{ value: string; time: number } | undefined>(
    (best, date) => (!best || date.time < best.time ? date : best),
    undefined,
  );
  const updated = dated(copies, 'updated').reduce<{ value: string; time: number } | undefined>(
    (best, date) => (!best || date.time > best.time ? date : best),
    undefined,
  );
  const merged: Paper = {
    id: arxiv ?? head.id,
    title: groupTitle(copies),
    abstract: longest(copies.map((paper) => paper.abstract)),
    authors: [...longest(copies.map((paper) => paper.authors))],
    tags: [...new Set(copies.flatMap((paper) => paper.tags))].slice(0, paperLimits.tags),
    source: head.source,
  };
  const optional: { [K in keyof Paper]?: Paper[K] | undefined } = {
    published: published?.value,
    updated: updated?.value,
    upvotes: largest(copies, 'upvotes'),
    comments: largest(copies, 'comments'),
    githubStars: largest(copies, 'githubStars'),
    citations: largest(copies, 'citations'),
  };
  for (const key of [
    'url',
    'pdfUrl',
    'codeUrl',
    'projectUrl',
    'thumbnail',
    'organization',
    'aiSummary',
    'venue',
  ] as const)
    optional[key] = first(copies, key);
  // A journal DOI names the work better than arXiv's DOI for the preprint.
  optional.doi =
    copies.map((paper) => paperIdentity(paper).doi).find((doi) => doi !== undefined) ?? first(copies, 'doi');
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** {@link mergeFeeds}'s result, with the copies each merged paper was made of. */
export interface MergedPapers {
  feed: Feed;
  /** The papers each paper of `feed` was made of, by its id (the paper alone when it had no copy). */
  copies: ReadonlyMap<string, readonly Paper[]>;
}

/**
 * One feed from several, as `<paper-feed>` shows several sources: the same paper from two sources
 * (or twice in one) becomes one paper ({@link groupSamePapers} says which are the same,
 * {@link mergePapers} what the one keeps). Papers keep the order of the sources, then of each feed;
 * a merged paper stands where its first copy stood. Ids are unique in the result: a paper whose id
 * an earlier one already has gets `~2`, `~3`… after it. The title is the first feed's that has one.
 * Never changes `feeds`; a paper with no copy comes back as it was (the same object).
 */
export function mergeFeeds(feeds: readonly Feed[]): Feed {
  return mergeFeedsWithCopies(feeds).feed;
}

/** {@link mergeFeeds}, also saying which papers each merged one was made of. */
export function mergeFeedsWithCopies(feeds: readonly Feed[]): MergedPapers {
  const all = feeds.flatMap((feed) => feed.papers);
  const papers: Paper[] = [];
  const copies = new Map<string, readonly Paper[]>();
  // The next suffix to try for each id, so that many papers with one id cost linear time.
  const used = new Map<string, number>();
  for (const group of groupSamePapers(all)) {
    let paper = mergePapers(group as [Paper, ...Paper[]]);
    const next = used.get(paper.id);
    if (next !== undefined) {
      let n = next;
      while (used.has(`${paper.id}~${n}`)) n += 1;
      used.set(paper.id, n + 1);
      paper = { ...paper, id: `${paper.id}~${n}` };
    }
    used.set(paper.id, 2);
    papers.push(paper);
    copies.set(paper.id, group);
  }
  const title = feeds.find((feed) => feed.title !== undefined)?.title;
  return { feed: title === undefined ? { papers } : { papers, title }, copies };
}
