import { en, enForm, type FeedErrorStrings, type FormStrings, type Strings } from './en.js';
import { loadLanguage, type LanguageModule } from './load-language.js';

/** The languages a page can be read in besides English, each a file loaded only when a page asks. */
export const languages = ['de', 'fr', 'es', 'zh', 'ar'] as const;
export type Language = (typeof languages)[number];

/** How long a page waits for its language before it shows English (and its language when it comes). */
export const languageWait = 3000;

const loaded = new Map<Language, Partial<Strings>>();
const arrivals = new Map<Language, Promise<void>>();

/** The translated language a locale asks for (`de-AT` → `de`); undefined for English and languages we lack. */
export function languageOf(locale: string): Language | undefined {
  const language = locale.toLowerCase().split('-')[0];
  return languages.find((known) => known === language);
}

/**
 * The translation for `locale` once it has arrived; undefined for English, for a language we do
 * not ship, and while (or when) its file has not arrived.
 */
export function translationFor(locale: string): Partial<Strings> | undefined {
  const language = languageOf(locale);
  return language && loaded.get(language);
}

/**
 * Loads the strings for `locale` once per page. Resolves when they are there, or when the page
 * should go on in English: the file failed (said once on the console) or is slower than
 * {@link languageWait} ms. Never rejects. `arrived` runs when a slow file lands after all.
 */
export function loadTranslation(locale: string, arrived?: () => void): Promise<void> {
  const language = languageOf(locale);
  if (!language || loaded.has(language)) return Promise.resolve();
  let arrival = arrivals.get(language);
  if (!arrival) {
    arrival = loadLanguage(language).then(
      (module) => {
        const strings = stringsOf(module);
        if (strings) loaded.set(language, strings);
        else console.warn(`paper-feed: the ${language} strings were not in the file loaded for them; showing English.`);
      },
      (error: unknown) => {
        console.warn(`paper-feed: the ${language} strings could not be loaded; showing English.`, error);
      },
    );
    arrivals.set(language, arrival);
  }
  if (arrived) void arrival.then(arrived);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const patience = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, languageWait);
  });
  return Promise.race([arrival, patience]).finally(() => {
    clearTimeout(timer);
  });
}

function stringsOf(module: LanguageModule): Partial<Strings> | undefined {
  const strings: unknown = module?.default;
  return strings && typeof strings === 'object' ? strings : undefined;
}

const merged = new WeakMap<object, Map<Partial<Strings>, object>>();

/**
 * `english` with the translation for `locale` on top, once it has loaded: a file from an older
 * version that lacks a string shows that one in English. Computed once per language.
 */
function translated<T extends object>(english: T, locale: string): T {
  const translation = translationFor(locale);
  if (!translation) return english;
  let byTranslation = merged.get(english);
  if (!byTranslation) {
    byTranslation = new Map<Partial<Strings>, object>();
    merged.set(english, byTranslation);
  }
  let strings = byTranslation.get(translation) as T | undefined;
  if (!strings) byTranslation.set(translation, (strings = { ...english, ...translation }));
  return strings;
}

/**
 * The interface's words for `locale`: its translation once loaded (see {@link loadTranslation}),
 * else English; with `overrides` on top (a page's own wording).
 */
export function stringsFor(locale: string, overrides?: Partial<Strings>): Strings {
  const base = translated<Strings>(en, locale);
  return overrides ? { ...base, ...overrides } : base;
}

/** {@link stringsFor} for the sign-up form alone: `<subscribe-form>` on its own page carries no other English strings. */
export function formStringsFor(locale: string, overrides?: Partial<FormStrings>): FormStrings {
  const base = translated(enForm, locale);
  return overrides ? { ...base, ...overrides } : base;
}

export type { FeedErrorStrings, FormStrings, Strings };
