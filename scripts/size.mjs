// Prints the size of each file a script-tag reader may download (min, min+gzip, min+brotli), and of
// <subscribe-form> alone with Lit (built here, in memory, the way the bundle is), and fails when one
// is over its budget.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { build } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Each file a script-tag reader may download, by its name with `*` for the content hash the
// sibling files carry (dist/paper-feed-xml.1a2b3c4d.js), and its gzip budget.
const budgets = {
  // What every page loads first: the three elements on Lit, @lit/task and idb-keyval, the feed
  // store, the Hugging Face and JSON Feed readers, English. The history: 16 kB for the three
  // elements; +5 kB when the readers for all six formats came in; +3 kB for the feed store; +2 kB for
  // the full card and a second language; +1 kB for sort, search and layouts; +1.5 kB for date
  // navigation, feed semantics and the virtualizer's loader; +3 kB for the sign-up outbox, four
  // providers and the no-JS form enhancement; +0.5 kB for sign-up retries; issue 12: +2.25 kB for the
  // DOM-clobbering guards, sign-ups exactly once and the configuration refusals, and +0.75 kB for
  // reading the charset and format from the bytes; issue 13: linear-time readers, colour,
  // typography and the sign-up form's labels (36.00 kB). Issue 14 moved the XML readers (RSS, Atom,
  // arXiv, the DTD guard) and the outbox + providers + sending out into the siblings below:
  // 36.00 → 31.86 kB. The issue asks for 16 kB; what is left, by `node scripts/size-breakdown.mjs`
  // (each module's marginal gzip bytes): Lit, @lit/task and idb-keyval 7.3 kB; the three elements
  // with their styles, templates and controllers 10.4 kB; the feed store 3.6 kB; detection and the
  // two JSON readers 3.1 kB; English and its formatting 2.1 kB; text rules, dates, theme and the
  // rest 3 kB. 16 kB would need parts of the elements themselves to load later. The seams of the
  // same issue added ~1 kB back (@lit/task's deep-equals for the request, the page-wide clock, the
  // version-clash warning, controllers and template modules): 33.00 kB; and the store's fast path
  // another 1.45 kB (the localStorage hint that lets a first visit's request start before
  // IndexedDB answers, the first page of a long feed stored apart, one flight for no-cache loads,
  // the fetcher / cache / policy split): 34.45 kB. Then <subscribe-form>'s templates, styles, form
  // reading and sign-up life cycle moved to the `subscribe` sibling below, the element keeping only
  // its properties (and the tag defined at once): 34.74 → 31.55 kB. After issue 17 the core holds what several sources and the catalogues need on every page: six
  // format names and the scholarly loader, dates of a year or a month, the card's venue and
  // citations, <source> children followed by a controller, per-source failure lines, sort by
  // citations, mailto — the readers and the merging themselves being siblings: 33.75 kB.
  'dist/paper-feed.js': 34_000,
  // Fetched by a feed in RSS, Atom or arXiv's formats — in parallel with the feed itself when the
  // address, `format` or the response's Content-Type says XML: the XML parser's guards (DTD,
  // entity bombs), the four XML readers and their own copy of what every reader shares (5.55 kB).
  'dist/paper-feed-xml.*.js': 6_000,
  // Fetched by a feed whose JSON is neither JSON Feed nor Hugging Face's: the six scholarly
  // catalogues' readers with their own copy of what every reader shares (5.34 kB).
  'dist/paper-feed-scholarly.*.js': 5_500,
  // Fetched by a feed of several <source>s: the same paper from two sources made one (merge.ts).
  'dist/paper-feed-merge.*.js': 2_000,
  // Fetched when the first <subscribe-form> connects: the form's templates and styles, reading a
  // submitted form, the sign-up life cycle, and the IndexedDB outbox, four providers' request shapes
  // and the sending with its retries (until then a sibling of their own, 3.22 kB: apart, the two
  // shared a third of their code, 6.1 + 3.2 kB) — 7.58 kB, rendered by the bundle's own Lit.
  'dist/paper-feed-subscribe.*.js': 8_000,
  // Fetched only by a feed that shows more than 200 cards: @lit-labs/virtualizer's core and its
  // flow layout (7.79 kB).
  'dist/paper-feed-virtualizer.*.js': 8_000,
  // Fetched only by pages in that language: every interface string and the feed's failure messages
  // (1.6–1.9 kB gzip each when they came in, +0.1 kB with issue 14's messages for a missing file;
  // Arabic is the largest, with six plural forms: 2.28 kB).
  ...Object.fromEntries(
    ['de', 'fr', 'es', 'zh', 'ar'].map((language) => [`dist/paper-feed-lang-${language}.*.js`, 2_400]),
  ),
};
// A page that only wants the sign-up form: src/subscribe-form/subscribe-form.define.ts with Lit, the
// outbox and its strings (English, German), as one minified file. Issue 7 asks for 9 kB; Lit with
// its decorators is 6 kB of that on its own, the shared theme 1.2 kB, the strings 1 kB, the outbox
// and providers 2 kB, the element 2.2 kB (measured piece by piece). 12.5 kB until the team decides
// what to drop or load later; +0.25 kB when a 5xx / 429 began to keep the sign-up in the outbox
// (Retry-After, the error class, "the service is having trouble" in English and German: 12.35 →
// 12.66 kB); issue 12: +0.5 kB for the DOM-clobbering guards, the same as the bundle's (12.66 →
// 13.17 kB), +1 kB for exactly once and the configuration refusals (12.66 → 13.56 kB alone); with
// issue 13's visible labels, error cues and status styles 14.70 kB. Issue 14: the outbox, the
// providers' request shapes and the sending load on need from a sibling file (14.88 → 13.27 kB);
// then the form's templates, styles and sign-up life cycle too, from paper-feed-subscribe.*.js: what
// such a page loads first is Lit, the element's properties, its strings and the theme (9.88 kB).
const formBudget = 10_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function report(name, source, budget) {
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `${name.padEnd(40)} min ${kB(source.length)}  min+gzip ${kB(gzip)}  min+brotli ${kB(brotli)}  (budget: ${kB(budget)} gzip)`,
  );
  if (gzip > budget) {
    console.error(`${name} is over budget by ${kB(gzip - budget)} gzip.`);
    process.exitCode = 1;
  }
}

/** The one file `pattern` names in dist (`*` stands for the content hash), or undefined. */
function find(pattern) {
  const [folder, name] = [dirname(pattern), basename(pattern)];
  const [before, after = ''] = name.split('*');
  const found = readdirSync(folder).filter(
    (file) =>
      file === name ||
      (name.includes('*') && file.startsWith(before) && file.endsWith(after) && file.length === name.length + 7),
  );
  if (found.length > 1) console.error(`${pattern} matches ${found.join(', ')}: rebuild (\`npm run build:bundle\`).`);
  return found.length === 1 ? join(folder, found[0]) : undefined;
}

for (const [pattern, budget] of Object.entries(budgets)) {
  const file = find(pattern);
  if (!file) {
    console.error(`${pattern} is missing: run \`npm run build\` first.`);
    process.exitCode = 1;
    continue;
  }
  report(file, readFileSync(file), budget);
}

const built = await build({
  configFile: 'vite.config.ts',
  mode: 'bundle',
  logLevel: 'silent',
  build: {
    write: false,
    lib: { entry: 'src/subscribe-form/subscribe-form.define.ts', formats: ['iife'], name: 'subscribeForm' },
  },
});
const chunk = [built]
  .flat()
  .flatMap((result) => ('output' in result ? result.output : []))
  .find((output) => output.type === 'chunk');
report('<subscribe-form> alone, with Lit', Buffer.from(chunk.code), formBudget);
