import { Task, TaskStatus } from '@lit/task';
import { deepArrayEquals } from '@lit/task/deep-equals.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../data/feed-error.js';
import type { FeedRequest } from '../data/feed-request.js';
import { loadSources, sourcesKey, type FeedSource, type MergedFeed } from '../data/sources.js';
import { resolveProxy, sharedFeedStore, type FeedStore, type LoadedFeed } from '../data/store/feed-store.js';
import { safeUrl } from '../data/url-safety.js';
import { baseURI } from '../platform/dom.js';

/** The feed's life cycle, reflected as the `state` attribute. */
export type PaperFeedState = 'loading' | 'ready' | 'empty' | 'error';

export interface FeedEvents {
  /** Papers are on screen (a load, or an update the reader sees). */
  loaded(feed: LoadedFeed): void;
  /** Loading failed; `cachedShown` when saved papers stay on screen. */
  failed(error: unknown, cachedShown: boolean): void;
}

/**
 * What `<paper-feed>` shows, from the feed store: the host hands it the {@link request} each update
 * and reads {@link state}, {@link feed}, {@link error} and {@link busy}. A new request (compared by
 * value) is a new load; updates that arrive later (a background refresh, another tab) replace the
 * papers, except new papers, held back until the reader asks for them so the cards on screen are
 * never pushed down. Everything it started stops when the host leaves the page.
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #events: FeedEvents;
  readonly #store: FeedStore;
  readonly #task: Task<[FeedRequest], LoadedFeed>;
  #request: FeedRequest | undefined;
  /** The request's URL made absolute and safe (`undefined` when it is not), or its sources' key. */
  #url: string | undefined;
  /** The request's several sources, their addresses made absolute and safe. */
  #sources: FeedSource[] = [];
  #lifetime = new AbortController();
  #shown: LoadedFeed | undefined;
  /** A long cached feed's first page, on screen while the rest is read. */
  #first: LoadedFeed | undefined;
  #pending: LoadedFeed | undefined;
  #error: unknown;
  #revalidate = false;
  #connectedBefore = false;

  constructor(host: ReactiveControllerHost & HTMLElement, events: FeedEvents, store = sharedFeedStore()) {
    this.#host = host;
    this.#events = events;
    this.#store = store;
    this.#task = new Task(host, {
      task: ([wanted], { signal }) => this.#load(wanted, signal),
      args: () => (this.#request ? [this.#request] : undefined) as [FeedRequest],
      argsEqual: deepArrayEquals,
      onComplete: (feed) => {
        this.#first = undefined;
        this.#shown = feed;
        this.#events.loaded(feed);
        if (feed.stale) this.#events.failed(feed.error, true);
      },
      onError: (error) => {
        this.#first = undefined;
        this.#shown = undefined;
        this.#error = error;
        // Leaving the page, or a newer request, aborts a load: nothing failed.
        if (!(error instanceof DOMException && error.name === 'AbortError')) this.#events.failed(error, false);
      },
    });
    host.addController(this);
  }

  /** What to load; set it in the host's `willUpdate`. A request equal by value to the last one changes nothing. */
  set request(request: FeedRequest) {
    if (request.src !== this.#request?.src) {
      this.#sources = (request.sources ?? []).map((source) => ({ ...source, url: safeUrl(source.src, baseURI()) }));
      this.#url = this.#sources.length ? sourcesKey(this.#sources) : safeUrl(request.src, baseURI());
    }
    this.#request = request;
  }

  /** Sources of the last load that gave no papers, while the others' are shown. */
  get failures(): MergedFeed['failures'] {
    const feed = this.feed;
    return feed && 'failures' in feed ? (feed as MergedFeed).failures : [];
  }

  /** The feed on screen for the current request's URL, never an earlier URL's. */
  get feed(): LoadedFeed | undefined {
    const feed = this.#shown ?? this.#first;
    return feed && this.#url && feed.url === this.#url ? feed : undefined;
  }

  /** Why the last load failed, while nothing is shown because of it. */
  get error(): unknown {
    return this.state === 'error' ? this.#error : undefined;
  }

  /** `loading` until papers (or a failure) arrive, then `ready`, `empty` or `error`. */
  get state(): PaperFeedState {
    const feed = this.feed;
    if (feed) return feed.papers.length ? 'ready' : 'empty';
    return this.#task.status === TaskStatus.ERROR ? 'error' : 'loading';
  }

  /** Whether a load is under way (the papers shown, if any, may be replaced when it ends). */
  get busy(): boolean {
    return this.#task.status === TaskStatus.PENDING;
  }

  /** How many papers a newer version of the feed adds, waiting for the reader. */
  get pendingCount(): number {
    if (!this.#pending) return 0;
    const shown = new Set(this.feed?.papers.map((paper) => paper.id));
    return this.#pending.papers.filter((paper) => !shown.has(paper.id)).length;
  }

  /** Shows the newer version of the feed that was held back. */
  showPending(): void {
    if (!this.#pending) return;
    this.#shown = this.#pending;
    this.#pending = undefined;
    this.#events.loaded(this.#shown);
    this.#host.requestUpdate();
  }

  /** Loads again; cached papers stay on screen while the network is asked. */
  retry(): Promise<void> {
    // Before the host's first update there is nothing to retry: that update starts the load.
    if (!this.#request) return Promise.resolve();
    this.#revalidate = true;
    return this.#task.run();
  }

  /** Remembers which papers the reader has seen, for the next visit's "New" badges. */
  markSeen(ids: Iterable<string>): void {
    const feed = this.feed;
    if (!feed || this.#request?.noCache) return;
    if (!('copies' in feed)) {
      void this.#store.markSeen(feed.url, ids);
      return;
    }
    // Each source remembers its own papers, by their own ids.
    const bySource = new Map<string, string[]>();
    for (const id of ids) {
      for (const copy of (feed as MergedFeed).copies.get(id) ?? []) {
        const list = bySource.get(copy.url);
        if (list) list.push(copy.id);
        else bySource.set(copy.url, [copy.id]);
      }
    }
    for (const [url, seen] of bySource) void this.#store.markSeen(url, seen);
  }

  hostConnected(): void {
    this.#lifetime = new AbortController();
    if (this.#connectedBefore && this.#request && this.#task.status !== TaskStatus.COMPLETE) void this.#task.run();
    this.#connectedBefore = true;
  }

  hostDisconnected(): void {
    this.#lifetime.abort(new DOMException('The feed left the page.', 'AbortError'));
    this.#task.abort();
  }

  async #load(request: FeedRequest, signal: AbortSignal): Promise<LoadedFeed> {
    this.#pending = undefined;
    this.#first = undefined;
    const revalidate = this.#revalidate;
    this.#revalidate = false;
    const lifetime = this.#lifetime.signal;
    const proxy = request.proxy === undefined ? undefined : resolveProxy(request.proxy, baseURI());
    if (request.proxy !== undefined && !proxy) {
      throw new FeedError('unsafe-url', 'The proxy address is not a valid http(s) URL.', { url: request.proxy });
    }
    if (this.#sources.length > 0) {
      return loadSources(this.#store, this.#sources, {
        ...request,
        proxy,
        revalidate,
        signal: AbortSignal.any([signal, lifetime]),
        onUpdate: (feed) => {
          this.#updated(feed);
        },
      });
    }
    const url = safeUrl(request.src, baseURI());
    if (!url) throw new FeedError('unsafe-url', 'The feed address is not a valid http(s) URL.', { url: request.src });
    return this.#store.load(url, {
      ...request,
      proxy,
      revalidate,
      signal: AbortSignal.any([signal, lifetime]),
      // A cached feed of thousands: its first page paints before the rest is read.
      onFirstPage: (page) => {
        if (signal.aborted) return;
        this.#first = page;
        this.#host.requestUpdate();
      },
      onUpdate: (feed) => {
        this.#updated(feed);
      },
    });
  }

  #updated(feed: LoadedFeed): void {
    const shown = this.feed;
    if (shown?.url !== feed.url) return;
    if (feed.stale) {
      this.#shown = { ...shown, stale: true, error: feed.error };
      this.#events.failed(feed.error, true);
    } else {
      const ids = new Set(shown.papers.map((paper) => paper.id));
      const adds = feed.papers.some((paper) => !ids.has(paper.id));
      if (adds && shown.papers.length > 0) {
        this.#pending = feed;
        // What was shown is now confirmed fresh.
        this.#shown = { ...shown, stale: false, fetchedAt: feed.fetchedAt };
      } else {
        this.#shown = feed;
        this.#events.loaded(feed);
      }
    }
    this.#host.requestUpdate();
  }
}
