// A plain HTTP server on 127.0.0.1 for the kit's tests: /fixtures/<path> serves test/fixtures/<path>
// (Content-Type from the extension), /generated/<name> a body a test put there, /status/<code>
// answers that status with no feed, /proxy?u=<url> answers the sample Hugging Face feed for any
// <url> and keeps the <url>s it was asked for in `proxied`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const fixtureRoot = new URL('../fixtures/', import.meta.url).pathname;
const types = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.rdf': 'application/rdf+xml',
  '.atom': 'application/atom+xml',
  '.html': 'text/html',
};

export async function startServer() {
  const generated = new Map();
  const proxied = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const path = url.pathname;
    if (path === '/proxy') {
      proxied.push(url.searchParams.get('u'));
      const body = await readFile(join(fixtureRoot, 'daily-papers.json'));
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(body);
      return;
    }
    if (path.startsWith('/status/')) {
      response.writeHead(Number(path.slice(8))).end('Service Unavailable');
      return;
    }
    if (path.startsWith('/generated/') && generated.has(path.slice(11))) {
      const { body, type } = generated.get(path.slice(11));
      response.writeHead(200, { 'Content-Type': type }).end(body);
      return;
    }
    const file = normalize(join(fixtureRoot, decodeURIComponent(path.replace(/^\/fixtures\//, ''))));
    if (!path.startsWith('/fixtures/') || !file.startsWith(fixtureRoot)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    proxied,
    /** Serves `body` at the URL this returns. */
    put(name, body, type) {
      generated.set(name, { body, type });
      return `${origin}/generated/${name}`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
