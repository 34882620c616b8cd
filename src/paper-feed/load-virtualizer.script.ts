import { baseURI, currentScript, scriptSrc, scripts } from '../platform/dom.js';
import type * as Virtualizer from './virtualizer.js';

// The one-file bundle's stand-in for load-virtualizer.ts (vite.config.ts swaps it in). A classic
// script cannot split itself into chunks, so the virtualizer ships as a sibling file,
// dist/paper-feed-virtualizer.js, imported from the bundle's own address when a feed needs it.
// That address is read through the platform's own getters (platform/dom.ts): an
// `<img name="currentScript">` or `<img name="scripts" src="https://evil.example/paper-feed.js">`
// on the page must not decide where code is imported from.

// Read while the bundle runs: `currentScript` is the <script> that loaded it. Module scripts have
// none, so the page's scripts are searched for the bundle then.
const running = currentScript();
const loadedFrom = running instanceof HTMLScriptElement ? scriptSrc(running) : '';

function bundleUrl(): string {
  if (loadedFrom) return loadedFrom;
  const bundle = scripts()
    .map(scriptSrc)
    .findLast((src) => /\/paper-feed(?:\.min)?\.js(?:[?#]|$)/.test(src));
  return bundle ?? baseURI();
}

/** Loads the virtualizer on demand: only a feed showing hundreds of cards needs it. */
export function loadVirtualizer(): Promise<typeof Virtualizer> {
  return import(/* @vite-ignore */ new URL('paper-feed-virtualizer.js', bundleUrl()).href);
}
