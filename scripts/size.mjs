// Prints the size of the one-file bundle as served (min+gzip, min+brotli), and of <subscribe-form>
// alone with Lit (built here, in memory, the way the bundle is), and fails above either budget.
import { readFileSync } from 'node:fs';
import { build } from 'vite';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const file = 'dist/paper-feed.js';
// 16 kB for the three elements on Lit, @lit/task and idb-keyval; +5 kB when the readers for all six
// feed formats (HF, arXiv API, arXiv listings, RSS 1.0/2.0, Atom, JSON Feed) came in: one file
// for script tags cannot load a reader on demand; +3 kB for the feed store (stale-while-revalidate,
// storage that survives every fault, retries, cross-tab updates, "new since last visit"); +2 kB for
// the full card (thumbnail, toggles, AI summary, link chips, variants) and a second language; +1 kB
// for the feed's sort, search and layouts; +2 kB for the sign-up outbox (IndexedDB, claims across
// tabs, backoff), four providers' request shapes, the anti-bot checks and the no-JS form enhancement.
const budget = { gzip: 29_000 };
// A page that only wants the sign-up form: src/subscribe-form/subscribe-form.define.ts with Lit, the
// outbox and its strings (English, German), as one minified file. Issue 7 asks for 9 kB; Lit with
// its decorators is 6.2 kB of that on its own.
const formBudget = { gzip: 9_000 };

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
  process.exitCode = 1;
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
const form = Buffer.from(chunk.code);
const formGzip = gzipSync(form, { level: 9 }).length;
const formBrotli = brotliCompressSync(form, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log(
  `<subscribe-form> alone, with Lit  min ${kB(form.length)}  min+gzip ${kB(formGzip)}  min+brotli ${kB(formBrotli)}  (budget: ${kB(formBudget.gzip)} gzip)`,
);
if (formGzip > formBudget.gzip) {
  console.error(`<subscribe-form> is over budget by ${kB(formGzip - formBudget.gzip)} gzip.`);
  process.exitCode = 1;
}
