import { isFeedFormat, type FeedFormat } from './formats/detect.js';
import { huggingFaceDailyUrl, huggingFacePeriod, isHuggingFaceDaily } from './formats/hugging-face.js';
import { currentPeriod, parsePeriod, periodUnits, type Period, type PeriodUnit } from './period.js';
import { politeUrl } from './polite-url.js';
import { paperSorts, type PaperSort } from './select.js';
import { defaultMaxAge, defaultTimeout, nonNegativeOr, positiveOr } from './defaults.js';

/** What a feed asks of the store. Two equal requests are one load; any difference is a new one. */
export interface FeedRequest {
  /** The URL to load: the page's `src`, with what the Hugging Face API is asked for itself. */
  src: string;
  format: FeedFormat;
  noCache: boolean;
  timeout: number;
  maxAge: number;
  /** The proxy template as the page gave it; `undefined` when none (or only blanks) was given. */
  proxy: string | undefined;
  /**
   * Several sources shown as one list, each with its format (an unknown one read as `auto`); absent
   * for the one feed at `src`. With sources, `src` is their addresses, a line each.
   */
  sources?: readonly { src: string; format: FeedFormat }[] | undefined;
}

/** What a page says it wants, as its attributes hold it: any string, checked here. */
export interface FeedOptions {
  src: string;
  format: string;
  sort: string;
  /** The day (`YYYY-MM-DD`), week (`YYYY-Www`) or month (`YYYY-MM`) asked for; `today` for the current one. */
  date?: string | undefined;
  week?: string | undefined;
  month?: string | undefined;
  /** Previous / next controls: without a period asked for, today's papers. */
  dateNav: boolean;
  noCache: boolean;
  /** Milliseconds; anything but a positive number means the default (10 s). */
  timeout: number;
  /** Seconds; anything but a number ≥ 0 means the default (an hour). */
  maxAge: number;
  proxy?: string | undefined;
  /** A contact address for Crossref's and OpenAlex's polite pool: added to their URLs only. */
  mailto?: string | undefined;
  /** Several sources to show as one list, in place of `src` (the page includes `src` among them when it wants it). */
  sources?: readonly { src: string; format: string }[] | undefined;
}

/** A feed's options worked out: what to load, which period it shows, and the order left to apply. */
export interface FeedPlan {
  request: FeedRequest;
  /** The day, week or month shown; only Hugging Face daily papers can be asked for one. */
  period: Period | undefined;
  /** The order to apply to the papers loaded: `feed` when the server sorted them already. */
  sort: PaperSort;
}

/**
 * The period a feed shows: from `date` / `week` / `month` (the first valid one), else from `src`
 * itself (`?date=…`), else today with `dateNav`. `undefined` for any feed but Hugging Face daily papers.
 */
export function feedPeriod(
  src: string,
  asked: Partial<Record<PeriodUnit, string | undefined>>,
  dateNav: boolean,
  now = new Date(),
): Period | undefined {
  if (!isHuggingFaceDaily(src)) return undefined;
  for (const unit of periodUnits) {
    const period = parsePeriod(unit, asked[unit], now);
    if (period) return period;
  }
  return huggingFacePeriod(src) ?? (dateNav ? currentPeriod('date', now) : undefined);
}

/**
 * Works out a feed's options: trending and the period asked of the Hugging Face API itself, `mailto`
 * added to a Crossref or OpenAlex URL ({@link politeUrl}), an
 * unknown `format` read as `auto`, an unknown `sort` as `feed`, a blank `proxy` as none, an invalid
 * `timeout` or `maxAge` as the default.
 */
export function feedRequest(options: FeedOptions, now = new Date()): FeedPlan {
  const sort = paperSorts.includes(options.sort as PaperSort) ? (options.sort as PaperSort) : 'feed';
  const period = feedPeriod(options.src, options, options.dateNav, now);
  const daily = huggingFaceDailyUrl(options.src, { trending: sort === 'trending', period });
  const src = politeUrl(daily, options.mailto);
  return {
    request: {
      src,
      format: isFeedFormat(options.format) ? options.format : 'auto',
      noCache: options.noCache,
      timeout: positiveOr(options.timeout, defaultTimeout),
      maxAge: nonNegativeOr(options.maxAge, defaultMaxAge),
      proxy: options.proxy?.trim() ? options.proxy : undefined,
    },
    period,
    sort: daily !== options.src && sort === 'trending' ? 'feed' : sort,
  };
}

/**
 * {@link feedRequest} for a feed of several sources, when `options.sources` has any: each source
 * with its format (an unknown one read as `auto`) and `mailto` ({@link politeUrl}), no period (that belongs to one daily-papers
 * feed), the sort applied to the merged papers.
 */
export function sourcesRequest(options: FeedOptions, now = new Date()): FeedPlan {
  const plan = feedRequest(options, now);
  const sources = (options.sources ?? []).map((source) => ({
    src: politeUrl(source.src, options.mailto),
    format: isFeedFormat(source.format) ? source.format : ('auto' as const),
  }));
  if (sources.length === 0) return plan;
  const sort = paperSorts.includes(options.sort as PaperSort) ? (options.sort as PaperSort) : 'feed';
  const src = sources.map((source) => source.src).join('\n');
  return { request: { ...plan.request, src, format: 'auto', sources }, period: undefined, sort };
}
