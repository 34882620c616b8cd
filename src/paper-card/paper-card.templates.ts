import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { paperLinks } from '../data/paper-links.js';
import type { Paper } from '../data/paper.js';
import { formatCount, formatDate, formatNumber, listParts } from '../i18n/format.js';
import type { Strings } from '../i18n/strings.js';

// The pieces of <paper-card>'s shadow DOM, as functions of what they show. The element owns every
// state (which lists are expanded) and decides what to show once per update (a CardView).

const visibleAuthors = 3;
// Icons as SVG, not emoji: a reader without an emoji font would see empty boxes.
const upvoteIcon = svg`<path d="M8 3 14 12H2z" />`;
const commentIcon = svg`<path d="M2 3h12v8H7l-3 3v-3H2z" />`;
// Abstracts longer than this are clamped behind "Show more".
const longAbstract = 280;

/** Optional parts a page can leave out with `hide="…"`. */
export type PaperCardPart =
  | 'thumbnail'
  | 'authors'
  | 'date'
  | 'venue'
  | 'citations'
  | 'upvotes'
  | 'comments'
  | 'org'
  | 'abstract'
  | 'summary'
  | 'links';

/** Everything a card shows in one update. */
export interface CardView {
  paper: Paper;
  text: Strings;
  locale: string;
  /** Whether an optional part shows (it is not in `hide`). */
  show: (part: PaperCardPart) => boolean;
  compact: boolean;
  /** Built from attributes: the page's own title link and abstract are slotted in. */
  standalone: boolean;
  /** Heading level of the title, 1–6. */
  level: number;
  /** `target` and `rel` of every link. */
  target: string | undefined;
  rel: string | undefined;
  isNew: boolean;
  posInSet: number | undefined;
  setSize: number | undefined;
  authorsExpanded: boolean;
  abstractExpanded: boolean;
}

/** What the reader (or the page) can do to a card. */
export interface CardActions {
  toggleAuthors: () => void;
  toggleAbstract: () => void;
  /** The page's own title element changed (a standalone card). */
  headingChanged: () => void;
}

/** The whole card: thumbnail, title, details, text and links in one article. */
export function cardTemplate(view: CardView, actions: CardActions) {
  const { paper, show, compact } = view;
  return html`
    <article
      tabindex="-1"
      aria-labelledby="title"
      aria-posinset=${view.posInSet ?? nothing}
      aria-setsize=${view.setSize ?? nothing}
    >
      ${
        !compact && show('thumbnail') && paper.thumbnail
          ? html`<img
              part="thumbnail"
              class="thumbnail"
              src=${paper.thumbnail}
              alt=""
              loading="lazy"
              decoding="async"
            />`
          : nothing
      }
      <div class="body">
        ${title(view, actions)} ${meta(view, actions)} ${compact ? nothing : abstractText(view, actions)}
        ${compact || !show('links') ? nothing : links(view)}
      </div>
    </article>
  `;
}

function title(view: CardView, actions: CardActions) {
  const { paper, target, rel } = view;
  const linked = paper.url
    ? html`<a href=${paper.url} target=${target ?? nothing} rel=${rel ?? nothing}>${paper.title}</a>`
    : paper.title;
  // A standalone card shows the page's own title link when it has one; a late one (the page
  // still parsing) replaces the attributes' title through slotchange.
  const heading = view.standalone
    ? html`<slot name="heading" @slotchange=${actions.headingChanged}>${linked}</slot>`
    : linked;
  const badge = view.isNew ? html`<span part="badge" class="badge">${view.text.cardNew}</span> ` : nothing;
  return html`<div id="title" part="title" class="title" role="heading" aria-level=${view.level} dir="auto">
    ${badge}${heading}
  </div>`;
}

function meta(view: CardView, actions: CardActions) {
  const { paper, show, locale } = view;
  return html`
    <div class="meta">
      ${show('org') && paper.organization ? html`<span part="org" class="org" dir="auto">${paper.organization}</span>` : nothing}
      ${
        show('authors') && paper.authors.length
          ? html`<span part="authors" class="authors">${authors(view, actions)}</span>`
          : nothing
      }
      ${
        show('date') && paper.published
          ? html`<time part="date" datetime=${paper.published}>${formatDate(paper.published, locale)}</time>`
          : nothing
      }
      ${scholarly(view)} ${counts(view)}
    </div>
  `;
}

/** Where the paper appeared and how often it is cited, as a catalogue (OpenAlex, Crossref, …) says. */
function scholarly({ paper, show, locale, text }: CardView) {
  const venue = show('venue') && paper.venue;
  const citations = show('citations') && paper.citations !== undefined ? paper.citations : undefined;
  return html`${venue ? html`<cite part="venue" class="venue" dir="auto">${venue}</cite>` : nothing}${
    citations === undefined
      ? nothing
      : html`<span part="citations" class="citations"
          >${text.cardCitations(citations, formatNumber(citations, locale))}</span
        >`
  }`;
}

/** Upvotes and comments, kept together on one line. */
function counts({ paper, show, locale, text }: CardView) {
  const upvotes = show('upvotes') && paper.upvotes !== undefined;
  const comments = show('comments') && paper.comments !== undefined;
  if (!upvotes && !comments) return nothing;
  return html`<span class="counts"
    >${upvotes ? count('upvotes', upvoteIcon, paper.upvotes, locale, text.cardUpvotes) : nothing}${
      comments ? count('comments', commentIcon, paper.comments, locale, text.cardComments) : nothing
    }</span
  >`;
}

/**
 * The names joined as the page's language joins a list ("A, B und C", "A وB وC"), each isolated
 * so a right-to-left name cannot reorder its neighbours; "+2 more" joins as the list's last item,
 * isolated too, so "+2" stays "+2" on a right-to-left page.
 */
function authors({ paper, authorsExpanded: expanded, locale, text }: CardView, actions: CardActions) {
  const shown = expanded ? paper.authors : paper.authors.slice(0, visibleAuthors);
  const more = paper.authors.length - visibleAuthors;
  const toggle =
    more > 0
      ? html`<button class="more" aria-expanded=${expanded ? 'true' : 'false'} @click=${actions.toggleAuthors}>
          <bdi>${expanded ? text.cardFewerAuthors : text.cardMoreAuthors(more)}</bdi>
        </button>`
      : undefined;
  const parts = listParts(shown.length + (toggle ? 1 : 0), locale);
  const at = toggle ? parts.indexOf(shown.length) : parts.length;
  const names = (from: number, to?: number) =>
    parts.slice(from, to).map((part) => (typeof part === 'string' ? part : html`<bdi>${shown[part]}</bdi>`));
  // The button keeps one place in the template, so it stays the element that holds focus.
  return html`${names(0, at)}${toggle ?? nothing}${names(at + 1)}`;
}

function count(
  part: 'upvotes' | 'comments',
  icon: SVGTemplateResult,
  value: number | undefined,
  locale: string,
  label: string,
) {
  if (value === undefined) return nothing;
  return html`<span part=${part} class="count"
    ><svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${icon}</svg> ${formatCount(value, locale)}
    <span class="visually-hidden">${label}</span></span
  >`;
}

/** The AI summary when there is one (the abstract behind a toggle), else the clamped abstract. */
function abstractText(view: CardView, actions: CardActions) {
  const { paper, text, show, standalone, abstractExpanded: expanded } = view;
  const summary = show('summary') ? paper.aiSummary : undefined;
  const hasAbstract = show('abstract') && (standalone || paper.abstract !== '');
  const abstract = standalone ? html`<slot></slot>` : paper.abstract;
  const toggle = (label: string) =>
    html`<button
      part="toggle"
      class="toggle"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-controls="abstract"
      @click=${actions.toggleAbstract}
    >
      ${label}
    </button>`;
  if (summary) {
    return html`<p part="summary" class="summary" dir="auto">
        <span class="label">${text.cardAiSummary}:</span> ${summary}
      </p>
      ${
        hasAbstract
          ? html`${toggle(expanded ? text.cardHideAbstract : text.cardShowAbstract)}
              <div id="abstract" part="abstract" class="abstract" dir="auto" ?hidden=${!expanded}>${abstract}</div>`
          : nothing
      }`;
  }
  if (!hasAbstract) return nothing;
  const clamp = standalone ? false : paper.abstract.length > longAbstract;
  return html`<div id="abstract" part="abstract" class="abstract ${clamp && !expanded ? 'clamped' : ''}" dir="auto">
      ${abstract}
    </div>
    ${clamp ? toggle(expanded ? text.cardShowLess : text.cardShowMore) : nothing}`;
}

function links({ paper, text, locale, target, rel }: CardView) {
  const all = paperLinks(paper);
  if (all.length === 0) return nothing;
  const label = { arxiv: text.cardArxiv, pdf: text.cardPdf, code: text.cardCode, project: text.cardProject };
  return html`<ul part="links" class="links">
    ${all.map(
      (link) =>
        html`<li>
          <a part="link" href=${link.href} target=${target ?? nothing} rel=${rel ?? nothing}
            >${label[link.kind]}${
              link.kind === 'code' && paper.githubStars !== undefined
                ? html` <span class="stars"
                    ><span aria-hidden="true">★</span> ${formatCount(paper.githubStars, locale)}
                    <span class="visually-hidden">${text.cardStars}</span></span
                  >`
                : nothing
            }</a
          >
        </li>`,
    )}
  </ul>`;
}
