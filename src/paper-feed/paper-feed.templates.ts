import { html, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Paper } from '../data/paper.js';
import { isFuture, shiftPeriod, type Period } from '../data/period.js';
import type { LoadedFeed } from '../data/store/feed-store.js';
import { formatAge, formatPeriod } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';
import type { PaperFeedState } from './feed-controller.js';
import { announcement, emptyText, errorText } from './feed-messages.js';
import type { PaperFeedElement } from './paper-feed.js';
import type { Selection } from './selection-controller.js';

// The pieces of <paper-feed>'s shadow DOM, as functions of what they show. The element decides
// what the feed shows once per update (a FeedView) and owns every state; these only turn values
// into markup.

/** Everything <paper-feed> shows in one update. */
export interface FeedView {
  text: Strings;
  locale: string;
  state: PaperFeedState;
  feed: LoadedFeed | undefined;
  error: unknown;
  /** A load is under way. */
  busy: boolean;
  /** New papers held back until the reader asks for them. */
  pending: number;
  period: Period | undefined;
  selection: Selection | undefined;
  /** The cards rendered now, out of `selection.visible`: all of them, or the virtualizer's slice. */
  list: { slice: readonly Paper[]; start: number; virtual: boolean };
  /** The heading shown; empty for none. */
  heading: string;
  /** The feed's accessible name. */
  label: string;
  query: string;
  searchable: boolean;
  dateNav: boolean;
  theme: PaperFeedElement['theme'];
  compact: boolean;
  linkTarget: string | undefined;
  /** One line per source that gave no papers, when the feed has several. */
  failedSources: readonly string[];
}

/** What the reader can do in a feed. */
export interface FeedActions {
  retry: () => void;
  goTo: (period: Period) => void;
  showPending: () => void;
  search: (typed: string) => void;
  showMore: () => void;
  /** Elements were slotted into the footer. */
  slotChange: () => void;
}

/** The whole feed: heading, live region, date controls, the papers (or their stand-in) and the footer. */
export function feedTemplate(view: FeedView, actions: FeedActions) {
  const { text, locale, feed, selection } = view;
  const said = announcement({ ...view, selected: selection?.selected }, text, locale);
  return html`
    <slot name="header">${view.heading ? html`<h2 part="heading" class="heading">${view.heading}</h2>` : nothing}</slot>
    <p class="visually-hidden" role="status">${said}</p>
    ${view.dateNav && view.period ? dateNav(view.period, text, locale, actions.goTo) : nothing}
    ${
      feed && selection
        ? papers(view, feed, selection, actions)
        : view.state === 'error'
          ? failure(errorText(view.error, text, locale), text, actions.retry, view.failedSources)
          : skeletons(text, view.label)
    }
    <slot name="footer" @slotchange=${actions.slotChange}></slot>
  `;
}

/** The papers: freshness, new papers waiting, the search box, the cards and "Show more". */
function papers(view: FeedView, feed: LoadedFeed, { selected, visible }: Selection, actions: FeedActions) {
  const { text } = view;
  if (feed.papers.length === 0) {
    return html`<slot name="empty"
      ><p part="status" class="status">${emptyText(view.period, text, view.locale)}</p></slot
    >`;
  }
  return html`
    ${freshness(feed, text, view.locale, actions.retry)} ${sourceFailures(view.failedSources)}
    ${
      view.pending > 0
        ? html`<button part="button" class="new" @click=${actions.showPending}>
            ${text.feedNewPapers(view.pending)}
          </button>`
        : nothing
    }
    ${
      view.searchable
        ? html`<input
            part="search"
            class="search"
            type="search"
            .value=${view.query}
            placeholder=${text.feedSearch}
            aria-label=${text.feedSearch}
            @input=${(event: InputEvent) => {
              actions.search((event.target as HTMLInputElement).value);
            }}
          />`
        : nothing
    }
    ${
      selected.length === 0
        ? html`<p part="status" class="status">${text.feedNoMatch}</p>`
        : cardList({
            feed,
            ...view.list,
            total: visible.length,
            busy: view.busy,
            label: view.label,
            theme: view.theme,
            compact: view.compact,
            linkTarget: view.linkTarget,
          })
    }
    ${
      visible.length < selected.length
        ? html`<button part="button" class="more" @click=${actions.showMore}>${text.feedShowMore}</button>`
        : nothing
    }
  `;
}

const skeletonCount = 3;
// The stale notice says "from 1 minute ago" at the least: "from now" reads oddly.
const minuteMs = 60_000;

/**
 * Placeholder cards that hold the space the real ones will take, in a busy feed; without `text`
 * (the page's language still on its way) no words at all.
 */
export function skeletons(text: Strings | undefined, label: string) {
  return html`<p part="status" class="status">${text?.feedLoading ?? nothing}</p>
    <div part="list" class="list" role="feed" aria-busy="true" aria-label=${label || nothing} tabindex="-1">
      ${Array.from({ length: skeletonCount }, () => html`<div class="skeleton" aria-hidden="true"></div>`)}
    </div>`;
}

/**
 * Previous / next buttons around the day, week or month shown; no way into the future. "Next" at
 * today is `aria-disabled`, not `disabled`: a disabled button would drop the focus it holds.
 */
export function dateNav(period: Period, text: Strings, locale: string, goTo: (period: Period) => void) {
  const previous = shiftPeriod(period, -1);
  const next = shiftPeriod(period, 1);
  return html`<nav part="date-nav" class="periods" aria-label=${text.feedPeriods}>
    <button
      part="button"
      aria-label=${text.feedPrevious[period.unit]}
      @click=${() => {
        goTo(previous);
      }}
    >
      <span aria-hidden="true">‹</span>
    </button>
    <span part="period" class="period">${formatPeriod(period, locale, text.feedWeek)}</span>
    <button
      part="button"
      aria-label=${text.feedNext[period.unit]}
      aria-disabled=${isFuture(next) ? 'true' : 'false'}
      @click=${() => {
        if (!isFuture(next)) goTo(next);
      }}
    >
      <span aria-hidden="true">›</span>
    </button>
  </nav>`;
}

/** "Updated 5 minutes ago", or for stale papers the notice with a Retry button. */
export function freshness(feed: LoadedFeed, text: Strings, locale: string, retry: () => void) {
  if (!feed.stale)
    return html`<p part="updated" class="updated">${text.feedUpdated(formatAge(feed.fetchedAt, locale))}</p>`;
  return html`<div part="status" class="status stale">
    <p>${text.feedStale(formatAge(Math.min(feed.fetchedAt, Date.now() - minuteMs), locale))}</p>
    <button part="button" @click=${retry}>${text.feedRetry}</button>
  </div>`;
}

/** Which of several sources failed, a line each, above the papers of the others. */
function sourceFailures(lines: readonly string[]) {
  return lines.length
    ? html`<div part="status" class="status sources">${lines.map((line) => html`<p>${line}</p>`)}</div>`
    : nothing;
}

/** The failure in plain words, the page's own `error` slot, a Retry button, and the fallback content. */
export function failure(message: string, text: Strings, retry: () => void, sources: readonly string[] = []) {
  return html`<div part="status" class="status error" tabindex="-1">
      <slot name="error"></slot>
      <p>${message}</p>
      ${sources.map((line) => html`<p>${line}</p>`)}
      <button part="button" @click=${retry}>${text.feedRetry}</button>
    </div>
    <slot></slot>`;
}

export interface CardList {
  feed: LoadedFeed;
  /** The cards rendered now: all of them, or the virtualizer's slice. */
  slice: readonly Paper[];
  /** The position of `slice[0]` among all cards shown. */
  start: number;
  /** How many cards the feed shows in all. */
  total: number;
  /** A list of hundreds, laid out by the virtualizer. */
  virtual: boolean;
  busy: boolean;
  label: string;
  theme: PaperFeedElement['theme'];
  compact: boolean;
  linkTarget: string | undefined;
}

const cardParts =
  'title, badge, authors, date, venue, citations, upvotes, comments, org, thumbnail, summary, abstract, toggle, links, link';

/** The feed of cards: `role="feed"`, each card's article knowing its place in it. */
export function cardList(list: CardList) {
  const { feed, start, total } = list;
  // A new element when the list turns virtual or back: the virtualizer styles the one it owns.
  return keyed(
    list.virtual,
    html`<div
      part="list"
      class=${list.virtual ? 'list virtual' : 'list'}
      role="feed"
      aria-busy=${list.busy ? 'true' : 'false'}
      aria-label=${list.label}
      tabindex="-1"
    >
      ${repeat(
        list.slice,
        (paper) => paper.id,
        (paper, index) =>
          html`<paper-card
            .paper=${paper}
            .posInSet=${start + index + 1}
            .setSize=${total}
            ?new=${feed.newIds.has(paper.id)}
            .theme=${list.theme}
            variant=${list.compact ? 'compact' : 'full'}
            .linkTarget=${list.linkTarget}
            exportparts=${cardParts}
          ></paper-card>`,
      )}
    </div>`,
  );
}
