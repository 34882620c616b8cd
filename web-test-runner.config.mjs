// Tests run in real browsers: `npm test` in Chromium; `BROWSERS=all` (npm run test:browsers) in
// Chromium, Firefox ESR (puppeteer-core over WebDriver BiDi) and WebKitGTK (WebKitWebDriver driving
// MiniBrowser; needs a display — scripts/with-display.mjs provides one).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dailyPapersEndpoint } from './demo/daily-papers-endpoint.js';
import { subscribeEndpoint } from './demo/subscribe-endpoint.js';
import { fixtureMiddleware } from './test/server/fixture-middleware.mjs';
import { countingReporter } from './test/server/counting-reporter.mjs';
import { reactSsrPlugin } from './test/server/react-ssr.mjs';
import { chromiumArgs, firefoxPath, findChromium, startWebKitDriver, webkitLauncher } from './scripts/browsers.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium').split(',').map((name) => name.trim());
const all = wanted.includes('all');
const browsers = [];

if (all || wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({ launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs } }),
  );
}
if (all || wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: { browser: 'firefox', executablePath: firefoxPath(), headless: true },
    }),
  );
}
if (all || wanted.includes('webkit')) {
  browsers.push(webkitLauncher(await startWebKitDriver()));
}

// The demo's own endpoints, as `npm start` serves them: sign-ups (with a store of its own per run)
// and the stand-in for Hugging Face's daily-papers API.
const signUps = mkdtempSync(join(tmpdir(), 'paper-feed-test-'));
process.on('exit', () => rmSync(signUps, { recursive: true, force: true }));
const subscribe = subscribeEndpoint(join(signUps, 'subscribers.json'));
const dailyPapers = dailyPapersEndpoint(new URL('./demo/data/days', import.meta.url).pathname);
async function demoEndpoint(context, next) {
  if (context.path === '/api/subscribe' && context.method === 'POST') {
    context.respond = false;
    await subscribe(context.req, context.res);
  } else if (context.path === '/api/daily-papers' && context.method === 'GET') {
    context.respond = false;
    await dailyPapers(context.req, context.res);
  } else {
    return next();
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  browsers,
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  testsFinishTimeout: 300_000,
  browserStartTimeout: 60_000,
  middleware: [fixtureMiddleware, demoEndpoint],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), reactSsrPlugin()],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
};
