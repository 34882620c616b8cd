import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { paperFromAttributes } from '../data/paper-attributes.js';
import type { Paper } from '../data/paper.js';
import { en } from '../i18n/en.js';
import { formatCount, formatDate, localeOf } from '../i18n/format.js';
import { paperCardStyles } from './paper-card.styles.js';

const visibleAuthors = 3;

/**
 * One research paper as a card: title, authors, date, upvotes, comments, organisation, abstract
 * and links.
 *
 * @summary A research paper card, set from a feed's `.paper` or from attributes on a blog page.
 * @tag paper-card
 *
 * @slot - The abstract, for a standalone card; readable before the script loads.
 *
 * @csspart title - The title heading.
 * @csspart authors - The author list.
 * @csspart date - The `<time>` of publication.
 * @csspart upvotes - The upvote count.
 * @csspart comments - The comment count.
 * @csspart org - The organisation badge.
 * @csspart abstract - The abstract.
 * @csspart links - The row of links.
 * @csspart link - Each link in that row.
 * @csspart badge - The "New" badge.
 *
 * @cssprop [--paper-card-background=var(--paper-color-surface, #ffffff)] - Card background.
 * @cssprop [--paper-card-border=1px solid var(--paper-color-border, #d1d9e0)] - Card border.
 * @cssprop [--paper-card-radius=var(--paper-radius-m, 0.75rem)] - Corner radius.
 * @cssprop [--paper-card-padding=var(--paper-space-m, 1rem)] - Inner spacing.
 * @cssprop [--paper-card-title-size=1.125rem] - Title font size.
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

  /** Standalone: the PDF's URL. */
  @property() pdf?: string;

  /** Standalone: the code repository's URL. */
  @property() code?: string;

  /** Standalone: the project page's URL. */
  @property() project?: string;

  /** Colour scheme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** Marks the paper as new since the reader's last visit, with a "New" badge. */
  @property({ attribute: 'new', type: Boolean }) isNew = false;

  /** Heading level of the title, 1–6. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 3;

  @state() private authorsExpanded = false;

  #standalone?: Paper;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.paper && (changed.size > 0 || !this.#standalone)) {
      this.#standalone = paperFromAttributes(
        {
          href: this.href,
          heading: this.heading,
          authors: this.authors,
          published: this.published,
          upvotes: this.upvotes,
          comments: this.comments,
          org: this.org,
          pdf: this.pdf,
          code: this.code,
          project: this.project,
        },
        document.baseURI,
      );
    }
  }

  protected override render() {
    const paper = this.paper ?? this.#standalone;
    if (!paper) return nothing;
    const locale = localeOf(this);
    return html`
      <article aria-labelledby="title">
        ${this.renderTitle(paper)} ${this.renderMeta(paper, locale)}
        <div part="abstract" class="abstract">${this.paper ? paper.abstract : html`<slot></slot>`}</div>
        ${this.renderLinks(paper)}
      </article>
    `;
  }

  private renderTitle(paper: Paper) {
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 3;
    const text = paper.url ? html`<a href=${paper.url}>${paper.title}</a>` : paper.title;
    const badge = this.isNew ? html`<span part="badge" class="badge">${en.cardNew}</span> ` : nothing;
    return html`<div id="title" part="title" class="title" role="heading" aria-level=${level}>${badge}${text}</div>`;
  }

  private renderMeta(paper: Paper, locale: string) {
    const shown = this.authorsExpanded ? paper.authors : paper.authors.slice(0, visibleAuthors);
    const hidden = paper.authors.length - shown.length;
    return html`
      <div class="meta">
        ${paper.organization ? html`<span part="org" class="org">${paper.organization}</span>` : nothing}
        ${
          paper.authors.length
            ? html`<span part="authors" class="authors"
                >${shown.join(', ')}${
                  hidden > 0
                    ? html` <button class="more" @click=${() => (this.authorsExpanded = true)}>
                        ${en.cardMoreAuthors(hidden)}
                      </button>`
                    : nothing
                }</span
              >`
            : nothing
        }
        ${
          paper.published
            ? html`<time part="date" datetime=${paper.published}>${formatDate(paper.published, locale)}</time>`
            : nothing
        }
        ${this.renderCount('upvotes', '▲', paper.upvotes, locale)}
        ${this.renderCount('comments', '💬', paper.comments, locale)}
      </div>
    `;
  }

  private renderCount(name: 'upvotes' | 'comments', icon: string, value: number | undefined, locale: string) {
    if (value === undefined) return nothing;
    return html`<span part=${name} class="count"
      ><span aria-hidden="true">${icon}</span> ${formatCount(value, locale)}
      <span class="visually-hidden">${name === 'upvotes' ? en.cardUpvotes : en.cardComments}</span></span
    >`;
  }

  private renderLinks(paper: Paper) {
    const links = [
      [paper.url, en.cardPaper],
      [paper.pdfUrl, en.cardPdf],
      [paper.codeUrl, en.cardCode],
      [paper.projectUrl, en.cardProject],
    ].filter((link): link is [string, string] => link[0] !== undefined);
    if (links.length === 0) return nothing;
    return html`<ul part="links" class="links">
      ${links.map(([href, label]) => html`<li><a part="link" href=${href}>${label}</a></li>`)}
    </ul>`;
  }
}
