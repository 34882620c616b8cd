import type * as Virtualizer from './virtualizer.js';

// The one-file bundle's stand-in for load-virtualizer.ts (vite.config.ts swaps it in). A classic
// script cannot split itself into chunks, so the virtualizer ships as a sibling file,
// dist/paper-feed-virtualizer.js, imported from the bundle's own address when a feed needs it.

// Read while the bundle runs: `currentScript` is the <script> that loaded it. Module scripts have
// none, so the page's scripts are searched for the bundle then.
const loadedFrom = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';

function bundleUrl(): string {
  if (loadedFrom) return loadedFrom;
  const script = [...document.scripts].findLast((candidate) =>
    /\/paper-feed(?:\.min)?\.js(?:[?#]|$)/.test(candidate.src),
  );
  return script?.src ?? document.baseURI;
}

/** Loads the virtualizer on demand: only a feed showing hundreds of cards needs it. */
export function loadVirtualizer(): Promise<typeof Virtualizer> {
  return import(/* @vite-ignore */ new URL('paper-feed-virtualizer.js', bundleUrl()).href);
}
