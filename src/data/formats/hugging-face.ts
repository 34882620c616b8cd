import type { Paper } from '../paper.js';
import { parsePeriod, periodUnits, type Period } from '../period.js';
import { cleanText, count, isoDate, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { arxivPdfUrl } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';

type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when `data` looks like a Hugging Face papers payload: a daily-papers or search array whose
 * items nest a `paper`, or a single `/api/papers/<id>` object.
 */
export function isHuggingFace(data: unknown): boolean {
  if (Array.isArray(data)) return data.some((item) => isObject(item) && isObject(item.paper));
  return isObject(data) && typeof data.id === 'string' && 'upvotes' in data && 'authors' in data;
}

/**
 * Reads Hugging Face `/api/daily_papers` and `/api/papers/search` (arrays of listings with a nested
 * `paper`) and `/api/papers/<id>` (one paper at the top level). Items without an id or a title are skipped.
 */
export function readHuggingFace(data: unknown): Paper[] {
  return papersFrom(Array.isArray(data) ? data : [data], (item) => (isObject(item) ? readListing(item) : undefined));
}

function readListing(listing: Json): Paper | undefined {
  // A daily listing nests the paper; `/api/papers/<id>` is the paper itself. Fields such as
  // `githubRepo` sit inside `paper` in listings and at the top level otherwise, so read both.
  const inner = isObject(listing.paper) ? listing.paper : listing;
  const field = (name: string): unknown => inner[name] ?? listing[name];
  const id = typeof inner.id === 'number' ? String(inner.id) : cleanText(inner.id);
  const title = plainText(field('title'));
  if (!id || !title) return undefined;
  const organization = field('organization');
  return toPaper(
    {
      id,
      title,
      abstract: plainText(field('summary')),
      authors: readNames(inner.authors),
      tags: readNames(field('ai_keywords')),
      url: `https://huggingface.co/papers/${encodeURIComponent(id)}`,
      pdfUrl: safeUrl(arxivPdfUrl(id)),
      // The listing-level `publishedAt` is the listing time (shifted in some captures): only the
      // paper's own date is the publication date.
      published: isoDate(inner.publishedAt),
      upvotes: count(field('upvotes')),
      comments: count(listing.numComments),
      codeUrl: safeUrl(field('githubRepo')),
      projectUrl: safeUrl(field('projectPage')),
      githubStars: count(field('githubStars')),
      thumbnail: safeUrl(listing.thumbnail),
      aiSummary: plainText(field('ai_summary')),
      organization: isObject(organization)
        ? (plainText(organization.fullname) ?? plainText(organization.name))
        : undefined,
    },
    'hugging-face',
  );
}

/** Names from `[{ name }]` or plain strings; anything else is skipped. */
function readNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => plainText(isObject(entry) ? entry.name : entry) ?? []);
}

const dailyPapersApi = /^https:\/\/huggingface\.co\/api\/daily_papers\/?$/;

/** True for Hugging Face's daily-papers API, which sorts and picks a day, week or month itself. */
export function isHuggingFaceDaily(url: string): boolean {
  return dailyPapersUrl(url) !== undefined;
}

/** `url` parsed, when it is the daily-papers API. */
function dailyPapersUrl(url: string): URL | undefined {
  // Asked on every update of every feed, most with a relative `src`: a thrown TypeError for each
  // showed as milliseconds of self time in scripts/profile-first-card.mjs.
  if (!URL.canParse(url)) return undefined;
  const parsed = new URL(url);
  return dailyPapersApi.test(parsed.origin + parsed.pathname) ? parsed : undefined;
}

/** The period a daily-papers URL asks for itself (`?date=2025-12-13`, `?week=…`, `?month=…`). */
export function huggingFacePeriod(url: string): Period | undefined {
  const query = dailyPapersUrl(url)?.searchParams;
  if (!query) return undefined;
  for (const unit of periodUnits) {
    const period = parsePeriod(unit, query.get(unit));
    if (period) return period;
  }
  return undefined;
}

/**
 * The daily-papers request for a sort and a period: `?sort=trending` and one of `?date=`,
 * `?week=`, `?month=` (the API takes only one). Any other URL comes back unchanged.
 */
export function huggingFaceDailyUrl(
  url: string,
  { trending = false, period }: { trending?: boolean; period?: Period | undefined },
): string {
  const request = trending || period ? dailyPapersUrl(url) : undefined;
  if (!request) return url;
  if (trending) request.searchParams.set('sort', 'trending');
  if (period) {
    for (const unit of periodUnits) request.searchParams.delete(unit);
    request.searchParams.set(period.unit, period.value);
  }
  return request.href;
}
