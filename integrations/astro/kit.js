// What the three Astro components share: the script's default URL, the elements' boolean attributes
// (from custom-elements.json; scripts/check-integrations.mjs keeps them equal) and how props become
// attributes.

/** This version's CDN file, used when neither the `script` prop nor PUBLIC_PAPER_FEED_SCRIPT is set. */
export const defaultScript = 'https://cdn.jsdelivr.net/npm/paper-feed@0.1.0/dist/paper-feed.js';

/** @type {Record<string, readonly string[]>} */
export const booleans = {
  'paper-card': ['new'],
  'paper-feed': ['date-nav', 'hide-if-empty', 'no-cache', 'searchable', 'stale'],
  'subscribe-form': ['label-hidden', 'name-field'],
};

const attributeName = /^[a-z][a-z\d]*(?:-[a-z\d]+)*$/;

/**
 * The attributes for `<tag>` from a component's props: every prop by its name (camelCase becomes
 * kebab-case: `noCache` → `no-cache`), a boolean attribute present (empty) or left out when it is `false`,
 * `"false"` or empty, and names that are not attribute names left out with a warning. Astro escapes
 * the values.
 * @param {string} tag
 * @param {Record<string, unknown>} props
 * @param {readonly string[]} [own] props the component uses itself, not attributes
 * @returns {Record<string, string>}
 */
export function attributesOf(tag, props, own = []) {
  /** @type {Record<string, string>} */
  const attributes = {};
  const flags = booleans[tag] ?? [];
  for (const [prop, value] of Object.entries(props)) {
    if (own.includes(prop) || value === undefined || value === null) continue;
    const name = prop.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    if (!attributeName.test(name)) {
      console.warn(`<${tag}>: "${prop}" is not an attribute name; left out`);
      continue;
    }
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    if (flags.includes(name)) {
      if (value !== false && text.toLowerCase() !== 'false' && text !== '') attributes[name] = '';
    } else {
      attributes[name] = text;
    }
  }
  return attributes;
}

/**
 * `url` when a reader may follow it (relative, or http/https), else undefined: the links written
 * into the light DOM are shown as they are, so `javascript:` and other schemes give no link.
 * @param {unknown} url
 * @returns {string | undefined}
 */
export function safeHref(url) {
  if (typeof url !== 'string' || !url.trim()) return undefined;
  // Parsed as the browser will (it drops tabs and newlines, leading control characters, …).
  let protocol;
  try {
    ({ protocol } = new URL(url, 'http://relative.invalid/'));
  } catch {
    return undefined;
  }
  return protocol === 'http:' || protocol === 'https:' ? url.trim() : undefined;
}

/**
 * The widget's script tag is written once per page: the first component rendered on a page claims it
 * (Astro.locals is per page render).
 * @param {Record<string, unknown>} locals
 * @param {string | undefined} script the `script` prop
 * @returns {string | undefined} the URL to load, or undefined when the page already has it
 */
export function claimScript(locals, script) {
  if (locals.paperFeedScript) return undefined;
  locals.paperFeedScript = true;
  return script ?? import.meta.env?.PUBLIC_PAPER_FEED_SCRIPT ?? defaultScript;
}
