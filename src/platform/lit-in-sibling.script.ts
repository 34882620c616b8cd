import type { TemplateResult, nothing as litNothing } from 'lit';

// What a sibling file (paper-feed-subscribe.<hash>.js) gets for `lit` (vite.config.ts aliases it
// in the siblings build): the bundle's own Lit renders what the sibling makes, so the sibling
// carries no second copy of it. Bundling lit-html again would cost 3.4 kB gzip, and its start-up
// asks Trusted Types for a second policy named `lit-html`, which a strict page refuses.
// A template result is plain data that any copy of Lit renders (lit-html's `TemplateResult`:
// `_$litType$` 1 for HTML, 2 for SVG, the tag's strings and values), and `nothing` is a registered
// symbol, the same in every copy. Styles are real `CSSResult`s from Lit's own small css-tag module.

const tag =
  <Type extends 1 | 2>(type: Type) =>
  (strings: TemplateStringsArray, ...values: unknown[]): TemplateResult<Type> => ({
    ['_$litType$']: type,
    strings,
    values,
  });

export const html = tag(1);
export const svg = tag(2);
export const nothing = Symbol.for('lit-nothing') as typeof litNothing;
export { css } from '@lit/reactive-element/css-tag.js';
