/* global customElements, document -- evaluated in the page by puppeteer */
// Production consumer check, run after `npm run build`. Small apps that use the package as an npm
// install would are built in production mode (tree-shaking on, the package resolved through its
// `exports` and `sideEffects`), then opened in headless Chromium, which must find the elements
// registered and a card rendered:
//   define     `import 'paper-feed/define'`
//   bundle     `import 'paper-feed/paper-feed.js'`: the script-tag file, imported for its side
//              effect (without it in `sideEffects`, Vite drops it and nothing registers)
//   react      `import { PaperCard } from 'paper-feed/react'`, rendered with react-dom
// First, every package the npm build imports must be a dependency or a peer of this package, and
// none it bundles may be one.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { launchChromium } from './browsers.mjs';

const tags = ['paper-feed', 'paper-card', 'subscribe-form'];
const card = `<paper-card heading="Trace is the New AutoDiff" authors="Ching-An Cheng, Allen Nie"></paper-card>`;
const apps = [
  { name: 'define', body: card, main: `import 'paper-feed/define';\n`, tags },
  { name: 'bundle', body: card, main: `import 'paper-feed/paper-feed.js';\n`, tags },
  {
    name: 'react',
    body: '<div id="root"></div>',
    main: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { PaperCard } from 'paper-feed/react';
createRoot(document.getElementById('root')).render(
  createElement(PaperCard, { heading: 'Trace is the New AutoDiff', authors: 'Ching-An Cheng, Allen Nie', headingLevel: 2 }),
);
`,
    tags: ['paper-card'],
  },
];

for (const file of ['dist/define.js', 'dist/paper-feed.js', 'dist/frameworks/react.js']) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
}

/** Bare imports of the npm build that the package does not declare (dependencies or peers). */
function undeclaredImports() {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
  const undeclared = new Set();
  for (const file of readdirSync('dist', { recursive: true, encoding: 'utf8' })) {
    // The script-tag bundle and its siblings are self-contained; the npm build is everything else.
    if (!file.endsWith('.js') || /^paper-feed[^/]*\.js$/.test(file)) continue;
    const code = readFileSync(join('dist', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, specifier] of code.matchAll(/\b(?:from|import)\s*(?:\(\s*)?["']([^"'\s]+)["']/g)) {
      // Node's own modules: the feed kit (dist/kit/) runs in Node.
      if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) continue;
      const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];
      if (!declared.has(name)) undeclared.add(`${name} (dist/${file})`);
    }
  }
  return [...undeclared];
}

const undeclared = undeclaredImports();
if (undeclared.length > 0) {
  console.error(`The npm build imports packages it does not declare: ${undeclared.join(', ')}`);
  process.exitCode = 1;
}
// A package the build bundles (it lands under dist/node_modules) is no dependency: not both.
const runtime = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).dependencies ?? {});
const vendoredAndDepended = runtime.filter((name) => existsSync(join('dist/node_modules', name)));
if (vendoredAndDepended.length > 0) {
  console.error(`The npm build bundles what it also depends on: ${vendoredAndDepended.join(', ')}`);
  process.exitCode = 1;
}

const browser = await launchChromium();
try {
  for (const app of apps) {
    const root = resolve(`.cache/consumer/${app.name}`);
    await rm(root, { recursive: true, force: true });
    await mkdir(`${root}/node_modules`, { recursive: true });
    // The app sees this package exactly as an npm install would: by name, through package.json.
    await symlink(resolve('.'), `${root}/node_modules/paper-feed`, 'dir');
    await writeFile(
      `${root}/index.html`,
      `<!doctype html><html lang="en"><body>\n${app.body}\n<script type="module" src="./main.js"></script></body></html>`,
    );
    await writeFile(`${root}/main.js`, app.main);
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir: 'dist', emptyOutDir: true } });
    const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } });
    try {
      const page = await browser.newPage();
      await page.goto(server.resolvedUrls.local[0], { waitUntil: 'load' });
      await page
        .waitForFunction(() => document.querySelector('paper-card')?.shadowRoot?.querySelector('[part="title"]'), {
          timeout: 10_000,
        })
        .catch(() => undefined);
      const registered = await page.evaluate((names) => names.filter((name) => customElements.get(name)), app.tags);
      const missing = app.tags.filter((tag) => !registered.includes(tag));
      if (missing.length > 0)
        throw new Error(`${app.name}: the production build lost registrations: ${missing.join(', ')}`);
      const title = await page.evaluate(
        () =>
          document.querySelector('paper-card')?.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() ?? '',
      );
      if (!title.includes('Trace is the New AutoDiff')) throw new Error(`${app.name}: no card rendered`);
      console.log(
        `Consumer "${app.name}": the production build registers ${registered.join(', ')} and renders a card.`,
      );
      await page.close();
    } catch (error) {
      console.error('Consumer check failed:', error.message);
      process.exitCode = 1;
    } finally {
      server.httpServer.close();
    }
  }
} finally {
  await browser.close();
}
