import { loadSibling } from '../platform/load-sibling.script.js';
import type { LanguageModule } from './load-language.js';
import type { Language } from './strings.js';

// The one-file bundle's stand-in for load-language.ts (vite.config.ts swaps it in): each language
// ships as a sibling file, dist/paper-feed-lang-<language>.js, fetched only by pages in it.

/** Imports one language's strings from the sibling file beside the bundle. */
export function loadLanguage(language: Language): Promise<LanguageModule> {
  return loadSibling(`lang-${language}`);
}
