import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../src/paper-card/paper-card.define.js';
import { documentHead, escapeText, type SnapshotInfo } from './site.js';

/**
 * The papers as `<paper-card>` elements pre-rendered by Lit's server renderer: each card's shadow
 * root is declarative (`<template shadowrootmode="open">`), so the cards show — styled, links
 * working — with JavaScript off, and the element upgrades in place where the script runs.
 */
export function papersFragment(info: SnapshotInfo): string {
  const list = html`<ol class="paper-feed-snapshot">
    ${info.feed.papers.map((paper) => html`<li><paper-card .paper=${paper} heading-level="2"></paper-card></li>`)}
  </ol>`;
  return `${collectResultSync(render(list))}\n`;
}

/** {@link papersFragment} as a whole page. */
export function papersPage(info: SnapshotInfo, fragment: string): string {
  const style = `<style>
  body { max-width: 48rem; margin: 0 auto; padding: 1rem; font-family: system-ui, sans-serif; }
  .paper-feed-snapshot { list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem; }
</style>
`;
  return `${documentHead(info.title, { style })}<body>
<main>
<h1>${escapeText(info.title)}</h1>
${fragment}</main>
</body>
</html>
`;
}
