import { paperFromAttributes, type PaperAttributes } from '../data/paper-attributes.js';
import type { Paper } from '../data/paper.js';
import { baseURI } from '../platform/dom.js';

/** The page's own title element of a standalone card, `<a slot="heading" href="…">`, when it gave one. */
function slottedHeading(card: Element): Element | null {
  return card.querySelector(':scope > [slot="heading"]');
}

/**
 * The paper a standalone card shows, from its attributes; the title and address come from the
 * page's own title link when `heading` and `href` are not set.
 */
export function standalonePaper(card: Element & Omit<PaperAttributes, 'abstract'>): Paper {
  const slotted = slottedHeading(card);
  const link = slotted?.closest('a[href]') ?? slotted?.querySelector('a[href]');
  const { authors, published, venue, citations, upvotes, comments, org, thumbnail, pdf, code, project } = card;
  return paperFromAttributes(
    {
      href: card.href ?? link?.getAttribute('href'),
      heading: card.heading ?? slotted?.textContent,
      ...{ authors, published, venue, citations, upvotes, comments, org, thumbnail, pdf, code, project },
    },
    baseURI(),
  );
}
