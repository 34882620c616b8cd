import { de } from './de.js';
import { en, type Strings } from './en.js';

const translations: Record<string, Strings> = { en, de };

/**
 * The interface's words for `locale` (by its language: `de-AT` gets German), English where we
 * ship no translation, with `overrides` on top (a page's own wording).
 */
export function stringsFor(locale: string, overrides?: Partial<Strings>): Strings {
  const language = locale.toLowerCase().split('-')[0] ?? 'en';
  const base = translations[language] ?? en;
  return overrides ? { ...base, ...overrides } : base;
}

export type { Strings };
