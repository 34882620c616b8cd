import { css } from 'lit';
import { themeStyles } from '../styles/theme.js';

export const paperFeedStyles = [
  themeStyles,
  css`
    /* The heading, the date and the notices sit on the page, not on a surface of the feed's own:
       they keep the page's text colour (the host sets none), whatever the theme. */
    .heading {
      margin: 0 0 var(--_space-m);
      font-size: var(--paper-feed-heading-size, 1.5rem);
      line-height: 1.2;
    }
    :host([hide-if-empty][state='empty']) {
      display: none;
    }
    .search {
      display: block;
      width: 100%;
      margin: 0 0 var(--_space-m);
      padding: var(--_space-xs) var(--_space-s);
      font: inherit;
      border: 1px solid var(--_control-border);
      border-radius: var(--_radius-s);
      background: var(--_surface);
      color: var(--_text);
    }
    .search,
    button,
    .stale {
      color-scheme: var(--_scheme);
    }
    :host([layout='grid']) .list {
      grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr));
    }
    .list {
      display: grid;
      gap: var(--paper-feed-gap, var(--_space-m));
    }
    /* Hundreds of cards: the virtualizer places the few near the viewport; gaps become margins. */
    .virtual > paper-card {
      width: 100%;
      /* Every card here is near the viewport: its real size, measured once, is what counts. */
      content-visibility: visible;
      margin-block-end: var(--paper-feed-gap, var(--_space-m));
    }
    .periods {
      display: flex;
      align-items: center;
      gap: var(--_space-s);
      margin: 0 0 var(--_space-m);
    }
    .period {
      font-weight: 600;
      min-width: 0;
    }
    .periods button {
      padding: var(--_space-xs) var(--_space-s);
      line-height: 1;
    }
    .periods button span {
      display: inline-block;
    }
    /* Right to left, "previous" sits on the right and points there. */
    :host(:dir(rtl)) .periods button span {
      transform: scaleX(-1);
    }
    button:disabled,
    button[aria-disabled='true'] {
      opacity: 0.5;
      cursor: default;
      border-color: var(--_border);
    }
    .status {
      margin: 0 0 var(--_space-m);
    }
    .error {
      padding: var(--_space-m);
      border: 1px solid var(--_danger);
      border-radius: var(--_radius);
    }
    .error p {
      margin: 0 0 var(--_space-s);
    }
    .skeleton {
      height: 11rem;
      border-radius: var(--paper-card-radius, var(--_radius));
      background: linear-gradient(90deg, var(--_surface-subtle), var(--_border), var(--_surface-subtle));
      background-size: 200% 100%;
      animation: shimmer 1.5s ease-in-out infinite;
    }
    @keyframes shimmer {
      from {
        background-position: 100% 0;
      }
      to {
        background-position: -100% 0;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .skeleton {
        animation: none;
      }
    }
    button {
      font: inherit;
      padding: var(--_space-xs) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius-s);
      background: var(--_surface-subtle);
      color: var(--_text);
      cursor: pointer;
    }
    button:hover {
      border-color: var(--_accent);
    }
    .updated {
      margin: calc(-1 * var(--_space-s)) 0 var(--_space-m);
      font-size: 0.875em;
    }
    .stale {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space-s) var(--_space-m);
      padding: var(--_space-s) var(--_space-m);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface-subtle);
      color: var(--_text);
    }
    .stale p {
      margin: 0;
    }
    .new {
      display: block;
      margin: 0 auto var(--_space-m);
      border-color: var(--_accent);
      color: var(--_accent);
      font-weight: 600;
    }
    .more {
      display: block;
      margin: var(--_space-m) auto 0;
    }
    ::slotted([slot='footer']) {
      margin-top: var(--_space-l);
    }
  `,
];
