import { Task, TaskStatus } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FeedError } from '../data/feed-error.js';
import { isFeedFormat, type FeedFormat } from '../data/formats/detect.js';
import type { Paper } from '../data/paper.js';
import { defaultTimeout } from '../data/store/fetch-feed.js';
import { loadFeed, type LoadedFeed } from '../data/store/load-feed.js';
import { safeUrl } from '../data/url-safety.js';
import { en } from '../i18n/en.js';
// Types only: the card is registered by paper-feed.define.ts, so importing this class registers nothing.
import type {} from '../paper-card/paper-card.define.js';
import { PaperFeedErrorEvent, PaperFeedLoadEvent } from './paper-feed.events.js';
import { paperFeedStyles } from './paper-feed.styles.js';

export const defaultSrc = 'https://huggingface.co/api/daily_papers';
const defaultLimit = 10;
const skeletonCount = 3;

/** The feed's life cycle, reflected as the `state` attribute. */
export type PaperFeedState = 'loading' | 'ready' | 'empty' | 'error';

/**
 * A live list of research papers from a feed URL, cached in IndexedDB, rendered as cards.
 *
 * @summary The Daily Papers experience in one tag.
 * @tag paper-feed
 * @dependency paper-card
 *
 * @slot - Fallback for readers without JavaScript and for crawlers (say, a link to the source); hidden once the feed renders.
 * @slot header - Replaces the heading.
 * @slot empty - Shown when the feed has no papers.
 * @slot error - Shown, with the message, when the feed fails.
 * @slot footer - Below the papers: the place for a `<subscribe-form>`.
 *
 * @fires {PaperFeedLoadEvent} paper-feed-load - Papers are shown; `detail.fromCache` tells where they came from.
 * @fires {PaperFeedErrorEvent} paper-feed-error - The feed failed; `detail.cachedShown` tells whether saved papers are still shown.
 *
 * @csspart heading - The feed heading.
 * @csspart list - The list of cards.
 * @csspart status - Loading, empty, error and stale notices.
 * @csspart button - The Retry and Show more buttons.
 *
 * @cssprop [--paper-feed-gap=var(--paper-space-m, 1rem)] - Space between cards.
 * @cssprop [--paper-feed-heading-size=1.5rem] - Heading font size.
 */
export class PaperFeedElement extends LitElement {
  static override styles = paperFeedStyles;

  /** The feed's URL: Hugging Face daily papers by default. Only http(s) URLs are fetched. */
  @property() src = defaultSrc;

  /**
   * The feed's format: `auto` (detect it from the content), `hugging-face`, `arxiv-api`,
   * `arxiv-rss`, `rss` (RSS 2.0 and 1.0), `atom` or `json-feed`. An unknown value means `auto`.
   */
  @property() format: FeedFormat = 'auto';

  /** Cards shown at first; "Show more" reveals the same number again. */
  @property({ type: Number }) limit = defaultLimit;

  /** The heading above the papers. */
  @property() heading = en.feedHeading;

  /** Colour scheme for the feed and its cards: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Milliseconds before a request is given up. */
  @property({ type: Number }) timeout = defaultTimeout;

  /** Skip the IndexedDB cache entirely. */
  @property({ attribute: 'no-cache', type: Boolean }) noCache = false;

  /** The current state: `loading`, `ready`, `empty` or `error`. Read-only; reflected for CSS and tests. */
  @property({ reflect: true }) state: PaperFeedState = 'loading';

  #shown = defaultLimit;

  #task = new Task(this, {
    task: ([src, format, noCache, timeout], { signal }) => {
      const url = safeUrl(src, document.baseURI);
      if (!url) {
        return Promise.reject(
          new FeedError('unsafe-url', 'The feed address is not a valid http(s) URL.', { url: src }),
        );
      }
      return loadFeed(url, {
        signal,
        noCache,
        format: isFeedFormat(format) ? format : 'auto',
        timeout: Number.isFinite(timeout) && timeout > 0 ? timeout : defaultTimeout,
      });
    },
    args: () => [this.src, this.format, this.noCache, this.timeout] as const,
    onComplete: (feed) => {
      this.#loaded(feed);
    },
    onError: (error) => {
      this.#failed(error);
    },
  });

  /** Every paper loaded from `src`, normalized; empty until the first load completes. */
  get papers(): readonly Paper[] {
    return this.#current?.papers ?? [];
  }

  /** The last load, unless it was for an earlier `src`: a new feed never shows the old one's papers. */
  get #current(): LoadedFeed | undefined {
    const value = this.#task.value;
    return value && value.url === safeUrl(this.src, document.baseURI) ? value : undefined;
  }

  /** Loads the feed again. */
  refresh(): Promise<void> {
    return this.#task.run();
  }

  #loaded(feed: LoadedFeed): void {
    this.#shown = this.#validLimit;
    this.dispatchEvent(
      new PaperFeedLoadEvent({ papers: feed.papers, fromCache: feed.fromCache, stale: feed.fromCache }),
    );
    if (feed.error !== undefined) this.dispatchEvent(new PaperFeedErrorEvent({ error: feed.error, cachedShown: true }));
  }

  #failed(error: unknown): void {
    this.dispatchEvent(new PaperFeedErrorEvent({ error, cachedShown: false }));
  }

  get #validLimit(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : defaultLimit;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const value = this.#current;
    if (this.#task.status === TaskStatus.ERROR) this.state = 'error';
    else if (value) this.state = value.papers.length ? 'ready' : 'empty';
    else this.state = 'loading';
  }

  protected override render() {
    return html`
      <slot name="header"><h2 part="heading" class="heading">${this.heading}</h2></slot>
      ${this.#task.render({
        initial: () => this.renderSkeletons(),
        pending: () => {
          const current = this.#current;
          return current ? this.renderPapers(current) : this.renderSkeletons();
        },
        complete: (feed) => this.renderPapers(feed),
        error: (error) => this.renderError(error),
      })}
      <slot name="footer"></slot>
    `;
  }

  private renderSkeletons() {
    return html`<div part="status" class="status" role="status">${en.feedLoading}</div>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from({ length: skeletonCount }, () => html`<li class="skeleton"></li>`)}
      </ul>`;
  }

  private renderPapers(feed: LoadedFeed) {
    if (feed.papers.length === 0) {
      return html`<slot name="empty"><p part="status" class="status">${en.feedEmpty}</p></slot>`;
    }
    const visible = feed.papers.slice(0, this.#shown);
    return html`
      ${feed.fromCache ? html`<p part="status" class="status stale" role="status">${en.feedStale}</p>` : nothing}
      <ul part="list" class="list">
        ${repeat(
          visible,
          (paper) => paper.id,
          (paper) =>
            html`<li>
              <paper-card
                .paper=${paper}
                theme=${this.theme}
                exportparts="title, authors, date, upvotes, comments, org, abstract, links, link"
              ></paper-card>
            </li>`,
        )}
      </ul>
      ${
        visible.length < feed.papers.length
          ? html`<button part="button" class="more" @click=${this.#showMore}>${en.feedShowMore}</button>`
          : nothing
      }
    `;
  }

  private renderError(error: unknown) {
    const message = error instanceof FeedError ? error.message : en.feedError;
    return html`<div part="status" class="status error" role="alert">
        <slot name="error"></slot>
        <p>${message}</p>
        <button part="button" @click=${() => void this.refresh()}>${en.feedRetry}</button>
      </div>
      <slot></slot>`;
  }

  #showMore = (): void => {
    this.#shown += this.#validLimit;
    this.requestUpdate();
  };
}
