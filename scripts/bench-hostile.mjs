/* global window, document -- evaluated in the page by puppeteer */
// Parses the crafted worst-case feeds (test/hostile-feeds.js) at the 20 MB body cap in headless
// Chromium and prints the time each takes; fails when one takes more than a second or reads wrong.
//   node scripts/bench-hostile.mjs   (after `npm run build:lib`; `npm run bench` runs it)
import { existsSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from './browsers.mjs';

if (!existsSync('dist/data/formats/detect.js')) {
  console.error('dist/data/formats/detect.js is missing: run `npm run build:lib` first.');
  process.exit(1);
}

const runs = 3;
const budgetMs = 1000;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const browser = await launchChromium();
let failed = false;
try {
  const page = await browser.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(`${server.resolvedUrls.local[0]}bench/hostile.html`);
  await page.waitForFunction(() => document.title === 'ready');
  const maxBytes = await page.evaluate(() => window.maxBytes);
  // The crafted text fills the body up to just under the cap the fetcher enforces.
  const size = maxBytes - 512 * 1024;
  console.log(
    `Crafted worst cases at the ${maxBytes / 1024 / 1024} MB cap, median of ${runs} parses (headless Chromium, this machine):`,
  );
  for (const { id, name, formats } of await page.evaluate(() => window.hostileKinds())) {
    for (const format of formats) {
      const { bytes, times, problem, baseline } = await page.evaluate(
        (...args) => window.runHostile(...args),
        id,
        format,
        size,
        runs,
      );
      const ms = median(times);
      const verdict =
        bytes > maxBytes ? 'OVER THE CAP' : problem ? `WRONG: ${problem}` : ms > budgetMs ? 'TOO SLOW' : 'ok';
      if (verdict !== 'ok') failed = true;
      console.log(
        `  ${`${name} (${format})`.padEnd(62)} ${(bytes / 1024 / 1024).toFixed(1).padStart(5)} MB ${ms.toFixed(0).padStart(6)} ms  (max ${Math.max(...times).toFixed(0)}; the browser's parser alone ${baseline.toFixed(0)})  ${verdict}`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (failed) {
  console.error(`\nA case took more than ${budgetMs} ms, was read wrong, or was over the cap.`);
  process.exit(1);
}
