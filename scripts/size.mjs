// Prints the size of the one-file bundle as served (min+gzip, min+brotli) and fails above the budget.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = 'dist/paper-feed.js';
// 16 kB for the three elements on Lit, @lit/task and idb-keyval; +5 kB when the readers for all six
// feed formats (HF, arXiv API, arXiv listings, RSS 1.0/2.0, Atom, JSON Feed) came in: one file
// for script tags cannot load a reader on demand; +3 kB for the feed store (stale-while-revalidate,
// storage that survives every fault, retries, cross-tab updates, "new since last visit"); +2 kB for
// the full card (thumbnail, toggles, AI summary, link chips, variants) and a second language; +1 kB
// for the feed's sort, search and layouts.
const budget = { gzip: 27_000 };

let source;
try {
  source = readFileSync(file);
} catch {
  console.error(`${file} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const gzip = gzipSync(source, { level: 9 }).length;
const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

console.log(
  `${file}  min ${kB(source.length)}  min+gzip ${kB(gzip)}  min+brotli ${kB(brotli)}  (budget: ${kB(budget.gzip)} gzip)`,
);
if (gzip > budget.gzip) {
  console.error(`Over budget by ${kB(gzip - budget.gzip)} gzip.`);
  process.exit(1);
}
