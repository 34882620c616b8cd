import { withOptional, type Paper } from '../paper.js';
import { cleanText, count, isoDate } from '../text.js';
import { safeUrl } from '../url-safety.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when `data` looks like a Hugging Face papers payload: a daily-papers or search array whose
 * items nest a `paper`, or a single `/api/papers/<id>` object.
 */
export function isHuggingFace(data: unknown): boolean {
  if (Array.isArray(data)) return data.length === 0 || (isObject(data[0]) && isObject(data[0].paper));
  return isObject(data) && typeof data.id === 'string' && 'upvotes' in data && 'authors' in data;
}

/**
 * Reads Hugging Face `/api/daily_papers` and `/api/papers/search` (arrays of listings with a nested
 * `paper`) and `/api/papers/<id>` (one paper at the top level). Items without an id or a title are
 * skipped.
 */
export function parseHuggingFace(data: unknown): Paper[] {
  const items = Array.isArray(data) ? data : [data];
  const papers: Paper[] = [];
  for (const item of items) {
    const paper = isObject(item) ? readListing(item) : undefined;
    if (paper) papers.push(paper);
  }
  return papers;
}

function readListing(listing: Json): Paper | undefined {
  // A daily listing nests the paper; `/api/papers/<id>` is the paper itself. Fields such as
  // `githubRepo` sit inside `paper` in listings and at the top level otherwise, so read both.
  const inner = isObject(listing.paper) ? listing.paper : listing;
  const field = (name: string): unknown => inner[name] ?? listing[name];

  const id = cleanText(inner.id);
  const title = cleanText(field('title'));
  if (!id || !title) return undefined;

  const paper: Paper = {
    id,
    title,
    abstract: cleanText(field('summary')) ?? '',
    authors: readAuthors(inner.authors),
    tags: readStrings(field('ai_keywords')),
    url: `https://huggingface.co/papers/${encodeURIComponent(id)}`,
    pdfUrl: `https://arxiv.org/pdf/${encodeURIComponent(id)}`,
    source: 'hugging-face',
  };
  const organization = field('organization');
  // The listing-level `publishedAt` is the listing time (shifted in some captures): only the
  // paper's own date is the publication date.
  return withOptional(paper, {
    published: isoDate(inner.publishedAt),
    upvotes: count(field('upvotes')),
    comments: count(listing.numComments),
    codeUrl: safeUrl(field('githubRepo')),
    projectUrl: safeUrl(field('projectPage')),
    githubStars: count(field('githubStars')),
    thumbnail: safeUrl(listing.thumbnail),
    aiSummary: cleanText(field('ai_summary')),
    organization: isObject(organization)
      ? (cleanText(organization.fullname) ?? cleanText(organization.name))
      : undefined,
  });
}

function readAuthors(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((author) => {
    const name = isObject(author) ? cleanText(author.name) : undefined;
    return name ? [name] : [];
  });
}

function readStrings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const text = cleanText(entry);
    return text ? [text] : [];
  });
}
