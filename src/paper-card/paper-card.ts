import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { paperFromAttributes } from '../data/paper-attributes.js';
import { paperLinks, type PaperLink } from '../data/paper-links.js';
import type { Paper } from '../data/paper.js';
import { formatCount, formatDate, localeOf } from '../i18n/format.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { baseURI } from '../platform/dom.js';
import { paperCardStyles } from './paper-card.styles.js';

const visibleAuthors = 3;
// Icons as SVG, not emoji: a reader without an emoji font would see empty boxes.
const upvoteIcon = svg`<path d="M8 3 14 12H2z" />`;
const commentIcon = svg`<path d="M2 3h12v8H7l-3 3v-3H2z" />`;
// Abstracts longer than this are clamped behind "Show more".
const longAbstract = 280;

/** Optional parts a page can leave out with `hide="…"`. */
export type PaperCardPart =
  'thumbnail' | 'authors' | 'date' | 'upvotes' | 'comments' | 'org' | 'abstract' | 'summary' | 'links';

/**
 * One research paper as a card: title, authors, date, upvotes, comments, organisation,
 * thumbnail, abstract (or AI summary) and links.
 *
 * @summary A research paper card, set from a feed's `.paper` or from attributes on a blog page.
 * @tag paper-card
 *
 * @slot - The abstract, for a standalone card; readable before the script loads.
 *
 * @csspart title - The title heading.
 * @csspart badge - The "New" badge.
 * @csspart authors - The author list.
 * @csspart date - The `<time>` of publication.
 * @csspart upvotes - The upvote count.
 * @csspart comments - The comment count.
 * @csspart org - The organisation badge.
 * @csspart thumbnail - The thumbnail image.
 * @csspart summary - The AI summary.
 * @csspart abstract - The abstract.
 * @csspart toggle - The "Show more" / "Show less" button.
 * @csspart links - The row of links.
 * @csspart link - Each link in that row.
 *
 * @cssprop [--paper-card-background=var(--paper-color-surface, #ffffff)] - Card background.
 * @cssprop [--paper-card-border=1px solid var(--paper-color-border, #d1d9e0)] - Card border.
 * @cssprop [--paper-card-radius=var(--paper-radius-m, 0.75rem)] - Corner radius.
 * @cssprop [--paper-card-padding=var(--paper-space-m, 1rem)] - Inner spacing.
 * @cssprop [--paper-card-title-size=1.125rem] - Title font size.
 * @cssprop [--paper-card-abstract-lines=3] - Lines of abstract shown before "Show more".
 * @cssprop [--paper-card-thumbnail-ratio=16 / 9] - Aspect ratio kept for the thumbnail.
 * @cssprop [--paper-color-surface=#ffffff] - Background of every surface.
 * @cssprop [--paper-color-text=#1f2328] - Main text colour.
 * @cssprop [--paper-color-text-muted=#59636e] - Secondary text colour.
 * @cssprop [--paper-color-border=#d1d9e0] - Borders and dividers.
 * @cssprop [--paper-color-accent=#0969da] - Links and buttons.
 * @cssprop [--paper-font-family=system-ui, sans-serif] - Font of every element.
 */
export class PaperCardElement extends LitElement {
  static override styles = paperCardStyles;

  /** The paper to show, as a feed sets it. When unset, the card is built from its attributes. */
  @property({ attribute: false }) paper?: Paper;

  /** Standalone: the paper's page. */
  @property() href?: string;

  /** Standalone: the paper's title (never the global `title` attribute, which shows a tooltip). */
  @property() heading?: string;

  /** Standalone: author names, comma-separated. */
  @property() authors?: string;

  /** Standalone: the publication date, e.g. `2024-06-23`. */
  @property() published?: string;

  /** Standalone: the upvote count. */
  @property() upvotes?: string;

  /** Standalone: the comment count. */
  @property() comments?: string;

  /** Standalone: the organisation's display name. */
  @property() org?: string;

  /** Standalone: the thumbnail image's URL. */
  @property() thumbnail?: string;

  /** Standalone: the PDF's URL. */
  @property() pdf?: string;

  /** Standalone: the code repository's URL. */
  @property() code?: string;

  /** Standalone: the project page's URL. */
  @property() project?: string;

  /** `full` (default), or `compact`: the title and one line of details. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Heading level of the title, 1–6 (default 3). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  /** Where links open: the same tab (default), or `_blank` (with `rel="noopener noreferrer"`). */
  @property({ attribute: 'link-target' }) linkTarget?: string;

  /** Optional parts to leave out, space-separated: `thumbnail authors date upvotes comments org abstract summary links`. */
  @property() hide = '';

  /** Marks the paper as new since the reader's last visit, with a "New" badge. */
  @property({ attribute: 'new', type: Boolean }) isNew = false;

  /** The page's own wording for any of the card's strings; the rest follow the page language. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  /** In a feed: the card's position, 1-based (`aria-posinset` on its article). */
  @property({ attribute: false }) posInSet?: number;

  /** In a feed: how many cards the feed holds (`aria-setsize` on its article). */
  @property({ attribute: false }) setSize?: number;

  @state() private authorsExpanded = false;
  @state() private abstractExpanded = false;

  #standalone?: Paper;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const attributesChanged = [...changed.keys()].some(
      (key) => key !== 'authorsExpanded' && key !== 'abstractExpanded',
    );
    if (!this.paper && (attributesChanged || !this.#standalone)) {
      this.#standalone = paperFromAttributes(
        {
          href: this.href,
          heading: this.heading,
          authors: this.authors,
          published: this.published,
          upvotes: this.upvotes,
          comments: this.comments,
          org: this.org,
          thumbnail: this.thumbnail,
          pdf: this.pdf,
          code: this.code,
          project: this.project,
        },
        baseURI(),
      );
    }
    if (changed.has('paper')) {
      this.authorsExpanded = false;
      this.abstractExpanded = false;
    }
  }

  protected override render() {
    const paper = this.paper ?? this.#standalone;
    if (!paper) return nothing;
    const locale = localeOf(this);
    const text = stringsFor(locale, this.strings);
    const hidden = new Set(this.hide.split(/\s+/));
    const show = (part: PaperCardPart) => !hidden.has(part);
    const compact = this.variant === 'compact';
    return html`
      <article
        aria-labelledby="title"
        aria-posinset=${this.posInSet ?? nothing}
        aria-setsize=${this.setSize ?? nothing}
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
          ${this.renderTitle(paper, text)} ${this.renderMeta(paper, locale, text, show)}
          ${compact ? nothing : this.renderText(paper, text, show)}
          ${compact || !show('links') ? nothing : this.renderLinks(paperLinks(paper), locale, paper, text)}
        </div>
      </article>
    `;
  }

  get #target(): { target: string | undefined; rel: string | undefined } {
    return this.linkTarget === '_blank'
      ? { target: '_blank', rel: 'noopener noreferrer' }
      : { target: undefined, rel: undefined };
  }

  private renderTitle(paper: Paper, text: Strings) {
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const { target, rel } = this.#target;
    const title = paper.url
      ? html`<a href=${paper.url} target=${target ?? nothing} rel=${rel ?? nothing}>${paper.title}</a>`
      : paper.title;
    const badge = this.isNew ? html`<span part="badge" class="badge">${text.cardNew}</span> ` : nothing;
    return html`<div id="title" part="title" class="title" role="heading" aria-level=${level} dir="auto">
      ${badge}${title}
    </div>`;
  }

  private renderMeta(paper: Paper, locale: string, text: Strings, show: (part: PaperCardPart) => boolean) {
    const shown = this.authorsExpanded ? paper.authors : paper.authors.slice(0, visibleAuthors);
    const more = paper.authors.length - visibleAuthors;
    return html`
      <div class="meta">
        ${show('org') && paper.organization ? html`<span part="org" class="org" dir="auto">${paper.organization}</span>` : nothing}
        ${
          show('authors') && paper.authors.length
            ? html`<span part="authors" class="authors"
                >${shown.map((name, index) => html`${index ? ', ' : ''}<bdi>${name}</bdi>`)}${
                  more > 0
                    ? html` <button
                        class="more"
                        aria-expanded=${this.authorsExpanded ? 'true' : 'false'}
                        @click=${() => (this.authorsExpanded = !this.authorsExpanded)}
                      >
                        ${this.authorsExpanded ? text.cardFewerAuthors : text.cardMoreAuthors(more)}
                      </button>`
                    : nothing
                }</span
              >`
            : nothing
        }
        ${
          show('date') && paper.published
            ? html`<time part="date" datetime=${paper.published}>${formatDate(paper.published, locale)}</time>`
            : nothing
        }
        ${show('upvotes') ? this.renderCount('upvotes', upvoteIcon, paper.upvotes, locale, text.cardUpvotes) : nothing}
        ${show('comments') ? this.renderCount('comments', commentIcon, paper.comments, locale, text.cardComments) : nothing}
      </div>
    `;
  }

  private renderCount(
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
  private renderText(paper: Paper, text: Strings, show: (part: PaperCardPart) => boolean) {
    const summary = show('summary') ? paper.aiSummary : undefined;
    const standalone = !this.paper;
    const hasAbstract = show('abstract') && (standalone || paper.abstract !== '');
    const abstract = standalone ? html`<slot></slot>` : paper.abstract;
    const expanded = this.abstractExpanded;
    const toggle = (label: string) =>
      html`<button
        part="toggle"
        class="toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="abstract"
        @click=${() => (this.abstractExpanded = !expanded)}
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

  private renderLinks(links: PaperLink[], locale: string, paper: Paper, text: Strings) {
    if (links.length === 0) return nothing;
    const { target, rel } = this.#target;
    const label = { arxiv: text.cardArxiv, pdf: text.cardPdf, code: text.cardCode, project: text.cardProject };
    return html`<ul part="links" class="links">
      ${links.map(
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
}
