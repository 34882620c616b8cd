import { css } from 'lit';

const darkPalette = css`
  --_surface: var(--paper-color-surface, #0d1117);
  --_surface-subtle: var(--paper-color-surface-subtle, #161b22);
  --_text: var(--paper-color-text, #e6edf3);
  --_text-muted: var(--paper-color-text-muted, #9198a1);
  --_border: var(--paper-color-border, #3d444d);
  --_control-border: var(--paper-color-control-border, #7d8590);
  --_accent: var(--paper-color-accent, #4493f8);
  --_on-accent: var(--paper-color-on-accent, #0d1117);
  --_danger: var(--paper-color-danger, #f85149);
  --_success: var(--paper-color-success, #3fb950);
  --_scheme: dark;
`;

/**
 * The palette every element reads. Public tokens (`--paper-color-*`, …) are only ever read, with a
 * literal fallback, into private `--_*` properties, so a host page (even `:root`) themes everything
 * and `theme="dark|auto"` only swaps the fallbacks.
 *
 * The colour rule: text the elements draw on a surface of their own (a card, the form, a button)
 * takes the palette; text that sits on the page itself (the feed's heading, "Updated now") takes
 * the page's own colour. So the host sets no `color`, and the palette's colours are used only
 * together with the palette's backgrounds. Font family and size are the page's too, unless
 * `--paper-font-family` / `--paper-font-size` say otherwise: a `var()` of an unset property with
 * no fallback is invalid at computed-value time, which makes an inherited property inherit.
 * `color-scheme` (which native controls follow, and which inherits into slotted light DOM) is set
 * as `var(--_scheme)` on the surfaces only, never on the host: a page's own form inside the host
 * keeps the page's scheme.
 */
export const themeStyles = css`
  :host {
    --_surface: var(--paper-color-surface, #ffffff);
    --_surface-subtle: var(--paper-color-surface-subtle, #f6f8fa);
    --_text: var(--paper-color-text, #1f2328);
    --_text-muted: var(--paper-color-text-muted, #59636e);
    --_border: var(--paper-color-border, #d1d9e0);
    --_control-border: var(--paper-color-control-border, #818b98);
    --_accent: var(--paper-color-accent, #0969da);
    --_on-accent: var(--paper-color-on-accent, #ffffff);
    --_danger: var(--paper-color-danger, #d1242f);
    --_success: var(--paper-color-success, #1a7f37);
    --_radius: var(--paper-radius-m, 0.75rem);
    --_radius-s: var(--paper-radius-s, 0.375rem);
    --_space-xs: var(--paper-space-xs, 0.25rem);
    --_space-s: var(--paper-space-s, 0.5rem);
    --_space-m: var(--paper-space-m, 1rem);
    --_space-l: var(--paper-space-l, 1.5rem);
    --_scheme: light;
    display: block;
    box-sizing: border-box;
    font-family: var(--paper-font-family);
    font-size: var(--paper-font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkPalette}
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
