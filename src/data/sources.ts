import type { FeedFormat } from './formats/detect.js';
import { FeedError, loadedForFeed } from './feed-error.js';
import { loadMerge } from './load-merge.js';
import type { mergeFeedsWithCopies } from './merge.js';
import type { Paper } from './paper.js';
import type { FeedStore, LoadedFeed, LoadOptions } from './store/feed-store.js';

type MergeFeeds = typeof mergeFeedsWithCopies;

/** One of several sources a feed shows together. */
export interface FeedSource {
  /** The address as the page gave it. */
  src: string;
  /** The address made absolute and safe; `undefined` when it is not an http(s) URL. */
  url: string | undefined;
  format: FeedFormat;
}

/** A source that could not be loaded, and why. */
export interface SourceFailure {
  /** The source's address (as the page gave it, when it was not a valid one). */
  url: string;
  error: unknown;
}

/** The papers of several sources as one feed, with the sources that failed. */
export interface MergedFeed extends LoadedFeed {
  /** Sources that gave no papers: each is named, the others' papers are shown. */
  failures: readonly SourceFailure[];
  /** For each paper, the sources and ids of the copies it was made of. */
  copies: ReadonlyMap<string, readonly { url: string; id: string }[]>;
}

/** Every source failed: `failures` names each one and why. */
export class SourcesFailedError extends Error {
  override name = 'SourcesFailedError';
  readonly failures: readonly SourceFailure[];

  constructor(failures: readonly SourceFailure[]) {
    super(`None of the ${failures.length} sources could be loaded.`);
    this.failures = failures;
  }
}

/** The one key several sources go by (a merged feed's `url`): no URL holds a line break. */
export const sourcesKey = (sources: readonly FeedSource[]) =>
  sources.map((source) => source.url ?? source.src).join('\n');

export type SourcesLoadOptions = Omit<LoadOptions, 'format' | 'onUpdate' | 'onFirstPage'> & {
  /** A later state of the merged feed: one source refreshed behind, failed to, or another tab stored it. */
  onUpdate?: ((feed: MergedFeed) => void) | undefined;
};

/**
 * The papers of every source, loaded in parallel through `store` (so each is cached, refreshed and
 * shared between tabs on its own), merged into one list by `mergeFeedsWithCopies`. Sources that
 * fail are listed in `failures` while the others show; when every one fails it rejects with a
 * {@link SourcesFailedError}, or with the abort reason when `signal` aborts. The merged feed is
 * `fromCache` when every source's papers are, `stale` when any source's are, and dated by its
 * oldest source. A long cached source's first page is not handed out early: the list is only
 * sorted once every source has answered.
 */
export async function loadSources(
  store: FeedStore,
  sources: readonly FeedSource[],
  options: SourcesLoadOptions = {},
): Promise<MergedFeed> {
  const { onUpdate, ...shared } = options;
  const loaded: (LoadedFeed | undefined)[] = sources.map(() => undefined);
  const errors: unknown[] = sources.map(() => undefined);
  let settled = false;
  // The merging comes from a file of its own (a feed of one source never needs it), fetched
  // alongside the sources.
  const merging = loadMerge();
  merging.catch(() => undefined);
  let merge: MergeFeeds | undefined = undefined;
  await Promise.all(
    sources.map(async (source, index) => {
      try {
        if (!source.url) {
          throw new FeedError('unsafe-url', 'The feed address is not a valid http(s) URL.', { url: source.src });
        }
        const feed = await store.load(source.url, {
          ...shared,
          format: source.format,
          onUpdate: (later) => {
            loaded[index] = later;
            errors[index] = undefined;
            if (settled && merge) onUpdate?.(combine(sources, loaded, errors, merge));
          },
        });
        // A refresh behind may already have given a newer state.
        loaded[index] ??= feed;
      } catch (error) {
        errors[index] = error;
      }
    }),
  );
  shared.signal?.throwIfAborted();
  merge = await mergeModule(merging, sourcesKey(sources));
  const feed = combine(sources, loaded, errors, merge);
  if (loaded.every((source) => source === undefined)) throw new SourcesFailedError(feed.failures);
  settled = true;
  return feed;
}

/** The merge module's merging, or the feed's `missing-file` error naming the file it could not load. */
const mergeModule = async (merging: ReturnType<typeof loadMerge>, url: string): Promise<MergeFeeds> =>
  (
    await loadedForFeed(
      merging,
      (file) => `This feed has several sources, and paper-feed could not load what merges them (${file}).`,
      url,
      'the merging of several sources',
    )
  ).mergeFeedsWithCopies;

function combine(
  sources: readonly FeedSource[],
  loaded: readonly (LoadedFeed | undefined)[],
  errors: readonly unknown[],
  mergeFeedsWithCopies: MergeFeeds,
): MergedFeed {
  const feeds = loaded.filter((feed) => feed !== undefined);
  const from = new Map<Paper, LoadedFeed>();
  for (const feed of feeds) for (const paper of feed.papers) from.set(paper, feed);
  const { feed, copies } = mergeFeedsWithCopies(feeds);
  const newIds = new Set<string>();
  const sourcesOf = new Map<string, { url: string; id: string }[]>();
  for (const [id, group] of copies) {
    sourcesOf.set(
      id,
      group.map((paper) => ({ url: from.get(paper)?.url ?? '', id: paper.id })),
    );
    if (group.some((paper) => from.get(paper)?.newIds.has(paper.id))) newIds.add(id);
  }
  const stale = feeds.find((source) => source.stale);
  const failures = sources.flatMap((source, index) =>
    loaded[index] === undefined ? [{ url: source.url ?? source.src, error: errors[index] }] : [],
  );
  return {
    url: sourcesKey(sources),
    papers: feed.papers,
    fetchedAt: Math.min(...feeds.map((source) => source.fetchedAt)),
    fromCache: feeds.every((source) => source.fromCache),
    stale: stale !== undefined,
    ...(stale ? { error: stale.error } : {}),
    newIds,
    failures,
    copies: sourcesOf,
  };
}
