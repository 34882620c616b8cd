import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedFormat } from '../data/formats/detect.js';
import type { Paper } from '../data/paper.js';
import type { Period } from '../data/period.js';
import type { PaperSort } from '../data/select.js';
import { sourcesRequest } from '../data/feed-request.js';
import { defaultTimeout } from '../data/defaults.js';
import { prepareFormats } from '../i18n/format.js';
import { LanguageController } from '../i18n/language-controller.js';
import { stringsFor } from '../i18n/strings.js';
// Types only: the card is registered by paper-feed.define.ts, so importing this class registers nothing.
import type {} from '../paper-card/paper-card.define.js';
import { ClockController } from '../platform/clock.js';
import { version } from '../version.js';
import { FeedController, type PaperFeedState } from './feed-controller.js';
import { sourceFailureTexts } from './feed-messages.js';
import { FocusController } from './focus-controller.js';
import { PaperFeedErrorEvent, PaperFeedLoadEvent } from './paper-feed.events.js';
import { paperFeedStyles } from './paper-feed.styles.js';
import { feedTemplate, skeletons, type FeedActions, type FeedView } from './paper-feed.templates.js';
import { SelectionController } from './selection-controller.js';
import { SourcesController, type SourceAttributes } from './sources-controller.js';
import { SlotThemeController } from './theme-controller.js';
import { VirtualListController, virtualThreshold } from './virtual-list.js';

export const defaultSrc = 'https://huggingface.co/api/daily_papers';
// Literals here, so the manifest shows the numbers; the modules that fall back to them export the
// same (a test keeps them equal).
const defaultLimit = 10;
const defaultMaxAge = 3600;

export type { PaperFeedState };

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
 * @fires {PaperFeedLoadEvent} paper-feed-load - Papers are shown; `detail.fromCache` tells where they came from (with several sources: the merged papers).
 * @fires {PaperFeedErrorEvent} paper-feed-error - The feed failed; `detail.cachedShown` tells whether papers are still shown (with several sources: once per failed source, `detail.source` naming it).
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

  /** This copy's version: a second copy on the page warns when it differs. */
  static readonly version = version;

  /**
   * The feed's URL: Hugging Face daily papers by default. Only http(s) URLs are fetched. With
   * `<source src="…" format="…">` children the feed shows several sources as one list; `src` is
   * one of them only when the page sets it.
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

  /**
   * Your contact address for Crossref's and OpenAlex's "polite pool" (faster, more reliable
   * answers): added as `mailto=` to requests to `api.crossref.org` and `api.openalex.org` only,
   * never to any other source. It is visible in the page, so give a role address (`lab@uni.edu`),
   * never an API key.
   */
  @property() mailto?: string;

  /** Skip the IndexedDB cache entirely. */
  @property({ attribute: 'no-cache', type: Boolean }) noCache = false;

  /**
   * Order: `feed` (as the feed sends it), `newest`, `upvotes`, `trending` or `citations` (most cited
   * first; papers whose source gives no count come last). For Hugging Face daily papers, `trending`
   * is asked of the API itself.
   */
  @property() sort: PaperSort = 'feed';

  /** Show a search box that filters titles, authors and abstracts as the reader types. */
  @property({ type: Boolean }) searchable = false;

  /** A preset filter: only papers with all these words (the search box starts with it). */
  @property() query = '';

  /** Only papers with at least this many upvotes. */
  @property({ attribute: 'min-upvotes', type: Number }) minUpvotes = 0;

  /**
   * Only papers cited at least this many times, as the scholarly catalogues count (papers from a
   * source that gives no count are left out when this is set).
   */
  @property({ attribute: 'min-citations', type: Number }) minCitations = 0;

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

  /** The current state: `loading`, `ready`, `empty` or `error`. Read-only; reflected for CSS and tests. */
  @property({ reflect: true }) state: PaperFeedState = 'loading';

  /** Set while the papers shown are saved ones past `max-age` that could not be refreshed. Read-only. */
  @property({ type: Boolean, reflect: true }) stale = false;

  /** The page's language, looked up once per update. */
  #language = new LanguageController(this);
  #selection = new SelectionController(this);
  #virtual = new VirtualListController<Paper>(this);
  #focus = new FocusController(this);
  #themes = new SlotThemeController(this, () => this.theme);
  #sources = new SourcesController(this);
  #feed = new FeedController(this, {
    loaded: (feed) => {
      this.#selection.loaded();
      this.dispatchEvent(new PaperFeedLoadEvent({ papers: feed.papers, fromCache: feed.fromCache, stale: feed.stale }));
      for (const failure of this.#feed.failures) {
        this.dispatchEvent(new PaperFeedErrorEvent({ error: failure.error, cachedShown: true, source: failure.url }));
      }
    },
    failed: (error, cachedShown) => {
      this.dispatchEvent(new PaperFeedErrorEvent({ error, cachedShown }));
    },
  });
  /** The request's URL as last asked for: a new one starts from the first page. */
  #requested: string | undefined;
  #period: Period | undefined;
  #view: FeedView | undefined;
  #marked: unknown;

  constructor() {
    super();
    // "Updated 5 minutes ago" stays true while the page is open: one timer for every feed on it.
    new ClockController(this);
  }

  /** Every paper loaded from `src` (or from all the sources, merged), normalized; empty until the first load completes. */
  get papers(): readonly Paper[] {
    return this.#feed.feed?.papers ?? [];
  }

  /**
   * The sources shown together, from the `<source src="…" format="…">` children (followed as they
   * change), with `src` first when the page set it; empty without `<source>` children, when `src`
   * alone is shown.
   */
  get sources(): readonly SourceAttributes[] {
    const children = this.#sources.sources;
    if (children.length === 0) return [];
    const own = this.hasAttribute('src') || this.src !== defaultSrc;
    return own ? [{ src: this.src, format: this.format }, ...children] : children;
  }

  /** Loads the feed again from the network; papers on screen stay while it does. */
  refresh(): Promise<void> {
    return this.#feed.retry();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const { request, period, sort } = sourcesRequest(this);
    this.#feed.request = request;
    this.#period = period;
    const { query, minUpvotes, minCitations, limit, pageSize } = this;
    this.#selection.options = { sort, query, minUpvotes, minCitations, limit, pageSize };
    if (request.src !== this.#requested) {
      this.#requested = request.src;
      this.#selection.restart();
    }
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#language.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override update(changed: PropertyValues<this>): void {
    // The controllers have updated by now: the page's language is known and the load is started.
    this.#view = this.#decide();
    this.state = this.#view.state;
    this.stale = this.#view.feed?.stale ?? false;
    super.update(changed);
  }

  protected override updated(): void {
    // While the feed is on the network, the formatters its cards need are built (once per language).
    if (this.#view?.state === 'loading' && this.#language.ready) prepareFormats(this.#language.locale);
    this.#virtual.attach(this.renderRoot.querySelector<HTMLElement>('.virtual') ?? undefined);
    // The papers now on screen count as seen on the reader's next visit.
    const feed = this.#view?.feed;
    if (feed && feed !== this.#marked) {
      this.#marked = feed;
      this.#feed.markSeen(feed.papers.slice(0, this.#selection.shown).map((paper) => paper.id));
    }
  }

  protected override render() {
    // Until the page's language has arrived (a few milliseconds, while the feed loads anyway): the
    // placeholders alone, with no English words to flash and no announcement to take back.
    if (!this.#language.ready || !this.#view) return skeletons(undefined, '');
    return feedTemplate(this.#view, this.#actions);
  }

  /** What the feed shows in this update, decided once. */
  #decide(): FeedView {
    const locale = this.#language.locale;
    const text = stringsFor(locale);
    const feed = this.#feed.feed;
    const selection = feed ? this.#selection.select(feed.papers) : undefined;
    const visible = selection?.visible ?? [];
    const virtual = visible.length > virtualThreshold && this.#virtual.available;
    const heading = (this.heading ?? text.feedHeading).trim();
    return {
      text,
      locale,
      state: this.#feed.state,
      feed,
      error: this.#feed.error,
      busy: this.#feed.busy,
      pending: this.#feed.pendingCount,
      period: this.#period,
      selection,
      list: { ...(virtual ? this.#virtual.range(visible) : { slice: visible, start: 0 }), virtual },
      heading,
      // An empty heading hides it; the feed keeps the default as its accessible name.
      label: heading || text.feedHeading,
      query: this.#selection.query,
      searchable: this.searchable,
      dateNav: this.dateNav,
      theme: this.theme,
      compact: this.layout === 'compact',
      linkTarget: this.linkTarget,
      failedSources: sourceFailureTexts(this.#feed.error, this.#feed.failures, text, locale),
    };
  }

  readonly #actions: FeedActions = {
    retry: () => void this.refresh(),
    goTo: (period) => {
      this[period.unit] = period.value;
    },
    showPending: () => {
      this.#feed.showPending();
    },
    search: (typed) => {
      this.#selection.search(typed);
    },
    showMore: () => void this.#focus.focusCard(this.#selection.showMore()),
    slotChange: () => {
      this.#themes.hand();
    },
  };
}
