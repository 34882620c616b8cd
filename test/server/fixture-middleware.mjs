// The test HTTP server every network test uses: GET or POST /fixture/<file>?… serves
// test/fixtures/<file> shaped by the query:
//   status=503             the HTTP status (default 200)
//   delay=2000             milliseconds before the headers are sent
//   header=Name:value      a response header (repeatable)
//   type=application/json  the Content-Type (default: from the file extension); `type=` (empty):
//                          no Content-Type at all
//   encode=utf-16le        the fixture's text re-encoded: utf-8, utf-16le, utf-16be or latin1
//   bom=1                  with a byte-order mark in front (with encode)
//   truncate=100           send only the first 100 bytes of a body announced in full, then cut
//                          the connection
//   chunked=1              send the body without a Content-Length (streamed, as large feeds are)
//   fail-after=1&key=k     serve normally the first time(s) for key k, then answer 503
//   fail-first=1&key=k     answer 503 the first time(s) for key k, then serve normally
//   fail-status=500        the status fail-after and fail-first answer instead of 503
//   down-after=1&key=k     serve normally the first time(s), then drop the connection (server down)
//   then=other.json&key=k  serve the fixture the first time for key k, then other.json (a feed that grew)
//   drip=100               send the body in 10 parts, `drip` ms apart (a slow network)
//   redirect-loop=1        redirect to itself, for ever
// GET /generated/daily-papers.json?count=10000 answers a Hugging Face daily-papers feed of that
// many listings (test/long-feed.js), abstracts cut to 600 characters.
// /test/pages/csp.html is served with a strict Content-Security-Policy, as strict host pages are.
//   down=name              drop the connection (server down) until GET /fixture-switch?name=name&up=1
//                          turns switch `name` on (`up=0` turns it off again)
// GET /fixture-stats?key=k answers { requests, aborted, delivered, lastUrl, keys, sentKeys }:
// requests with that key, how many the client gave up on before the answer was complete, how many
// were answered 2xx (a sign-up delivered), the last one's path and query, the Idempotency-Key of
// each delivered request, and the Idempotency-Key of every request (answered or not).
// /fixture/-?status=204 answers with no body; /fixture/-?status=302&header=Location:javascript:x
// redirects anywhere.
// GET /proxy/<name>?u=<url> is a same-origin proxy for this server's fixtures: it answers what
// <url> would (its path and query), and counts each request under the key `proxy:<name>`.
// GET /trap/<any path> stands for a stranger's server that page markup points at: it answers a
// script that counts its runs in `window.strangerRan`, and /fixture-stats?key=/trap/<any path>
// counts the requests.
// GET /bundle-alone/paper-feed.js serves dist/paper-feed.js from a folder holding nothing else
// (every other /bundle-alone/ file is a 404): a self-hosted copy without its sibling files.
// GET /bundle-without/<name>/<file> serves dist/<file> from a folder missing one sibling file:
// paper-feed-<name>.<hash>.js is a 404 there (name: xml, subscribe, virtualizer, lang-de, …).
// POST /echo?key=k (or /echo/<any path>?key=k) answers 201 and records the request (method, url,
// headers, body); GET /echo?key=k returns the last request recorded under k, so a test can check
// what a form really sent, and where.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { longFeed } from '../long-feed.js';

const fixtureRoot = new URL('../fixtures/', import.meta.url).pathname;
const types = {
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.rss': 'application/rss+xml',
  '.atom': 'application/atom+xml',
  '.txt': 'text/plain',
  '.html': 'text/html',
};

const served = new Map();
const stats = new Map();
const switches = new Set();

export async function fixtureMiddleware(context, next) {
  if (context.path === '/echo' || context.path.startsWith('/echo/')) return echo(context);
  if (context.path === '/generated/daily-papers.json') return generated(context);
  if (context.path.startsWith('/trap/')) return trap(context);
  if (context.path.startsWith('/negotiated/')) return negotiated(context);
  if (context.path.startsWith('/bundle-alone/')) {
    if (context.path !== '/bundle-alone/paper-feed.js') {
      context.status = 404;
      return;
    }
    context.type = 'text/javascript';
    context.body = await readFile(new URL('../../dist/paper-feed.js', import.meta.url));
    return;
  }
  if (context.path.startsWith('/bundle-without/')) return bundleWithout(context);
  if (context.path === '/test/pages/csp.html') {
    await next();
    context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
    return;
  }
  if (context.path === '/fixture-stats') {
    context.body = stats.get(String(context.query.key)) ?? {
      requests: 0,
      aborted: 0,
      delivered: 0,
      keys: [],
      sentKeys: [],
    };
    return;
  }
  if (context.path === '/fixture-switch') {
    const name = String(context.query.name);
    if (context.query.up === '1') switches.add(name);
    else switches.delete(name);
    context.body = { up: switches.has(name) };
    return;
  }
  if (context.path.startsWith('/proxy/')) return proxy(context, next);
  if (!context.path.startsWith('/fixture/')) return next();

  const query = context.query;
  let counted;
  if (query.key !== undefined) {
    counted = stats.get(query.key) ?? { requests: 0, aborted: 0, delivered: 0, keys: [], sentKeys: [] };
    counted.requests += 1;
    counted.sentKeys.push(context.get('idempotency-key'));
    counted.lastUrl = context.url;
    stats.set(query.key, counted);
    context.res.on('close', () => {
      if (!context.res.writableFinished) counted.aborted += 1;
    });
  }
  if (query.down !== undefined && !switches.has(String(query.down))) {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  if (query['redirect-loop'] !== undefined) {
    context.redirect(context.url);
    return;
  }
  let name = decodeURIComponent(context.path.slice('/fixture/'.length));
  if (query.then !== undefined) {
    const thenKey = `then:${name}:${query.key ?? ''}`;
    if (served.has(thenKey)) name = String(query.then);
    served.set(thenKey, true);
  }
  const path = normalize(join(fixtureRoot, name));
  if (!path.startsWith(fixtureRoot)) {
    context.status = 400;
    return;
  }
  let body = Buffer.alloc(0);
  if (name !== '-') {
    try {
      body = await readFile(path);
    } catch {
      context.status = 404;
      context.body = `No fixture ${name}`;
      return;
    }
  }
  const delay = Number(query.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 30_000)));

  if (query.encode !== undefined) body = encode(body.toString('utf8'), String(query.encode), query.bom === '1');
  const headers = { 'Cache-Control': 'no-store' };
  const type = query.type ?? types[extname(name)] ?? 'application/octet-stream';
  if (type !== '') headers['Content-Type'] = type;
  for (const header of [query.header ?? []].flat()) {
    const colon = header.indexOf(':');
    if (colon > 0) headers[header.slice(0, colon).trim()] = header.slice(colon + 1).trim();
  }
  let status = Number(query.status ?? 200);
  if (query['fail-after'] !== undefined || query['fail-first'] !== undefined || query['down-after'] !== undefined) {
    const key = `${name}:${query.key ?? ''}`;
    const count = (served.get(key) ?? 0) + 1;
    served.set(key, count);
    if (count > Number(query['down-after'] ?? Infinity)) {
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    if (count > Number(query['fail-after'] ?? Infinity) || count <= Number(query['fail-first'] ?? 0)) {
      status = Number(query['fail-status'] ?? 503);
    }
  }
  const truncate = query.truncate === undefined ? undefined : Number(query.truncate);
  if (counted && status >= 200 && status < 300) {
    counted.delivered += 1;
    counted.keys.push(context.get('idempotency-key'));
  }

  // Write the raw response ourselves, so a body can be announced in full and then cut short.
  context.respond = false;
  const response = context.res;
  response.writeHead(status, query.chunked ? headers : { ...headers, 'Content-Length': String(body.length) });
  if (query.drip !== undefined) {
    const parts = 10;
    const size = Math.ceil(body.length / parts);
    for (let part = 0; part < parts && !response.destroyed; part++) {
      response.write(body.subarray(part * size, (part + 1) * size));
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(query.drip), 5000)));
    }
    response.end();
  } else if (truncate === undefined || status === 204 || status === 304) {
    response.end(status === 204 || status === 304 ? undefined : body);
  } else {
    response.write(body.subarray(0, truncate), () => response.destroy());
  }
}

async function bundleWithout(context) {
  const [name, file, ...rest] = context.path.slice('/bundle-without/'.length).split('/');
  if (rest.length > 0 || !/^paper-feed[\w.-]*\.js$/.test(file ?? '') || file.startsWith(`paper-feed-${name}.`)) {
    context.status = 404;
    return;
  }
  try {
    context.body = await readFile(new URL(`../../dist/${file}`, import.meta.url));
    context.type = 'text/javascript';
  } catch {
    context.status = 404;
  }
}

function encode(text, encoding, bom) {
  const marked = bom ? `\uFEFF${text}` : text;
  if (encoding === 'utf-16be') return Buffer.from(marked, 'utf16le').swap16();
  return Buffer.from(marked, encoding === 'utf-16le' ? 'utf16le' : encoding === 'latin1' ? 'latin1' : 'utf8');
}

async function proxy(context, next) {
  const name = `proxy:${context.path.slice('/proxy/'.length)}`;
  const counted = stats.get(name) ?? { requests: 0, aborted: 0, delivered: 0, keys: [], sentKeys: [] };
  counted.requests += 1;
  counted.lastUrl = context.url;
  stats.set(name, counted);
  let target;
  try {
    target = new URL(String(context.query.u));
  } catch {
    context.status = 400;
    return;
  }
  if (!target.pathname.startsWith('/fixture/')) {
    context.status = 400;
    return;
  }
  context.url = `${target.pathname}${target.search}`;
  return fixtureMiddleware(context, next);
}

function trap(context) {
  const counted = stats.get(context.path) ?? { requests: 0, aborted: 0, delivered: 0, keys: [], sentKeys: [] };
  counted.requests += 1;
  counted.lastUrl = context.url;
  stats.set(context.path, counted);
  context.type = 'text/javascript';
  context.set('Cache-Control', 'no-store');
  context.body = 'window.strangerRan = (window.strangerRan ?? 0) + 1; export {};';
}

const recorded = new Map();

async function echo(context) {
  const key = String(context.query.key ?? '');
  if (context.method === 'GET') {
    context.type = 'application/json';
    context.body = JSON.stringify(recorded.get(key) ?? null);
    return;
  }
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  recorded.set(key, {
    method: context.method,
    url: context.url,
    headers: context.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  });
  context.status = 201;
  context.body = { status: 'subscribed' };
}

/**
 * A catalogue that answers as ORCID's public API does: the fixture's JSON only to a client that
 * asks for JSON in its Accept header, XML to everyone else.
 */
async function negotiated(context) {
  const name = context.path.slice('/negotiated/'.length);
  if (!/^[\w/-]+\.json$/.test(name) || name.includes('..')) {
    context.status = 404;
    return;
  }
  if (/\bapplication\/json\b/.test(context.get('Accept'))) {
    context.type = 'application/json';
    context.body = await readFile(join(fixtureRoot, name), 'utf8');
    return;
  }
  context.type = 'application/vnd.orcid+xml';
  context.body = '<?xml version="1.0"?><activities:works xmlns:activities="http://www.orcid.org/ns/activities"/>';
}

async function generated(context) {
  const listings = JSON.parse(await readFile(join(fixtureRoot, 'daily-papers.json'), 'utf8'));
  context.type = 'application/json';
  context.body = longFeed(listings, Math.min(Number(context.query.count) || 0, 50_000), 600);
}
