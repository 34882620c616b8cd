/** The language of the page around `element`, crossing shadow roots, falling back to the browser's. */
export function localeOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang && isValidLocale(lang)) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  // WebKitGTK reports the POSIX locale ("C") when the environment sets none.
  return isValidLocale(navigator.language) ? navigator.language : 'en';
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length > 0;
  } catch {
    return false;
  }
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const countFormats = new Map<string, Intl.NumberFormat>();

/**
 * A paper date for people: "Jun 23, 2024". Feeds give dates at UTC midnight, so they are shown in
 * UTC — a reader west of Greenwich would otherwise see the day before.
 */
export function formatDate(iso: string, locale: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/** A compact count: 1.2K, 15K. */
export function formatCount(value: number, locale: string): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}
