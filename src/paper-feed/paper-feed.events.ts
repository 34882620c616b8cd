import type { Paper } from '../data/paper.js';

/**
 * Fired when papers are shown, from the network or from the cache. With several sources, `papers`
 * is the merged list; `fromCache` is true when every source's papers came from the cache, `stale`
 * when any source's saved papers could not be refreshed.
 */
export class PaperFeedLoadEvent extends Event {
  static readonly type = 'paper-feed-load';
  readonly detail: { papers: Paper[]; fromCache: boolean; stale: boolean };

  constructor(detail: PaperFeedLoadEvent['detail']) {
    super(PaperFeedLoadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/**
 * Fired when the feed could not be loaded; `cachedShown` says whether papers are still on screen.
 * With several sources: once for each source that gave no papers while the others' show
 * (`cachedShown` true, `source` its address), after the `paper-feed-load` of the others' papers;
 * when none could be loaded, once, with a `SourcesFailedError` whose `failures` list them all.
 */
export class PaperFeedErrorEvent extends Event {
  static readonly type = 'paper-feed-error';
  readonly detail: { error: unknown; cachedShown: boolean; source?: string };

  constructor(detail: PaperFeedErrorEvent['detail']) {
    super(PaperFeedErrorEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'paper-feed-load': PaperFeedLoadEvent;
    'paper-feed-error': PaperFeedErrorEvent;
  }
}
