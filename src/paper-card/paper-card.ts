import { LitElement, html, nothing, svg, type PropertyValues, type SVGTemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { paperFromAttributes } from '../data/paper-attributes.js';
import { paperLinks, type PaperLink } from '../data/paper-links.js';
import type { Paper } from '../data/paper.js';
import { formatCount, formatDate, listParts } from '../i18n/format.js';
import { LanguageController } from '../i18n/language-controller.js';
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
 * @slot - The abstract, for a standalone card; readable before the script loads. On the card it takes the card's text colour.
 * @slot heading - The title as a link, for a standalone card: `<a slot="heading" href="…">Title</a>`.
 *   Readable (and followable) before the script loads, and by readers without JavaScript; the card
 *   takes the paper's title and address from it when `heading` and `href` are not set.
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
 * @cssprop [--paper-font-family=the page's font] - Font of every element; by default the one around it.
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

  /**
   * Colour scheme of the card's surface: `light` (the default), `dark`, or `auto` to follow the
   * reader's system setting. In a feed, the feed's `theme` is handed to every card.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

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

  #standalone: Paper | undefined;
  #language = new LanguageController(this);

  /** The page's own title element, `<a slot="heading" href="…">`, when it gave one. */
  get #slottedHeading(): Element | null {
    return this.querySelector(':scope > [slot="heading"]');
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#language.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const attributesChanged = [...changed.keys()].some(
      (key) => key !== 'authorsExpanded' && key !== 'abstractExpanded',
    );
    if (!this.paper && (attributesChanged || !this.#standalone)) {
      const slotted = this.#slottedHeading;
      const link = slotted?.closest('a[href]') ?? slotted?.querySelector('a[href]');
      this.#standalone = paperFromAttributes(
        {
          href: this.href ?? link?.getAttribute('href'),
          heading: this.heading ?? slotted?.textContent,
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
    // Until the page's language has arrived (a few milliseconds), nothing rather than English.
    if (!paper || !this.#language.ready) return nothing;
    const locale = this.#language.locale;
    const text = stringsFor(locale, this.strings);
    const hidden = new Set(this.hide.split(/\s+/));
    const show = (part: PaperCardPart) => !hidden.has(part);
    const compact = this.variant === 'compact';
    return html`
      <article
        tabindex="-1"
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

  /** Moves focus to the card (its article, which Tab then leaves for the card's first link), as a feed does after "Show more". */
  override focus(options?: FocusOptions): void {
    const article = this.renderRoot.querySelector('article');
    if (article) article.focus(options);
    else super.focus(options);
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
    const linked = paper.url
      ? html`<a href=${paper.url} target=${target ?? nothing} rel=${rel ?? nothing}>${paper.title}</a>`
      : paper.title;
    // A standalone card shows the page's own title link when it has one; a late one (the page
    // still parsing) replaces the attributes' title through slotchange.
    const title = this.paper ? linked : html`<slot name="heading" @slotchange=${this.#headingChanged}>${linked}</slot>`;
    const badge = this.isNew ? html`<span part="badge" class="badge">${text.cardNew}</span> ` : nothing;
    return html`<div id="title" part="title" class="title" role="heading" aria-level=${level} dir="auto">
      ${badge}${title}
    </div>`;
  }

  #headingChanged = (): void => {
    this.#standalone = undefined;
    this.requestUpdate();
  };

  private renderMeta(paper: Paper, locale: string, text: Strings, show: (part: PaperCardPart) => boolean) {
    const shown = this.authorsExpanded ? paper.authors : paper.authors.slice(0, visibleAuthors);
    const more = paper.authors.length - visibleAuthors;
    return html`
      <div class="meta">
        ${show('org') && paper.organization ? html`<span part="org" class="org" dir="auto">${paper.organization}</span>` : nothing}
        ${
          show('authors') && paper.authors.length
            ? html`<span part="authors" class="authors">${this.renderAuthors(shown, more, locale, text)}</span>`
            : nothing
        }
        ${
          show('date') && paper.published
            ? html`<time part="date" datetime=${paper.published}>${formatDate(paper.published, locale)}</time>`
            : nothing
        }
        ${this.renderCounts(paper, locale, text, show)}
      </div>
    `;
  }

  /** Upvotes and comments, kept together on one line. */
  private renderCounts(paper: Paper, locale: string, text: Strings, show: (part: PaperCardPart) => boolean) {
    const upvotes = show('upvotes') && paper.upvotes !== undefined;
    const comments = show('comments') && paper.comments !== undefined;
    if (!upvotes && !comments) return nothing;
    return html`<span class="counts"
      >${upvotes ? this.renderCount('upvotes', upvoteIcon, paper.upvotes, locale, text.cardUpvotes) : nothing}${
        comments ? this.renderCount('comments', commentIcon, paper.comments, locale, text.cardComments) : nothing
      }</span
    >`;
  }

  /**
   * The names joined as the page's language joins a list ("A, B und C", "A وB وC"), each isolated
   * so a right-to-left name cannot reorder its neighbours; "+2 more" joins as the list's last item,
   * isolated too, so "+2" stays "+2" on a right-to-left page.
   */
  private renderAuthors(shown: readonly string[], more: number, locale: string, text: Strings) {
    const toggle =
      more > 0
        ? html`<button
            class="more"
            aria-expanded=${this.authorsExpanded ? 'true' : 'false'}
            @click=${() => (this.authorsExpanded = !this.authorsExpanded)}
          >
            <bdi>${this.authorsExpanded ? text.cardFewerAuthors : text.cardMoreAuthors(more)}</bdi>
          </button>`
        : undefined;
    const parts = listParts(shown.length + (toggle ? 1 : 0), locale);
    const at = toggle ? parts.indexOf(shown.length) : parts.length;
    const names = (from: number, to?: number) =>
      parts.slice(from, to).map((part) => (typeof part === 'string' ? part : html`<bdi>${shown[part]}</bdi>`));
    // The button keeps one place in the template, so it stays the element that holds focus.
    return html`${names(0, at)}${toggle ?? nothing}${names(at + 1)}`;
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
