/* global document, window -- evaluated in the page by puppeteer */
// Screenshots of each element's Storybook docs page (autodocs: stories and the manifest's tables),
// in headless system Chromium:
//   npm run build-storybook && node scripts/storybook-screenshots.mjs [outdir]
//   → <outdir>/storybook-<tag>.png for paper-card, paper-feed and subscribe-form, and
//     <outdir>/storybook-paper-feed-dates.png for the "Dates and long feeds" page
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { launchChromium } from './browsers.mjs';

const outdir = process.argv[2] ?? 'docs';
const root = 'storybook-static';
if (!existsSync(join(root, 'iframe.html'))) {
  console.error('No storybook-static/: run `npm run build-storybook` first.');
  process.exit(1);
}
mkdirSync(outdir, { recursive: true });

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
const browser = await launchChromium();

async function shoot(name, id = `elements-${name}`) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900, deviceScaleFactor: 1 });
  await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}--docs&viewMode=docs`, { waitUntil: 'load' });
  await page.waitForSelector('.sbdocs-content .docs-story', { timeout: 20_000 });
  // Docs pages render stories as they scroll into view: scroll through once, then wait until every
  // story holds a rendered element (a loading feed counts only in the Loading stories).
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < Math.min(height, 20_000); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('.docs-story')].every((story) => {
        const element = story.querySelector('paper-feed, paper-card, subscribe-form');
        return element?.shadowRoot?.childElementCount;
      }) &&
      [...document.querySelectorAll('paper-feed')].every(
        (feed) => feed.getAttribute('state') !== 'loading' || feed.getAttribute('timeout') === '3600000',
      ),
    { timeout: 30_000 },
  );
  // A viewport as tall as the page, rather than `fullPage` (which left the first story's frame
  // stretched with blank space in these docs pages).
  // At most 5,000 px: the 10,000-paper story alone is as tall as all its cards.
  const fullHeight = Math.min(await page.evaluate(() => document.documentElement.scrollHeight), 5000);
  await page.setViewport({ width: 1200, height: fullHeight, deviceScaleFactor: 1 });
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const path = `${outdir}/storybook-${name}.png`;
  await page.screenshot({ path });
  await page.close();
  console.log(path);
}

try {
  for (const tag of ['paper-card', 'paper-feed', 'subscribe-form']) await shoot(tag);
  await shoot('paper-feed-dates', 'elements-paper-feed-dates-and-long-feeds');
} finally {
  await browser.close();
  server.close();
}
