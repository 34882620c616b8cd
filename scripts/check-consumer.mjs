/* global customElements, document -- evaluated in the page by puppeteer */
// Production consumer check: a tiny app that does `import 'paper-feed/define'` is built in
// production mode (tree-shaking on, the package resolved through its `exports` and `sideEffects`),
// then opened in headless Chromium, which must find all three elements registered and a card
// rendered. Run after `npm run build`.
import { existsSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from './browsers.mjs';

const root = resolve('.cache/consumer');
const tags = ['paper-feed', 'paper-card', 'subscribe-form'];

if (!existsSync('dist/define.js')) {
  console.error('dist/define.js is missing: run `npm run build` first.');
  process.exit(1);
}

await rm(root, { recursive: true, force: true });
await mkdir(`${root}/node_modules`, { recursive: true });
// The app sees this package exactly as an npm install would: by name, through package.json.
await symlink(resolve('.'), `${root}/node_modules/paper-feed`, 'dir');
await writeFile(
  `${root}/index.html`,
  `<!doctype html><html lang="en"><body>
<paper-card heading="Trace is the New AutoDiff" authors="Ching-An Cheng, Allen Nie"></paper-card>
<script type="module" src="./main.js"></script></body></html>`,
);
await writeFile(`${root}/main.js`, `import 'paper-feed/define';\n`);

await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.resolvedUrls.local[0], { waitUntil: 'load' });
  const registered = await page.evaluate((names) => names.filter((name) => customElements.get(name)), tags);
  const missing = tags.filter((tag) => !registered.includes(tag));
  if (missing.length > 0) throw new Error(`the production build lost registrations: ${missing.join(', ')}`);
  await page.waitForFunction(() => document.querySelector('paper-card')?.shadowRoot?.querySelector('[part="title"]'), {
    timeout: 10_000,
  });
  console.log(`Consumer production build registers ${registered.join(', ')} and renders a card.`);
} catch (error) {
  console.error('Consumer check failed:', error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
  server.httpServer.close();
}
