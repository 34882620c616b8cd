import { FeedError } from '../data/feed-error.js';
import type { Period } from '../data/period.js';
import { SourcesFailedError, type SourceFailure } from '../data/sources.js';
import type { LoadedFeed } from '../data/store/feed-store.js';
import { formatPeriod, formatWait } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import type { PaperFeedState } from './feed-controller.js';

// What <paper-feed> says in words, in the page's language: its failures, its empty state and its
// live region. Plain functions of what the feed shows.

/** What a translated failure message names: the HTTP status, the wait, or the feed's host. */
function errorDetail(error: FeedError, locale: string): string {
  if (error.kind === 'http') return error.status ? String(error.status) : '';
  if (error.kind === 'missing-file') return error.file ?? '';
  if (error.kind === 'rate-limited') return error.retryAfter === undefined ? '' : formatWait(error.retryAfter, locale);
  if (error.kind !== 'cors' || !error.url) return '';
  try {
    return new URL(error.url).host;
  } catch {
    return '';
  }
}

/** The failure in the page's language: English is the data layer's own message. */
export function errorText(error: unknown, text: Strings, locale: string): string {
  if (!(error instanceof FeedError)) return text.feedError;
  if (error.kind === 'rate-limited' && error.retryAfter !== undefined) {
    return text.feedWait(formatWait(error.retryAfter, locale));
  }
  const words = text.feedErrors?.[error.kind];
  return words ? words(errorDetail(error, locale)) : error.message;
}

/** The sources that failed: the reason from `errorText`. */
function failedSources(error: unknown, failures: readonly SourceFailure[]): readonly SourceFailure[] {
  return error instanceof SourcesFailedError ? error.failures : failures;
}

/**
 * One line for each of several sources that gave no papers, naming it by its host (its address
 * when it has none) — whether the others' papers show, or `error` says every source failed.
 */
export function sourceFailureTexts(
  error: unknown,
  failures: readonly SourceFailure[],
  text: Strings,
  locale: string,
): string[] {
  return failedSources(error, failures).map((failure) => {
    let source = failure.url;
    try {
      source = new URL(failure.url).host || failure.url;
    } catch {
      // Not a URL at all: the page's own words name it.
    }
    return text.feedSourceFailed(source, errorText(failure.error, text, locale));
  });
}

/** "No papers", or "No papers for <the period>". */
export function emptyText(period: Period | undefined, text: Strings, locale: string): string {
  return period ? text.feedEmptyFor(formatPeriod(period, locale, text.feedWeekOf)) : text.feedEmpty;
}

/** What the feed shows, for its live region. */
export interface Announced {
  state: PaperFeedState;
  feed: LoadedFeed | undefined;
  error: unknown;
  period: Period | undefined;
  /** The papers the filters keep. */
  selected: readonly unknown[] | undefined;
  pending: number;
}

/** What the live region says: the state, never the cards one by one. */
export function announcement(shown: Announced, text: Strings, locale: string): string {
  const { feed, selected, pending } = shown;
  if (!feed) return shown.state === 'error' ? errorText(shown.error, text, locale) : text.feedLoading;
  if (feed.papers.length === 0) return emptyText(shown.period, text, locale);
  if (selected?.length === 0) return text.feedNoMatch;
  return [
    text.feedLoaded(selected?.length ?? feed.papers.length),
    feed.stale ? text.feedStaleShort : '',
    pending > 0 ? text.feedNewPapers(pending) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
