import { TaskStatus } from '@lit/task';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { FeedError } from '../data/feed-error.js';
import { isFeedFormat, type FeedFormat } from '../data/formats/detect.js';
import { huggingFaceDailyUrl, huggingFacePeriod, isHuggingFaceDaily } from '../data/formats/hugging-face.js';
import type { Paper } from '../data/paper.js';
import { currentPeriod, parsePeriod, periodUnits, type Period } from '../data/period.js';
import { paperSorts, selectPapers, type PaperSort } from '../data/select.js';
import { defaultTimeout } from '../data/store/fetch-feed.js';
import type { LoadedFeed } from '../data/store/feed-store.js';
import { en } from '../i18n/en.js';
import { formatPeriod, formatWait } from '../i18n/format.js';
import { LanguageController } from '../i18n/language-controller.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
// Types only: the card is registered by paper-feed.define.ts, so importing this class registers nothing.
import type {} from '../paper-card/paper-card.define.js';
import { PaperFeedErrorEvent, PaperFeedLoadEvent } from './paper-feed.events.js';
import { FeedController } from './feed-controller.js';
import { paperFeedStyles } from './paper-feed.styles.js';
import { cardList, dateNav, failure, freshness, skeletons } from './paper-feed.templates.js';
import { VirtualListController, virtualThreshold } from './virtual-list.js';

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

export const defaultSrc = 'https://huggingface.co/api/daily_papers';
const defaultLimit = 10;
const defaultMaxAge = 3600;

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
 * @csspart button - The Retry, "N new papers", Show more and date buttons.
 * @csspart date-nav - The previous / next controls (with `date-nav`).
 * @csspart period - The day, week or month shown, between the date buttons.
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
   * Cards shown at first.
   * @type {number}
   * @default 10
   */
  @property({ type: Number }) limit = defaultLimit;

  /** Cards each "Show more" adds; `limit` when unset. */
  @property({ attribute: 'page-size', type: Number }) pageSize?: number;

  /**
   * The heading above the papers; empty for none (the feed keeps it as its accessible name).
   * @type {string}
   * @default 'Daily Papers' (in the page's language)
   */
  @property() heading?: string | undefined;

  /**
   * Colour scheme of the cards and of the elements slotted into the feed (a `<subscribe-form>` in
   * `footer`, unless it has a `theme` of its own): `light` (the default), `dark` or `auto`. The
   * heading and notices sit on the page and keep the page's text colour.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

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
   * appended), or one on your own site relative to the page: `/proxy?url={url}`.
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

  /** Hugging Face daily papers: the papers of one day, `YYYY-MM-DD` or `today`. */
  @property() date?: string | undefined;

  /** Hugging Face daily papers: the papers of one ISO week, `YYYY-Www` (e.g. `2025-W50`) or `today`. */
  @property() week?: string | undefined;

  /** Hugging Face daily papers: the papers of one month, `YYYY-MM` or `today`. */
  @property() month?: string | undefined;

  /**
   * Hugging Face daily papers: previous / next buttons that move the `date`, `week` or `month`
   * (days, from today, when none is set).
   */
  @property({ attribute: 'date-nav', type: Boolean }) dateNav = false;

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
  /** The page's language and the interface's words in it, looked up once per update. */
  #language = new LanguageController(this);
  #locale = 'en';
  #text: Strings = en;
  /** Whether focus was inside the feed when this update began (see #keepFocus). */
  #hadFocus = false;
  /** `src` as last requested (see #requestSrc), computed once per update. */
  #request = '';
  #marked: LoadedFeed | undefined;
  #selection: { papers: readonly Paper[]; key: string; selected: Paper[]; visible: Paper[] } | undefined;
  #virtual = new VirtualListController<Paper>(this);
  /** Slotted elements whose `theme` the feed set, with the value it set: the feed may change those. */
  #themed = new WeakMap<Element, string>();

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

  /**
   * The day, week or month shown: from `date` / `week` / `month`, else from `src` itself, else
   * today with `date-nav`. Only Hugging Face daily papers can be asked for one.
   */
  get #period(): Period | undefined {
    if (!isHuggingFaceDaily(this.src)) return undefined;
    for (const unit of periodUnits) {
      const period = parsePeriod(unit, this[unit]);
      if (period) return period;
    }
    return huggingFacePeriod(this.src) ?? (this.dateNav ? currentPeriod('date') : undefined);
  }

  /** `src` as requested: trending and the period asked of the Hugging Face API itself. */
  get #requestSrc(): string {
    return huggingFaceDailyUrl(this.src, { trending: this.#sortOrder === 'trending', period: this.#period });
  }

  /** The heading shown: the page's, or "Daily Papers" in the page's language; none when set empty. */
  get #heading(): string {
    return (this.heading ?? this.#text.feedHeading).trim();
  }

  /** The feed's accessible name: the heading, or the default one when the page hides it. */
  get #label(): string {
    // An empty heading hides it; the feed keeps the default as its name.
    // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
    return this.heading?.trim() || this.#text.feedHeading;
  }

  get #validLimit(): number {
    return Number.isInteger(this.limit) && this.limit > 0 ? this.limit : defaultLimit;
  }

  get #validPageSize(): number {
    const size = this.pageSize ?? 0;
    return Number.isInteger(size) && size > 0 ? size : this.#validLimit;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const request = this.#requestSrc;
    if (request !== this.#request) {
      this.#request = request;
      this.#shown = this.#validLimit;
    }
    this.#hadFocus = (this.shadowRoot?.activeElement ?? null) !== null;
    const feed = this.#feed.feed;
    if (feed) this.state = feed.papers.length ? 'ready' : 'empty';
    else this.state = this.#feed.failed ? 'error' : 'loading';
    this.stale = feed?.stale ?? false;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#language.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The language controller has looked up the page's language by now (controllers update first).
    this.#locale = this.#language.locale;
    this.#text = stringsFor(this.#locale);
    super.update(changed);
  }

  protected override updated(): void {
    this.#handTheme();
    this.#keepFocus();
    this.#virtual.attach(this.renderRoot.querySelector<HTMLElement>('.virtual') ?? undefined);
    // The papers now on screen count as seen on the reader's next visit.
    const feed = this.#feed.feed;
    if (feed && feed !== this.#marked) {
      this.#marked = feed;
      this.#feed.markSeen(feed.papers.slice(0, this.#shown).map((paper) => paper.id));
    }
  }

  protected override render() {
    // Until the page's language has arrived (a few milliseconds, while the feed loads anyway): the
    // placeholders alone, with no English words to flash and no announcement to take back.
    if (!this.#language.ready) return skeletons(undefined, '');
    const feed = this.#feed.feed;
    const period = this.#period;
    const selection = feed ? this.#select(feed.papers) : undefined;
    return html`
      <slot name="header"
        >${this.#heading ? html`<h2 part="heading" class="heading">${this.#heading}</h2>` : nothing}</slot
      >
      <p class="visually-hidden" role="status">${this.#announcement(period, selection?.selected)}</p>
      ${this.dateNav && period ? dateNav(period, this.#text, this.#locale, this.#goTo) : nothing}
      ${
        feed && selection
          ? this.renderPapers(feed, selection.selected, selection.visible, period)
          : this.#feed.failed
            ? failure(this.#errorText, this.#text, this.#retry)
            : skeletons(this.#text, this.#label)
      }
      <slot name="footer" @slotchange=${this.#handTheme}></slot>
    `;
  }

  /** The feed's `theme` reaches the elements slotted into it, except those with a theme of their own. */
  #handTheme = (): void => {
    const slots = this.renderRoot.querySelectorAll<HTMLSlotElement>('slot[name]');
    for (const element of [...slots].flatMap((slot) => slot.assignedElements({ flatten: true }))) {
      if (!element.matches('subscribe-form, paper-card')) continue;
      const own = element.getAttribute('theme');
      if (own !== null && own !== this.#themed.get(element)) continue;
      if (this.theme) {
        element.setAttribute('theme', this.theme);
        this.#themed.set(element, this.theme);
      } else {
        element.removeAttribute('theme');
        this.#themed.delete(element);
      }
    }
  };

  /** What the live region says: the state, never the cards one by one. */
  #announcement(period: Period | undefined, selected: readonly Paper[] | undefined): string {
    const text = this.#text;
    const feed = this.#feed.feed;
    if (!feed) return this.#feed.failed ? this.#errorText : text.feedLoading;
    if (feed.papers.length === 0) return this.#emptyText(period);
    if (selected?.length === 0) return text.feedNoMatch;
    const pending = this.#feed.pendingCount;
    return [
      text.feedLoaded(selected?.length ?? feed.papers.length),
      feed.stale ? text.feedStaleShort : '',
      pending > 0 ? text.feedNewPapers(pending) : '',
    ]
      .filter(Boolean)
      .join(' ');
  }

  /** The failure in the page's language: English is the data layer's own message. */
  get #errorText(): string {
    const error = this.#feed.task.error;
    if (!(error instanceof FeedError)) return this.#text.feedError;
    if (error.kind === 'rate-limited' && error.retryAfter !== undefined) {
      return this.#text.feedWait(formatWait(error.retryAfter, this.#locale));
    }
    const words = this.#text.feedErrors?.[error.kind];
    return words ? words(errorDetail(error, this.#locale)) : error.message;
  }

  /**
   * A re-render that removed the focused control (the last "Show more", Retry, a list that
   * replaced its placeholders) would drop focus to the page's <body>: it goes to the list, or the
   * status that stands for it, instead.
   */
  #keepFocus(): void {
    if (!this.#hadFocus || this.shadowRoot?.activeElement) return;
    this.renderRoot.querySelector<HTMLElement>('[part="list"], .status[tabindex]')?.focus({ preventScroll: true });
  }

  /** After "Show more": focus on the first card it added, or on the list when that card is not rendered. */
  async #focusCard(index: number): Promise<void> {
    await this.updateComplete;
    const card = [...this.renderRoot.querySelectorAll('paper-card')].find((each) => each.posInSet === index + 1);
    if (card) {
      await card.updateComplete;
      card.focus();
    } else {
      this.renderRoot.querySelector<HTMLElement>('[part="list"]')?.focus();
    }
  }

  #emptyText(period: Period | undefined): string {
    const text = this.#text;
    return period ? text.feedEmptyFor(formatPeriod(period, this.#locale, text.feedWeekOf)) : text.feedEmpty;
  }

  /** The papers to show and the first `#shown` of them, computed again only when an input changed. */
  #select(papers: readonly Paper[]): { selected: Paper[]; visible: Paper[] } {
    const query = this.typed ?? this.query;
    const minUpvotes = Number.isFinite(this.minUpvotes) ? this.minUpvotes : 0;
    // Sorted by the server already when trending was asked of it.
    const sort = this.#request !== this.src && this.#sortOrder === 'trending' ? 'feed' : this.#sortOrder;
    const key = [sort, query, minUpvotes, this.#shown].join('\u0000');
    if (this.#selection?.papers !== papers || this.#selection.key !== key) {
      const selected = selectPapers(papers, { sort, query, minUpvotes });
      this.#selection = { papers, key, selected, visible: selected.slice(0, this.#shown) };
    }
    return this.#selection;
  }

  #goTo = (period: Period): void => {
    this[period.unit] = period.value;
  };

  #retry = (): void => {
    void this.refresh();
  };

  private renderPapers(
    feed: LoadedFeed,
    selected: readonly Paper[],
    visible: readonly Paper[],
    period: Period | undefined,
  ) {
    if (feed.papers.length === 0) {
      return html`<slot name="empty"><p part="status" class="status">${this.#emptyText(period)}</p></slot>`;
    }
    const text = this.#text;
    const query = this.typed ?? this.query;
    const pending = this.#feed.pendingCount;
    const virtual = visible.length > virtualThreshold && this.#virtual.available;
    const { slice, start } = virtual ? this.#virtual.range(visible) : { slice: visible, start: 0 };
    return html`
      ${freshness(feed, text, this.#locale, this.#retry)}
      ${
        pending > 0
          ? html`<button
              part="button"
              class="new"
              @click=${() => {
                this.#feed.showPending();
              }}
            >
              ${text.feedNewPapers(pending)}
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
              placeholder=${text.feedSearch}
              aria-label=${text.feedSearch}
              @input=${(event: InputEvent) => {
                this.typed = (event.target as HTMLInputElement).value;
                this.#shown = this.#validLimit;
              }}
            />`
          : nothing
      }
      ${
        selected.length === 0
          ? html`<p part="status" class="status">${text.feedNoMatch}</p>`
          : cardList({
              feed,
              slice,
              start,
              total: visible.length,
              virtual,
              busy: this.#feed.task.status === TaskStatus.PENDING,
              label: this.#label,
              theme: this.theme,
              compact: this.layout === 'compact',
              linkTarget: this.linkTarget,
            })
      }
      ${
        visible.length < selected.length
          ? html`<button part="button" class="more" @click=${this.#showMore}>${text.feedShowMore}</button>`
          : nothing
      }
    `;
  }

  #showMore = (): void => {
    const first = this.#shown;
    this.#shown += this.#validPageSize;
    this.requestUpdate();
    void this.#focusCard(first);
  };
}
