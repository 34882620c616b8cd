// Prints the size of each file a script-tag reader may download (min, min+gzip, min+brotli), and of
// <subscribe-form> alone with Lit (built here, in memory, the way the bundle is), and fails when one
// is over its budget.
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budgets = {
  // 16 kB for the three elements on Lit, @lit/task and idb-keyval; +5 kB when the readers for all
  // six feed formats (HF, arXiv API, arXiv listings, RSS 1.0/2.0, Atom, JSON Feed) came in; +3 kB
  // for the feed store (stale-while-revalidate, storage that survives every fault, retries,
  // cross-tab updates, "new since last visit"); +2 kB for the full card (thumbnail, toggles, AI
  // summary, link chips, variants) and a second language; +1 kB for the feed's sort, search and
  // layouts; +1.5 kB for date navigation (days, ISO weeks, months), feed semantics with one live
  // region, and the loader of the virtualizer below; +3 kB for the sign-up outbox (IndexedDB, claims
  // across tabs, backoff), four providers' request shapes, the anti-bot checks and the no-JS form
  // enhancement; +0.5 kB for the sign-up retries on 5xx / 429 and storage that comes back after a
  // slow start; issue 12: +0.5 kB for reading the page through the prototypes' own getters, so page
  // markup cannot shadow what the elements and Lit read (DOM clobbering: 31.57 → 32.09 kB), +1 kB
  // for sign-ups exactly once (a lease with its holder, late answers that settle, the held min-time
  // submission), refusing unusable configuration in words for the site's owner, and a bounded
  // Retry-After worded through Intl (31.57 → 32.66 kB alone), +0.75 kB for reading the format and
  // charset from the bytes, relative proxies, requests per (address, proxy, format) and a message
  // of its own per redirect failure, and the rest for linear-time readers with per-field caps and
  // the colour, typography and sign-up form of issue 13 (35.90 kB with all of them); issue 14's seams
  // took it from 36.00 to 37.02 kB: @lit/task's deep-equals for the request (~0.45 kB), the page-wide
  // clock and the version-clash warning (~0.3 kB), the feed and card split into controllers and
  // template modules (the rest). Issue 14
  // brings the core down to 16 kB by loading the rest from sibling files.
  'dist/paper-feed.js': 37_100,
  // Fetched only by a feed that shows more than 200 cards: @lit-labs/virtualizer's core and its
  // flow layout (the bundle imports it from its own folder at run time).
  'dist/paper-feed-virtualizer.js': 8_000,
  // Fetched only by pages in that language: every interface string and the feed's failure messages
  // (1.6–1.9 kB gzip each when they came in; Arabic is the largest, with six plural forms).
  ...Object.fromEntries(
    ['de', 'fr', 'es', 'zh', 'ar'].map((language) => [`dist/paper-feed-lang-${language}.js`, 2_250]),
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
// issue 13's visible labels, error cues and status styles 14.70 kB.
const formBudget = 15_000;

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

function report(name, source, budget) {
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `${name.padEnd(32)} min ${kB(source.length)}  min+gzip ${kB(gzip)}  min+brotli ${kB(brotli)}  (budget: ${kB(budget)} gzip)`,
  );
  if (gzip > budget) {
    console.error(`${name} is over budget by ${kB(gzip - budget)} gzip.`);
    process.exitCode = 1;
  }
}

for (const [file, budget] of Object.entries(budgets)) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exitCode = 1;
    continue;
  }
  report(file, source, budget);
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
