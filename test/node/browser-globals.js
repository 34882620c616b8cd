// Stands in for the page when the browser's reader tests (test/data/*.test.ts) run in Node's own
// test runner: mocha's globals from node:test, the readers on the Node DOM parser, and a real
// HTTP server — the one @web/test-runner serves (test/server/fixture-middleware.mjs) — that
// relative fetches ("/test/fixtures/…") and `location.origin` point at, as on the test page.
import { startDevServer } from '@web/dev-server';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, afterEach, before, beforeEach, describe, it } from 'node:test';
import { useNodeReaders } from '../../kit/node-readers.ts';

// Imported where it lies, not bundled: it finds the fixtures relative to itself.
const { fixtureMiddleware } = await import(
  pathToFileURL(join(process.cwd(), 'test/server/fixture-middleware.mjs')).href
);

Object.assign(globalThis, { describe, it, before, after, beforeEach, afterEach });
useNodeReaders();

// A free port, asked of the system: the dev server does not report the one it got for port 0.
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port: free } = probe.address();
    probe.close(() => resolve(free));
  });
});
const server = await startDevServer({
  config: {
    // The repository (npm scripts run there): this file is bundled into .cache/node-tests/.
    rootDir: process.cwd(),
    hostname: '127.0.0.1',
    port,
    middleware: [fixtureMiddleware],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const origin = `http://127.0.0.1:${port}`;
const pageFetch = globalThis.fetch;
globalThis.location = new URL(`${origin}/`);
globalThis.fetch = (input, init) =>
  pageFetch(typeof input === 'string' && input.startsWith('/') ? `${origin}${input}` : input, init);
after(() => server.stop());
