// `paper-feed snapshot` with several sources, --mailto and API keys: the command
// (dist/kit/paper-feed.js) and the kit's module against the local test server. Sources are merged
// (the same paper from two is one); one failing source leaves the others written with exit 3;
// every source failing writes nothing (exit 1). Keys come from the environment, reach their own
// catalogue only, and never a written file or a logged line.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseFeed, snapshot, snapshotFiles, useNodeReaders, withApiKey, withoutApiKey } from '../../dist/kit/index.js';
import { startServer } from './server.mjs';

useNodeReaders();

const command = new URL('../../dist/kit/paper-feed.js', import.meta.url).pathname;
const keys = { OPENALEX_API_KEY: 'oa-key-4f1e9c0d', SEMANTIC_SCHOLAR_API_KEY: 's2-key-7b2a6e31' };

/** Runs the command with `env` added; resolves with its exit status and output. */
function run(args, env = {}) {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [command, ...args],
      { timeout: 60_000, env: { ...process.env, ...env } },
      (error, stdout, stderr) => resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

let server;
let work;
let daily;
before(async () => {
  server = await startServer();
  work = await mkdtemp(join(tmpdir(), 'paper-feed-sources-'));
  daily = JSON.parse(await readFile(new URL('../fixtures/daily-papers.json', import.meta.url), 'utf8'));
});
after(async () => {
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

let folders = 0;
const folder = () => join(work, `out-${(folders += 1)}`);
const readAll = async (out) =>
  Object.fromEntries(
    await Promise.all(snapshotFiles.map(async (name) => [name, await readFile(join(out, name), 'utf8')])),
  );

/** A second daily-papers source: the first paper of the fixture again, and one of its own. */
function secondSource() {
  const own = structuredClone(daily[1]);
  own.paper.id = '2512.00001';
  own.paper.title = 'A paper only the second source has';
  return server.put('second.json', JSON.stringify([daily[0], own]), 'application/json');
}

describe('paper-feed snapshot with several sources', () => {
  it('should merge the sources into one list, the same paper once', async () => {
    const out = folder();
    const result = await run(['snapshot', `${server.origin}/fixtures/daily-papers.json`, secondSource(), '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const items = JSON.parse((await readAll(out))['feed.json']).items;
    assert.equal(items.length, daily.length + 1);
    const titles = items.map((item) => item.title);
    assert.equal(titles.filter((title) => title === daily[0].paper.title).length, 1);
    assert.ok(titles.includes('A paper only the second source has'));
    assert.equal((result.stderr.match(/^Reading /gm) ?? []).length, 2);
  });

  it('should write the sources that answered when one fails, name the failure on stderr, and exit 3', async () => {
    const out = folder();
    const failing = `${server.origin}/status/503`;
    const result = await run(['snapshot', `${server.origin}/fixtures/daily-papers.json`, failing, '--out', out]);
    assert.equal(result.status, 3, result.stderr);
    assert.match(result.stderr, new RegExp(`Could not read ${failing}: .*HTTP 503`));
    assert.match(result.stderr.trim().split('\n').at(-1), /^paper-feed: written without .*\/status\/503/);
    assert.equal(JSON.parse((await readAll(out))['feed.json']).items.length, daily.length);
  });

  it('should write nothing and exit 1 when every source fails, naming each', async () => {
    const out = folder();
    assert.equal((await run(['snapshot', `${server.origin}/fixtures/daily-papers.json`, '--out', out])).status, 0);
    const files = await readAll(out);
    const before = await Promise.all(snapshotFiles.map((name) => stat(join(out, name))));
    const sources = [
      `${server.origin}/status/500`,
      `${server.origin}/fixtures/hostile/malformed.xml`,
      join(work, 'none.json'),
    ];
    const result = await run(['snapshot', ...sources, '--out', out]);
    assert.equal(result.status, 1, result.stderr);
    for (const source of sources) assert.ok(result.stderr.includes(`paper-feed: ${source}: `), source);
    assert.match(
      result.stderr.trim().split('\n').at(-1),
      /^paper-feed: None of the 3 sources could be read\. Nothing was changed\.$/,
    );
    for (const [index, name] of snapshotFiles.entries()) {
      assert.equal(await readFile(join(out, name), 'utf8'), files[name]);
      assert.equal((await stat(join(out, name))).mtimeMs, before[index].mtimeMs);
    }
    assert.deepEqual((await readdir(out)).sort(), [...snapshotFiles].sort());
  });

  it('should keep DOI, venue and citations through feed.json, and show them in papers.html', async () => {
    const item = (id, title, extra) => ({
      id,
      title,
      content_text: 'An abstract.',
      _paper: {
        about: 'https://example.org',
        id,
        title,
        abstract: 'An abstract.',
        authors: ['Mira Okafor'],
        tags: [],
        source: 'openalex',
        ...extra,
      },
    });
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Lab',
      items: [
        item('https://openalex.org/W1', 'Learned Phase Retrieval', {
          doi: '10.1364/optica.512345',
          venue: 'Optica',
          citations: 1234,
        }),
        item('https://openalex.org/W2', 'A preprint', {}),
      ],
    };
    const out = folder();
    const source = server.put('lab.json', JSON.stringify(feed), 'application/feed+json');
    const result = await run(['snapshot', source, '--out', out]);
    assert.equal(result.status, 0, result.stderr);
    const files = await readAll(out);
    const [first, second] = parseFeed(files['feed.json']).papers;
    assert.deepEqual(
      [first.doi, first.venue, first.citations, first.source],
      ['10.1364/optica.512345', 'Optica', 1234, 'openalex'],
    );
    assert.deepEqual([second.doi, second.venue, second.citations], [undefined, undefined, undefined]);
    assert.match(files['papers.html'], /<cite part="venue"[^>]*>(<!--[^>]*-->)*Optica/);
    assert.match(files['papers.html'], /1,234 citations/);
  });

  it('should refuse a bad --mailto and a source given twice, with exit 2', async () => {
    const source = `${server.origin}/fixtures/daily-papers.json`;
    for (const [args, message] of [
      [['snapshot', source, '--out', work, '--mailto', 'not-an-address'], /--mailto must be an email address/],
      [['snapshot', source, '--out', work, '--mailto', ''], /--mailto must be an email address/],
      [['snapshot', source, source, '--out', work], /given twice/],
    ]) {
      const result = await run(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, message);
    }
  });

  it('should say in --help how several sources, --mailto, the keys and the exit statuses work', async () => {
    const { stdout, status } = await run(['--help']);
    assert.equal(status, 0);
    for (const text of [
      '<source> [<source>...]',
      '--mailto',
      'OPENALEX_API_KEY',
      'SEMANTIC_SCHOLAR_API_KEY',
      'x-api-key',
      '  3  ',
    ]) {
      assert.ok(stdout.includes(text), text);
    }
  });
});

describe('paper-feed snapshot: mailto and API keys', () => {
  const openalex = 'https://api.openalex.org/works?filter=authorships.author.id:A5023888391&per-page=50';
  const crossref = 'https://api.crossref.org/works?filter=orcid:0000-0002-1825-0097&rows=50';
  const semantic = 'https://api.semanticscholar.org/graph/v1/author/1741101/papers?fields=title,venue';
  const arxiv = 'https://export.arxiv.org/api/query?search_query=au:Lovelace_A';

  it('should send mailto to Crossref and OpenAlex only, and no key through a proxy', async () => {
    const out = folder();
    const asked = server.proxied.length;
    const result = await run(
      [
        'snapshot',
        openalex,
        crossref,
        semantic,
        arxiv,
        '--out',
        out,
        '--proxy',
        `${server.origin}/proxy?u={url}`,
        '--mailto',
        'lab@uni.example',
      ],
      keys,
    );
    assert.equal(result.status, 0, result.stderr);
    const proxied = server.proxied.slice(asked).map((url) => new URL(url));
    const byHost = Object.fromEntries(proxied.map((url) => [url.hostname, url]));
    assert.deepEqual(Object.keys(byHost).sort(), [
      'api.crossref.org',
      'api.openalex.org',
      'api.semanticscholar.org',
      'export.arxiv.org',
    ]);
    assert.equal(byHost['api.openalex.org'].searchParams.get('mailto'), 'lab@uni.example');
    assert.equal(byHost['api.crossref.org'].searchParams.get('mailto'), 'lab@uni.example');
    assert.equal(byHost['api.semanticscholar.org'].searchParams.has('mailto'), false);
    assert.equal(byHost['export.arxiv.org'].searchParams.has('mailto'), false);
    const everything = [...proxied.map(String), result.stderr, ...Object.values(await readAll(out))].join('\n');
    for (const key of Object.values(keys)) assert.equal(everything.includes(key), false, key);
  });

  it('should send each key to its own catalogue as it asks, and write it into no file and no log line', async () => {
    const requests = [];
    const realFetch = globalThis.fetch;
    const fixture = `${server.origin}/fixtures/daily-papers.json`;
    // The catalogues' hosts are answered by the local server; what the kit asked them is kept.
    globalThis.fetch = (input, init = {}) => {
      const url = String(input);
      requests.push({ url, headers: new Headers(init.headers) });
      return realFetch(new URL(url).hostname === '127.0.0.1' ? url : fixture, init);
    };
    const lines = [];
    const out = folder();
    try {
      const withKeyInAddress = `${openalex}&api_key=${keys.OPENALEX_API_KEY}`;
      const result = await snapshot(
        {
          sources: [withKeyInAddress, semantic, crossref, secondSource()],
          out,
          format: 'auto',
          sort: 'feed',
          digestSize: 10,
          mailto: 'lab@uni.example',
        },
        (line) => lines.push(line),
        new Date('2025-12-10T00:00:00Z'),
        keys,
      );
      assert.deepEqual(result.failed, []);
    } finally {
      globalThis.fetch = realFetch;
    }
    const to = (host) => requests.find((request) => new URL(request.url).hostname === host);
    const openalexUrl = new URL(to('api.openalex.org').url);
    assert.equal(openalexUrl.searchParams.get('api_key'), keys.OPENALEX_API_KEY);
    assert.equal(openalexUrl.searchParams.get('mailto'), 'lab@uni.example');
    assert.equal(to('api.openalex.org').headers.has('x-api-key'), false);
    assert.equal(to('api.semanticscholar.org').headers.get('x-api-key'), keys.SEMANTIC_SCHOLAR_API_KEY);
    assert.equal(new URL(to('api.semanticscholar.org').url).searchParams.has('api_key'), false);
    for (const host of ['api.crossref.org', '127.0.0.1']) {
      const request = to(host);
      assert.equal(request.headers.has('x-api-key'), false, host);
      assert.equal(request.url.includes(keys.OPENALEX_API_KEY), false, host);
    }
    const files = await readAll(out);
    for (const [name, text] of [...Object.entries(files), ['log', lines.join('\n')]]) {
      for (const key of Object.values(keys)) assert.equal(text.includes(key), false, `${key} in ${name}`);
    }
    assert.match(files['feed.xml'], /api\.openalex\.org/);
  });

  it('should add a key only where its variable is set and only for its host', () => {
    assert.deepEqual(withApiKey(openalex, {}), { url: openalex, headers: {} });
    assert.deepEqual(withApiKey(arxiv, keys), { url: arxiv, headers: {} });
    assert.deepEqual(withApiKey(semantic, { SEMANTIC_SCHOLAR_API_KEY: '  ' }), { url: semantic, headers: {} });
    assert.deepEqual(withApiKey('https://api.openalex.org.example/works', keys).headers, {});
    assert.equal(withoutApiKey(`${openalex}&api_key=x`), openalex);
    assert.equal(withoutApiKey(arxiv), arxiv);
  });
});
