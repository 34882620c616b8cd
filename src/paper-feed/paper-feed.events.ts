import type { Paper } from '../data/paper.js';

/** Fired when papers are shown, from the network or from the cache. */
export class PaperFeedLoadEvent extends Event {
  static readonly type = 'paper-feed-load';
  readonly detail: { papers: Paper[]; fromCache: boolean; stale: boolean };

  constructor(detail: PaperFeedLoadEvent['detail']) {
    super(PaperFeedLoadEvent.type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired when the feed could not be loaded; `cachedShown` says whether saved papers are still on screen. */
export class PaperFeedErrorEvent extends Event {
  static readonly type = 'paper-feed-error';
  readonly detail: { error: unknown; cachedShown: boolean };

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
