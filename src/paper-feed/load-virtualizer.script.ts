import { baseURI, currentScript, scriptSrc, scripts } from '../platform/dom.js';
import type * as Virtualizer from './virtualizer.js';

// The one-file bundle's stand-in for load-virtualizer.ts (vite.config.ts swaps it in). A classic
// script cannot split itself into chunks, so what only some pages need ships as sibling files —
// dist/paper-feed-virtualizer.js, dist/paper-feed-lang-de.js, … — imported from the bundle's own
// address when a page needs them (loadSibling).
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

/** Imports the bundle's sibling file `paper-feed-<name>.js` from the folder the bundle was loaded from. */
export function loadSibling<Module>(name: string): Promise<Module> {
  return import(/* @vite-ignore */ new URL(`paper-feed-${name}.js`, bundleUrl()).href);
}

/** Loads the virtualizer on demand: only a feed showing hundreds of cards needs it. */
export function loadVirtualizer(): Promise<typeof Virtualizer> {
  return loadSibling('virtualizer');
}
