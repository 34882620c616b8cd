import { baseURI, currentScript, scriptSrc, scripts } from './dom.js';
import { loadOnNeed } from './missing-file.js';

// The one-file bundle cannot split itself into chunks (a classic script has no imports), so what
// only some pages need ships as sibling files in the bundle's folder — the XML readers, the sign-up
// outbox, the virtualizer, each language — imported from the bundle's own address when a page
// needs one. Their names carry a hash of their content (paper-feed-xml.1a2b3c4d.js), so a CDN can
// cache them for ever and two versions on one page never mix: vite.config.ts builds them first and
// writes the names into the bundle as `__PAPER_FEED_SIBLINGS__`.
// The bundle's address is read through the platform's own getters (platform/dom.ts): an
// `<img name="currentScript">` or `<img name="scripts" src="https://evil.example/paper-feed.js">`
// on the page must not decide where code is imported from.

declare const __PAPER_FEED_SIBLINGS__: Record<string, string>;

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

/**
 * Imports the sibling file `name` (`xml`, `outbox`, `virtualizer`, `lang-de`, …) from the folder
 * the bundle was loaded from. Rejects with a `MissingFileError` naming the file when it
 * cannot be loaded.
 */
export function loadSibling<Module>(name: string): Promise<Module> {
  const file = __PAPER_FEED_SIBLINGS__[name] ?? `paper-feed-${name}.js`;
  return loadOnNeed(file, () => import(/* @vite-ignore */ new URL(file, bundleUrl()).href) as Promise<Module>);
}
