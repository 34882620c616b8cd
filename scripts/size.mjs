// Prints the size of each file a script-tag reader may download (min, min+gzip, min+brotli) and
// fails when one is over its budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const budgets = {
  // 16 kB for the three elements on Lit, @lit/task and idb-keyval; +5 kB when the readers for all
  // six feed formats (HF, arXiv API, arXiv listings, RSS 1.0/2.0, Atom, JSON Feed) came in; +3 kB
  // for the feed store (stale-while-revalidate, storage that survives every fault, retries,
  // cross-tab updates, "new since last visit"); +2 kB for the full card (thumbnail, toggles, AI
  // summary, link chips, variants) and a second language; +1 kB for the feed's sort, search and
  // layouts; +1.5 kB for date navigation (days, ISO weeks, months), feed semantics with one live
  // region, and the loader of the virtualizer below.
  'dist/paper-feed.js': 28_500,
  // Fetched only by a feed that shows more than 200 cards: @lit-labs/virtualizer's core and its
  // flow layout (the bundle imports it from its own folder at run time).
  'dist/paper-feed-virtualizer.js': 8_000,
};

const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
for (const [file, budget] of Object.entries(budgets)) {
  let source;
  try {
    source = readFileSync(file);
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exitCode = 1;
    continue;
  }
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  console.log(
    `${file.padEnd(32)} min ${kB(source.length)}  min+gzip ${kB(gzip)}  min+brotli ${kB(brotli)}  (budget: ${kB(budget)} gzip)`,
  );
  if (gzip > budget) {
    console.error(`${file} is over budget by ${kB(gzip - budget)} gzip.`);
    process.exitCode = 1;
  }
}
