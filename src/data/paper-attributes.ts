import { paperLimits, withOptional, type Paper } from './paper.js';
import { cleanText, count, isoDate, truncate } from './text.js';
import { safeUrl } from './url-safety.js';

/** What a blogger can write on a standalone `<paper-card>`; every value is an attribute string. */
export interface PaperAttributes {
  href?: string | null | undefined;
  heading?: string | null | undefined;
  authors?: string | null | undefined;
  published?: string | null | undefined;
  venue?: string | null | undefined;
  citations?: string | null | undefined;
  upvotes?: string | null | undefined;
  comments?: string | null | undefined;
  org?: string | null | undefined;
  thumbnail?: string | null | undefined;
  pdf?: string | null | undefined;
  code?: string | null | undefined;
  project?: string | null | undefined;
  abstract?: string | null | undefined;
}

/**
 * Builds a {@link Paper} from attribute strings, with the same rules as feed input: URLs pass
 * {@link safeUrl} (relative ones resolve against `base`), counts must be non-negative integers,
 * dates must be valid.
 */
export function paperFromAttributes(attributes: PaperAttributes, base?: string): Paper {
  const title = cleanText(attributes.heading) ?? '';
  const url = safeUrl(attributes.href, base);
  const venue = cleanText(attributes.venue);
  const paper: Paper = {
    id: url ?? title,
    title,
    abstract: cleanText(attributes.abstract) ?? '',
    authors: (attributes.authors ?? '').split(',').flatMap((name) => cleanText(name) ?? []),
    tags: [],
    source: 'attributes',
  };
  return withOptional(paper, {
    url,
    published: isoDate(attributes.published),
    venue: venue === undefined ? undefined : truncate(venue, paperLimits.venue),
    citations: count(attributes.citations),
    upvotes: count(attributes.upvotes),
    comments: count(attributes.comments),
    organization: cleanText(attributes.org),
    thumbnail: safeUrl(attributes.thumbnail, base),
    pdfUrl: safeUrl(attributes.pdf, base),
    codeUrl: safeUrl(attributes.code, base),
    projectUrl: safeUrl(attributes.project, base),
  });
}
