// The local HTTP server of the page-load benchmarks (scripts/bench-first-card.mjs): 127.0.0.1 on a
// free port, closed by `close()` with every connection it still holds.
//
// A run is one browser profile: a first visit and a return visit. Every run gets a folder of its
// own, `/<run>/`, so no two runs share a URL (and so no cache entry): `/<run>/<page>.html` from
// bench/, `/<run>/<name>.json` from `feed(run, name)`, and any other `/<run>/<name>.js` from dist/
// (the bundle and the siblings it loads beside itself, in sub-folders too).
// Everything is sent with `Cache-Control: max-age=3600` and an ETag, as a static host would.
// `stall(run)` makes that folder's feeds never answer (the request is held open until `close()`);
// `feedRequests(run)` counts the feed requests that reached the server.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const types = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', json: 'application/json' };

/**
 * @param {(run: string, name: string) => string | undefined} feed the bytes of `/<run>/<name>.json`
 * @param {{ dist?: string }} [options] `dist`: the folder the scripts are served from (`dist`)
 * @returns {Promise<{ origin: string, stall(run: string): void, feedRequests(run: string): number, close(): Promise<void> }>}
 */
export async function startBenchServer(feed, { dist = 'dist' } = {}) {
  const stalled = new Set();
  const requests = new Map();
  const files = new Map();
  const etags = new Map();
  const file = (path) => {
    if (!files.has(path)) files.set(path, readFileSync(path));
    return files.get(path);
  };
  const server = createServer((request, response) => {
    const match = /^\/([\w-]+)\/((?:[\w-]+\/)*[\w.-]+)\.(html|js|json)$/.exec(
      new URL(request.url, 'http://x').pathname,
    );
    if (!match || match[2].includes('..')) return void response.writeHead(404).end();
    const [, run, name, ext] = match;
    let body;
    try {
      if (ext === 'json') {
        body = feed(run, name);
        if (body === undefined) return void response.writeHead(404).end();
        requests.set(run, (requests.get(run) ?? 0) + 1);
        if (stalled.has(run)) return; // never answers: held open until close()
      } else {
        body = file(ext === 'html' ? `bench/${name}.html` : `${dist}/${name}.js`);
      }
    } catch {
      return void response.writeHead(404).end();
    }
    if (!etags.has(body)) etags.set(body, `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`);
    const etag = etags.get(body);
    if (request.headers['if-none-match'] === etag) return void response.writeHead(304, { ETag: etag }).end();
    response.writeHead(200, {
      'Content-Type': types[ext],
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'max-age=3600',
      ETag: etag,
    });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    stall: (run) => stalled.add(run),
    feedRequests: (run) => requests.get(run) ?? 0,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
