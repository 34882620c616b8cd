import type { Strings } from './en.js';
import type { Language } from './strings.js';

/** A language file: its strings are the default export. */
export type LanguageModule = { default?: Strings } | undefined;

const files: Record<Language, () => Promise<LanguageModule>> = {
  de: () => import('./de.js'),
  fr: () => import('./fr.js'),
  es: () => import('./es.js'),
  zh: () => import('./zh.js'),
  ar: () => import('./ar.js'),
};

/** Imports one language's strings: its own module, fetched only by pages in that language. */
export function loadLanguage(language: Language): Promise<LanguageModule> {
  return files[language]();
}
