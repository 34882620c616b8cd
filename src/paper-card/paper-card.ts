import { LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Paper } from '../data/paper.js';
import { LanguageController } from '../i18n/language-controller.js';
import { stringsFor, type Strings } from '../i18n/strings.js';
import { version } from '../version.js';
import { paperCardStyles } from './paper-card.styles.js';
import { cardTemplate, type CardActions, type PaperCardPart } from './paper-card.templates.js';
import { standalonePaper } from './standalone-paper.js';

export type { PaperCardPart };

/**
 * One research paper as a card: title, authors, date, venue, citations, upvotes, comments,
 * organisation, thumbnail, abstract (or AI summary) and links.
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
 * @csspart venue - The journal, conference or proceedings the paper appeared in (a `<cite>`).
 * @csspart citations - How many works cite the paper, in words: "1,234 citations".
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
 * @cssprop [--paper-card-venue-font-style=italic] - Font style of the venue (journal names are set in italics by convention).
 * @cssprop [--paper-card-citations-color=var(--paper-color-text-muted, #59636e)] - Colour of the citation count; keep it 4.5:1 on the card's surface.
 * @cssprop [--paper-color-surface=#ffffff] - Background of every surface.
 * @cssprop [--paper-color-text=#1f2328] - Main text colour.
 * @cssprop [--paper-color-text-muted=#59636e] - Secondary text colour.
 * @cssprop [--paper-color-border=#d1d9e0] - Borders and dividers.
 * @cssprop [--paper-color-accent=#0969da] - Links and buttons.
 * @cssprop [--paper-font-family=the page's font] - Font of every element; by default the one around it.
 */
export class PaperCardElement extends LitElement {
  static override styles = paperCardStyles;

  /** This copy's version: a second copy on the page warns when it differs. */
  static readonly version = version;

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

  /** Standalone: the journal, conference or proceedings the paper appeared in. */
  @property() venue?: string;

  /** Standalone: how many works cite the paper. */
  @property() citations?: string;

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

  /** Optional parts to leave out, space-separated: `thumbnail authors date venue citations upvotes comments org abstract summary links`. */
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

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#language.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const attributesChanged = [...changed.keys()].some(
      (key) => key !== 'authorsExpanded' && key !== 'abstractExpanded',
    );
    if (!this.paper && (attributesChanged || !this.#standalone)) this.#standalone = standalonePaper(this);
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
    const hidden = new Set(this.hide.split(/\s+/));
    const level = this.headingLevel;
    const blank = this.linkTarget === '_blank';
    return cardTemplate(
      {
        paper,
        text: stringsFor(locale, this.strings),
        locale,
        show: (part) => !hidden.has(part),
        compact: this.variant === 'compact',
        standalone: !this.paper,
        level: Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3,
        target: blank ? '_blank' : undefined,
        rel: blank ? 'noopener noreferrer' : undefined,
        isNew: this.isNew,
        posInSet: this.posInSet,
        setSize: this.setSize,
        authorsExpanded: this.authorsExpanded,
        abstractExpanded: this.abstractExpanded,
      },
      this.#actions,
    );
  }

  /** Moves focus to the card (its article, which Tab then leaves for the card's first link), as a feed does after "Show more". */
  override focus(options?: FocusOptions): void {
    const article = this.renderRoot.querySelector('article');
    if (article) article.focus(options);
    else super.focus(options);
  }

  readonly #actions: CardActions = {
    toggleAuthors: () => {
      this.authorsExpanded = !this.authorsExpanded;
    },
    toggleAbstract: () => {
      this.abstractExpanded = !this.abstractExpanded;
    },
    headingChanged: () => {
      this.#standalone = undefined;
      this.requestUpdate();
    },
  };
}
