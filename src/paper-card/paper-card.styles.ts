import { css } from 'lit';
import { themeStyles } from '../styles/theme.js';

export const paperCardStyles = [
  themeStyles,
  css`
    :host {
      /* A column: in a grid row the article fills the height the row gives every card. */
      display: flex;
      flex-direction: column;
      container-type: inline-size;
      /* Cards off screen skip layout and paint until they come near: a long list stays quick. */
      content-visibility: auto;
      contain-intrinsic-size: auto 14rem;
    }
    [hidden] {
      display: none !important;
    }
    article {
      flex: 1 1 auto;
      display: grid;
      align-content: start;
      gap: var(--_space-m);
      padding: var(--paper-card-padding, var(--_space-m));
      background: var(--paper-card-background, var(--_surface));
      border: var(--paper-card-border, 1px solid var(--_border));
      border-radius: var(--paper-card-radius, var(--_radius));
      color: var(--_text);
      color-scheme: var(--_scheme);
      /* A 5,000-character URL or a long TeX string wraps instead of overflowing. */
      overflow-wrap: anywhere;
    }
    .body {
      display: grid;
      gap: var(--_space-s);
      min-width: 0;
      align-content: start;
    }
    .thumbnail {
      display: block;
      width: 100%;
      aspect-ratio: var(--paper-card-thumbnail-ratio, 16 / 9);
      object-fit: cover;
      border-radius: var(--_radius-s);
      background: var(--_surface-subtle);
    }
    .title {
      margin: 0;
      font-size: var(--paper-card-title-size, 1.125rem);
      font-weight: 650;
      line-height: 1.3;
    }
    a {
      color: var(--_accent);
    }
    .title a {
      color: inherit;
      text-decoration: none;
    }
    .title a:hover,
    ::slotted(a[slot='heading']:hover) {
      color: var(--_accent);
      text-decoration: underline;
    }
    ::slotted([slot='heading']) {
      color: inherit;
      font: inherit;
      text-decoration: none;
    }
    .badge {
      display: inline-block;
      margin-inline-end: var(--_space-xs);
      padding: 0 var(--_space-xs);
      border-radius: var(--_radius-s);
      background: var(--_accent);
      color: var(--_on-accent);
      font-size: 0.75em;
      font-weight: 700;
      vertical-align: middle;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-xs) var(--_space-m);
      font-size: 0.875em;
      color: var(--_text-muted);
    }
    /* The icon, the number and its label stay on one line, and upvotes and comments together. */
    .counts,
    .count {
      white-space: nowrap;
    }
    .counts {
      display: inline-flex;
      gap: var(--_space-s);
    }
    .icon {
      width: 0.75em;
      height: 0.75em;
      fill: currentColor;
      vertical-align: -0.05em;
    }
    .venue {
      font-style: var(--paper-card-venue-font-style, italic);
    }
    .citations {
      color: var(--paper-card-citations-color, var(--_text-muted));
      white-space: nowrap;
    }
    .org {
      padding: 0 var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-s);
      background: var(--_surface-subtle);
      color: var(--_text);
      font-weight: 600;
    }
    .more,
    .toggle {
      font: inherit;
      color: var(--_accent);
      background: none;
      border: 0;
      padding: 0;
      cursor: pointer;
    }
    .toggle {
      justify-self: start;
      font-size: 0.875em;
      font-weight: 600;
    }
    .abstract,
    .summary {
      margin: 0;
      color: var(--_text);
    }
    /* A standalone card's abstract is the page's own markup, which the page's CSS may colour for
       its own background (p { color: … }); on the card's surface it takes the card's colour. */
    ::slotted(*) {
      color: inherit !important;
    }
    .abstract.clamped {
      display: -webkit-box;
      -webkit-box-orient: vertical;
      -webkit-line-clamp: var(--paper-card-abstract-lines, 3);
      overflow: hidden;
    }
    .summary .label {
      font-weight: 600;
    }
    .links {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s);
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }
    .links a {
      display: inline-block;
      padding: 0.125rem var(--_space-s);
      border: 1px solid var(--_border);
      border-radius: 999px;
      text-decoration: none;
    }
    .links a:hover {
      background: var(--_surface-subtle);
    }
    .stars {
      color: var(--_text-muted);
    }
    :host([variant='compact']) article {
      padding: 0.75rem var(--_space-m);
    }
    :host([variant='compact']) .body {
      gap: var(--_space-xs);
    }
    :host([variant='compact']) .title {
      font-size: 1rem;
    }
    /* A sidebar (about 280 px): tighter spacing, but text never closer than 12 px to the edge. */
    @container (max-width: 320px) {
      article {
        padding: var(--paper-card-padding, 0.75rem);
        gap: var(--_space-s);
      }
      .meta {
        gap: var(--_space-xs) var(--_space-s);
      }
    }
    /* A wide column: the thumbnail beside the text. */
    @container (min-width: 560px) {
      article:has(.thumbnail) {
        grid-template-columns: minmax(8rem, 30%) 1fr;
        align-items: start;
      }
    }
  `,
];
