import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FeedError } from '../data/feed-error.js';
import { isFeedFormat, type FeedFormat } from '../data/formats/detect.js';
import type { Paper } from '../data/paper.js';
import { paperSorts, selectPapers, type PaperSort } from '../data/select.js';
import { defaultTimeout } from '../data/store/fetch-feed.js';
import type { LoadedFeed } from '../data/store/feed-store.js';
import { en } from '../i18n/en.js';
import { formatAge, localeOf } from '../i18n/format.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
// Types only: the card is registered by paper-feed.define.ts, so importing this class registers nothing.
import type {} from '../paper-card/paper-card.define.js';
import { PaperFeedErrorEvent, PaperFeedLoadEvent } from './paper-feed.events.js';
import { FeedController } from './feed-controller.js';
import { paperFeedStyles } from './paper-feed.styles.js';

export const defaultSrc = 'https://huggingface.co/api/daily_papers';
const defaultLimit = 10;
const defaultMaxAge = 3600;
// The stale notice says "from 1 minute ago" at the least: "from now" reads oddly.
const minuteMs = 60_000;
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
 * @csspart updated - "Updated 5 minutes ago".
 * @csspart search - The search box (with `searchable`).
 * @csspart button - The Retry, "N new papers" and Show more buttons.
 *
 * @cssprop [--paper-feed-gap=var(--paper-space-m, 1rem)] - Space between cards.
 * @cssprop [--paper-feed-heading-size=1.5rem] - Heading font size.
 */
export class PaperFeedElement extends LitElement {
  static override styles = paperFeedStyles;

  /**
   * The feed's URL: Hugging Face daily papers by default. Only http(s) URLs are fetched.
   * @type {string}
   * @default 'https://huggingface.co/api/daily_papers'
   */
  @property() src = defaultSrc;

  /**
   * The feed's format: `auto` (detect it from the content), `hugging-face`, `arxiv-api`,
   * `arxiv-rss`, `rss` (RSS 2.0 and 1.0), `atom` or `json-feed`. An unknown value means `auto`.
   */
  @property() format: FeedFormat = 'auto';

  /**
   * Cards shown at first; "Show more" reveals the same number again.
   * @type {number}
   * @default 10
   */
  @property({ type: Number }) limit = defaultLimit;

  /**
   * The heading above the papers.
   * @type {string}
   * @default 'Daily Papers' (in the page's language)
   */
  @property() heading = en.feedHeading;

  /** Colour scheme for the feed and its cards: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /**
   * Seconds cached papers count as fresh; older ones show at once and are refreshed behind.
   * @type {number}
   * @default 3600
   */
  @property({ attribute: 'max-age', type: Number }) maxAge = defaultMaxAge;

  /**
   * Milliseconds for the whole request, retries included.
   * @type {number}
   * @default 10000
   */
  @property({ type: Number }) timeout = defaultTimeout;

  /**
   * Fetch through a proxy of your own, for feeds that do not allow other sites to read them:
   * `https://my-proxy.example/?url={url}` (`{url}` is replaced by the encoded feed address, or it is
   * appended).
   */
  @property() proxy?: string;

  /** Skip the IndexedDB cache entirely. */
  @property({ attribute: 'no-cache', type: Boolean }) noCache = false;

  /**
   * Order: `feed` (as the feed sends it), `newest`, `upvotes` or `trending`. For Hugging Face
   * daily papers, `trending` is asked of the API itself.
   */
  @property() sort: PaperSort = 'feed';

  /** Show a search box that filters titles, authors and abstracts as the reader types. */
  @property({ type: Boolean }) searchable = false;

  /** A preset filter: only papers with all these words (the search box starts with it). */
  @property() query = '';

  /** Only papers with at least this many upvotes. */
  @property({ attribute: 'min-upvotes', type: Number }) minUpvotes = 0;

  /** `list` (default), `grid`, or `compact` (title and one line per paper). */
  @property({ reflect: true }) layout: 'list' | 'grid' | 'compact' = 'list';

  /** Hide the whole widget when the feed has no papers. */
  @property({ attribute: 'hide-if-empty', type: Boolean, reflect: true }) hideIfEmpty = false;

  /** Where the cards' links open: the same tab (default), or `_blank`. */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  @state() private typed: string | undefined;

  /** The current state: `loading`, `ready`, `empty` or `error`. Read-only; reflected for CSS and tests. */
  @property({ reflect: true }) state: PaperFeedState = 'loading';

  /** Set while the papers shown are saved ones past `max-age` that could not be refreshed. Read-only. */
  @property({ type: Boolean, reflect: true }) stale = false;

  #shown = defaultLimit;
  /** The interface's words in the page's language, looked up once per update. */
  #text: Strings = en;
  #marked: LoadedFeed | undefined;

  #feed = new FeedController(
    this,
    () => ({
      src: this.#requestSrc,
      format: isFeedFormat(this.format) ? this.format : 'auto',
      noCache: this.noCache,
      timeout: Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : defaultTimeout,
      maxAge: Number.isFinite(this.maxAge) && this.maxAge >= 0 ? this.maxAge : defaultMaxAge,
      proxy: this.proxy?.trim() ? this.proxy : undefined,
    }),
    {
      loaded: (feed) => {
        this.#shown = Math.max(this.#shown, this.#validLimit);
        this.dispatchEvent(
          new PaperFeedLoadEvent({ papers: feed.papers, fromCache: feed.fromCache, stale: feed.stale }),
        );
      },
      failed: (error, cachedShown) => {
        this.dispatchEvent(new PaperFeedErrorEvent({ error, cachedShown }));
      },
    },
  );

  /** Every paper loaded from `src`, normalized; empty until the first load completes. */
  get papers(): readonly Paper[] {
    return this.#feed.feed?.papers ?? [];
  }

  /** Loads the feed again from the network; papers on screen stay while it does. */
  refresh(): Promise<void> {
    return this.#feed.retry();
  }

  get #sortOrder(): PaperSort {
    return paperSorts.includes(this.sort) ? this.sort : 'feed';
  }

  /** `src`, with `sort=trending` asked of the Hugging Face daily-papers API itself. */
  get #requestSrc(): string {
    if (this.#sortOrder !== 'trending' || !/^https:\/\/huggingface\.co\/api\/daily_papers\b/.test(this.src))
      return this.src;
    const url = new URL(this.src);
    url.searchParams.set('sort', 'trending');
    return url.href;
  }

  get #validLimit(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : defaultLimit;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('src')) this.#shown = this.#validLimit;
    this.#text = stringsFor(localeOf(this));
    const feed = this.#feed.feed;
    if (feed) this.state = feed.papers.length ? 'ready' : 'empty';
    else this.state = this.#feed.failed ? 'error' : 'loading';
    this.stale = feed?.stale ?? false;
  }

  protected override updated(): void {
    // The papers now on screen count as seen on the reader's next visit.
    const feed = this.#feed.feed;
    if (feed && feed !== this.#marked) {
      this.#marked = feed;
      this.#feed.markSeen(feed.papers.slice(0, this.#shown).map((paper) => paper.id));
    }
  }

  protected override render() {
    const feed = this.#feed.feed;
    return html`
      <slot name="header"><h2 part="heading" class="heading">${this.heading}</h2></slot>
      ${feed ? this.renderPapers(feed) : this.#feed.failed ? this.renderError(this.#feed.task.error) : this.renderSkeletons()}
      <slot name="footer"></slot>
    `;
  }

  private renderSkeletons() {
    return html`<div part="status" class="status" role="status">${this.#text.feedLoading}</div>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from({ length: skeletonCount }, () => html`<li class="skeleton"></li>`)}
      </ul>`;
  }

  private renderPapers(feed: LoadedFeed) {
    if (feed.papers.length === 0) {
      return html`<slot name="empty"><p part="status" class="status">${this.#text.feedEmpty}</p></slot>`;
    }
    const locale = localeOf(this);
    const query = this.typed ?? this.query;
    const minUpvotes = Number.isFinite(this.minUpvotes) ? this.minUpvotes : 0;
    const serverSorted = this.#requestSrc !== this.src;
    const selected = selectPapers(feed.papers, { sort: serverSorted ? 'feed' : this.#sortOrder, query, minUpvotes });
    const visible = selected.slice(0, this.#shown);
    const pending = this.#feed.pendingCount;
    return html`
      ${
        feed.stale
          ? html`<div part="status" class="status stale" role="status">
              <p>${this.#text.feedStale(formatAge(Math.min(feed.fetchedAt, Date.now() - minuteMs), locale))}</p>
              <button part="button" @click=${() => void this.refresh()}>${this.#text.feedRetry}</button>
            </div>`
          : html`<p part="updated" class="updated">${this.#text.feedUpdated(formatAge(feed.fetchedAt, locale))}</p>`
      }
      ${
        pending > 0
          ? html`<button
              part="button"
              class="new"
              @click=${() => {
                this.#feed.showPending();
              }}
            >
              ${this.#text.feedNewPapers(pending)}
            </button>`
          : nothing
      }
      ${
        this.searchable
          ? html`<input
              part="search"
              class="search"
              type="search"
              .value=${query}
              placeholder=${this.#text.feedSearch}
              aria-label=${this.#text.feedSearch}
              @input=${(event: InputEvent) => {
                this.typed = (event.target as HTMLInputElement).value;
                this.#shown = this.#validLimit;
              }}
            />`
          : nothing
      }
      ${selected.length === 0 ? html`<p part="status" class="status" role="status">${this.#text.feedNoMatch}</p>` : nothing}
      <ul part="list" class="list">
        ${repeat(
          visible,
          (paper) => paper.id,
          (paper) =>
            html`<li>
              <paper-card
                .paper=${paper}
                ?new=${feed.newIds.has(paper.id)}
                theme=${this.theme}
                variant=${this.layout === 'compact' ? 'compact' : 'full'}
                .linkTarget=${this.linkTarget}
                exportparts="title, badge, authors, date, upvotes, comments, org, thumbnail, summary, abstract, toggle, links, link"
              ></paper-card>
            </li>`,
        )}
      </ul>
      ${
        visible.length < selected.length
          ? html`<button part="button" class="more" @click=${this.#showMore}>${this.#text.feedShowMore}</button>`
          : nothing
      }
    `;
  }

  private renderError(error: unknown) {
    const message = error instanceof FeedError ? error.message : this.#text.feedError;
    return html`<div part="status" class="status error" role="alert">
        <slot name="error"></slot>
        <p>${message}</p>
        <button part="button" @click=${() => void this.refresh()}>${this.#text.feedRetry}</button>
      </div>
      <slot></slot>`;
  }

  #showMore = (): void => {
    this.#shown += this.#validLimit;
    this.requestUpdate();
  };
}
