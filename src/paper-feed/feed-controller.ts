import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { FeedError } from '../data/feed-error.js';
import type { FeedFormat } from '../data/formats/detect.js';
import { sharedFeedStore, type FeedStore, type LoadedFeed } from '../data/store/feed-store.js';
import { safeUrl } from '../data/url-safety.js';

/** What the element asks for; the controller reloads whenever one of these changes. */
export interface FeedRequest {
  src: string;
  format: FeedFormat;
  noCache: boolean;
  timeout: number;
  maxAge: number;
  proxy: string | undefined;
}

export interface FeedEvents {
  /** Papers are on screen (a load, or an update the reader sees). */
  loaded(feed: LoadedFeed): void;
  /** Loading failed; `cachedShown` when saved papers stay on screen. */
  failed(error: unknown, cachedShown: boolean): void;
}

/**
 * Drives the feed store for `<paper-feed>`: one {@link Task} per request, updates that arrive
 * later (a background refresh, another tab), and new papers held back until the reader asks for
 * them so the cards on screen are never pushed down. Everything it started stops when the host
 * leaves the page.
 */
export class FeedController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #request: () => FeedRequest;
  readonly #events: FeedEvents;
  readonly #store: FeedStore;
  #lifetime = new AbortController();
  #clock: ReturnType<typeof setInterval> | undefined;
  #live: LoadedFeed | undefined;
  #pending: LoadedFeed | undefined;
  #revalidate = false;
  #connectedBefore = false;

  readonly task: Task<[FeedRequest], LoadedFeed>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    request: () => FeedRequest,
    events: FeedEvents,
    store = sharedFeedStore(),
  ) {
    this.#host = host;
    this.#request = request;
    this.#events = events;
    this.#store = store;
    this.task = new Task(host, {
      task: ([wanted], { signal }) => this.#load(wanted, signal),
      args: () => [this.#request()],
      argsEqual: ([a], [b]) =>
        a.src === b.src &&
        a.format === b.format &&
        a.noCache === b.noCache &&
        a.timeout === b.timeout &&
        a.maxAge === b.maxAge &&
        a.proxy === b.proxy,
      onComplete: (feed) => {
        this.#events.loaded(feed);
        if (feed.stale) this.#events.failed(feed.error, true);
      },
      onError: (error) => {
        // Leaving the page, or a newer request, aborts a load: nothing failed.
        if (!(error instanceof DOMException && error.name === 'AbortError')) this.#events.failed(error, false);
      },
    });
    host.addController(this);
  }

  /** The feed on screen for the current `src`, never an earlier one's. */
  get feed(): LoadedFeed | undefined {
    const url = safeUrl(this.#request().src, document.baseURI);
    const feed = this.#live ?? this.task.value;
    return feed && feed.url === url ? feed : undefined;
  }

  /** How many papers a newer version of the feed adds, waiting for the reader. */
  get pendingCount(): number {
    if (!this.#pending) return 0;
    const shown = new Set(this.feed?.papers.map((paper) => paper.id));
    return this.#pending.papers.filter((paper) => !shown.has(paper.id)).length;
  }

  get failed(): boolean {
    return this.task.status === TaskStatus.ERROR;
  }

  /** Shows the newer version of the feed that was held back. */
  showPending(): void {
    if (!this.#pending) return;
    this.#live = this.#pending;
    this.#pending = undefined;
    this.#events.loaded(this.#live);
    this.#host.requestUpdate();
  }

  /** Loads again; cached papers stay on screen while the network is asked. */
  retry(): Promise<void> {
    this.#revalidate = true;
    return this.task.run();
  }

  /** Remembers which papers the reader has seen, for the next visit's "New" badges. */
  markSeen(ids: Iterable<string>): void {
    const feed = this.feed;
    if (feed && !this.#request().noCache) void this.#store.markSeen(feed.url, ids);
  }

  hostConnected(): void {
    this.#lifetime = new AbortController();
    // "Updated 5 minutes ago" stays true while the page is open.
    this.#clock = setInterval(() => {
      this.#host.requestUpdate();
    }, 60_000);
    if (this.#connectedBefore && this.task.status !== TaskStatus.COMPLETE) void this.task.run();
    this.#connectedBefore = true;
  }

  hostDisconnected(): void {
    clearInterval(this.#clock);
    this.#lifetime.abort(new DOMException('The feed left the page.', 'AbortError'));
    this.task.abort();
  }

  async #load(request: FeedRequest, signal: AbortSignal): Promise<LoadedFeed> {
    this.#live = undefined;
    this.#pending = undefined;
    const revalidate = this.#revalidate;
    this.#revalidate = false;
    const url = safeUrl(request.src, document.baseURI);
    if (!url) throw new FeedError('unsafe-url', 'The feed address is not a valid http(s) URL.', { url: request.src });
    // A proxy on the page's own site may be written as a path (`/proxy?url={url}`); fetch resolves it.
    if (request.proxy !== undefined && !safeUrl(request.proxy.replaceAll('{url}', ''), document.baseURI)) {
      throw new FeedError('unsafe-url', 'The proxy address is not a valid http(s) URL.', { url: request.proxy });
    }
    const lifetime = this.#lifetime.signal;
    return this.#store.load(url, {
      ...request,
      revalidate,
      signal: AbortSignal.any([signal, lifetime]),
      onUpdate: (feed) => {
        this.#updated(feed);
      },
    });
  }

  #updated(feed: LoadedFeed): void {
    const shown = this.feed;
    if (shown?.url !== feed.url) return;
    if (feed.stale) {
      this.#live = { ...shown, stale: true, error: feed.error };
      this.#events.failed(feed.error, true);
    } else {
      const ids = new Set(shown.papers.map((paper) => paper.id));
      const adds = feed.papers.some((paper) => !ids.has(paper.id));
      if (adds && shown.papers.length > 0) {
        this.#pending = feed;
        // What was shown is now confirmed fresh.
        this.#live = { ...shown, stale: false, fetchedAt: feed.fetchedAt };
      } else {
        this.#live = feed;
        this.#events.loaded(feed);
      }
    }
    this.#host.requestUpdate();
  }
}
