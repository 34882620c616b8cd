import { de, deForm } from './de.js';
import { en, enForm, type FormStrings, type Strings } from './en.js';

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

/** {@link stringsFor} for the sign-up form alone: `<subscribe-form>` on its own page carries no other strings. */
export function formStringsFor(locale: string, overrides?: Partial<FormStrings>): FormStrings {
  const base = locale.toLowerCase().startsWith('de') ? deForm : enForm;
  return overrides ? { ...base, ...overrides } : base;
}

export type { FormStrings, Strings };
