// `paper-feed snapshot` end to end: the command (dist/kit/paper-feed.js, built by `npm run
// build:kit`) against a local HTTP server for every format, each written file checked by a real
// reader — our readers and rss-parser for feed.json / feed.xml, Chromium at 600 px with JavaScript
// and images off for digest.html and papers.html — plus hostile text and every bad input.
// The functions handed to page.evaluate run in the page.
/* global document */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import RssParser from 'rss-parser';
import { feedOf } from '../hostile-feeds.js';
import { parseFeed, snapshotFiles, useNodeReaders } from '../../dist/kit/index.js';
import { chromiumArgs } from '../../scripts/chromium.mjs';
import { startServer } from './server.mjs';

useNodeReaders();

const command = new URL('../../dist/kit/paper-feed.js', import.meta.url).pathname;

/** Runs the command; resolves with its exit status and output (never rejects on a status). */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [command, ...args], { timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ status: error ? (error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server;
let browser;
let work;
before(async () => {
  server = await startServer();
  work = await mkdtemp(join(tmpdir(), 'paper-feed-kit-'));
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
});
after(async () => {
  await browser?.close();
  await server?.close();
  await rm(work, { recursive: true, force: true });
});

let folders = 0;
async function snapshotOf(source, ...options) {
  const out = join(work, `out-${(folders += 1)}`);
  const result = await run('snapshot', source, '--out', out, ...options);
  assert.equal(result.status, 0, result.stderr);
  const files = Object.fromEntries(
    await Promise.all(snapshotFiles.map(async (name) => [name, await readFile(join(out, name), 'utf8')])),
  );
  return { out, files, stderr: result.stderr };
}

/** Opens a written file in Chromium with JavaScript and images off, 600 px wide. */
async function openPage(file) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 600, height: 900 } });
  const requests = [];
  await context.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().resourceType() === 'image' ? route.abort() : route.continue();
  });
  const page = await context.newPage();
  await page.goto(pathToFileURL(file).href);
  return { page, requests, close: () => context.close() };
}

/** What digest.html shows, read in the browser. */
async function readDigest(file) {
  const { page, close } = await openPage(file);
  try {
    return await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      scripts: document.querySelectorAll('script, img, iframe, object, embed, style, link, form').length,
      handlers: [...document.querySelectorAll('*')].filter((element) =>
        [...element.attributes].some((attribute) => attribute.name.startsWith('on')),
      ).length,
      links: [...document.querySelectorAll('a')].map((anchor) => anchor.getAttribute('href')),
      titles: [...document.querySelectorAll('td > p:first-child')].map((title) => title.textContent),
      text: document.body.innerText,
    }));
  } finally {
    await close();
  }
}

/** What papers.html shows with JavaScript off: each card's title, link and abstract from its declarative shadow root. */
async function readPapers(file) {
  const { page, close } = await openPage(file);
  try {
    return await page.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      scripts: document.querySelectorAll('script').length,
      cards: [...document.querySelectorAll('paper-card')].map((card) => ({
        shadow: card.shadowRoot !== null,
        title: card.shadowRoot?.querySelector('#title')?.textContent.trim(),
        href: card.shadowRoot?.querySelector('#title a')?.getAttribute('href') ?? undefined,
        abstract: card.shadowRoot?.querySelector('#abstract')?.textContent.trim(),
        injected: card.shadowRoot?.querySelectorAll('script, img:not([part=thumbnail]), iframe, object').length,
      })),
    }));
  } finally {
    await close();
  }
}

const rssParser = new RssParser({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });
const seconds = (date) => (date ? new Date(date).toISOString().replace(/\.\d{3}Z$/, '.000Z') : undefined);

/** Checks the four files against the papers the source holds. */
async function expectSnapshot(source, files, out) {
  // The widget's reader reads feed.json back: the same papers, every field.
  const back = parseFeed(files['feed.json'], { url: 'https://site.example/feed.json' });
  assert.deepEqual(back.papers, source.papers);

  // Our RSS reader and an independent one (rss-parser) read feed.xml.
  const rss = parseFeed(files['feed.xml']);
  assert.deepEqual(
    rss.papers.map((paper) => [paper.title, paper.abstract, paper.authors, paper.url, seconds(paper.published)]),
    source.papers.map((paper) => [
      paper.title,
      paper.abstract,
      paper.authors,
      paper.url,
      seconds(paper.published ?? paper.updated),
    ]),
  );
  const other = await rssParser.parseString(files['feed.xml']);
  assert.equal(other.items.length, source.papers.length);
  other.items.forEach((item, index) => {
    const paper = source.papers[index];
    assert.equal(item.guid, paper.id);
    assert.equal(item.link, paper.url);
    assert.deepEqual(
      item.creators ?? [],
      paper.authors.map((author) => escapeHtml(author)),
    );
  });

  const digest = await readDigest(join(out, 'digest.html'));
  assert.ok(digest.width <= 600, `digest.html is ${digest.width} px wide`);
  assert.equal(digest.scripts, 0);
  assert.equal(digest.handlers, 0);
  for (const href of digest.links) assert.match(href, /^https:\/\//);
  assert.deepEqual(
    digest.titles,
    source.papers.slice(0, 10).map((paper) => paper.title),
  );

  const papers = await readPapers(join(out, 'papers.html'));
  assert.equal(papers.scripts, 0);
  assert.deepEqual(
    papers.cards.map((card) => [card.shadow, card.title, card.href, card.injected]),
    source.papers.map((paper) => [true, paper.title, paper.url, 0]),
  );
}

// rss-parser hands dc:creator over as the raw element text, which RSS readers take as HTML.
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character],
  );

describe('paper-feed snapshot', () => {
  const formats = [
    'formats/arxiv-api.atom',
    'formats/arxiv-api-classic.atom',
    'formats/arxiv-listing.rss',
    'formats/arxiv-listing.atom',
    'formats/arxiv-old.rdf',
    'formats/blog.rss',
    'formats/blog.atom',
    'formats/papers.json',
    'formats/papers-1.0.json',
    'formats/hf-paper.json',
    'formats/hf-search.json',
    'daily-papers.json',
  ];
  for (const name of formats) {
    it(`should snapshot ${name} into four files that real readers read as the source's papers`, async () => {
      const url = `${server.origin}/fixtures/${name}`;
      const source = parseFeed(await readFile(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'), { url });
      assert.ok(source.papers.length > 0);
      const { out, files } = await snapshotOf(url);
      await expectSnapshot(source, files, out);
    });
  }

  it('should keep hostile text as text in all four files, in every format', async () => {
    const entries = [
      {
        id: '2501.00001',
        title: 'Maths: a &lt; b &amp;&amp; c &gt; d &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
        abstract: 'Escaped &lt;img src=x onerror=alert(2)&gt; and ]]&gt; and --&gt; and "quotes" \'apos\'',
        authors: ['&lt;b onmouseover=alert(3)&gt;Ada&lt;/b&gt;', 'Grace "Amazing" Hopper'],
        tags: ['<tag>&'],
        url: 'https://arxiv.org/abs/2501.00001',
      },
    ];
    for (const format of ['rss', 'atom', 'arxiv-api', 'arxiv-rss', 'json-feed', 'hugging-face']) {
      const body = feedOf(format, entries);
      const type = format.startsWith('json') || format === 'hugging-face' ? 'application/json' : 'application/xml';
      const url = server.put(`hostile-${format}`, body, type);
      const source = parseFeed(body, { url, format });
      // Readers of plain-text fields (Atom text constructs, the arXiv API) keep "&lt;" as typed;
      // readers of HTML fields decode it into "<script>": text either way, and it must stay text.
      assert.match(source.papers[0].title, /<script>alert\(1\)<\/script>|&lt;script&gt;/, format);
      const { out, files } = await snapshotOf(url, '--format', format);
      await expectSnapshot(source, files, out);
      const digest = await readDigest(join(out, 'digest.html'));
      assert.ok(digest.text.includes(source.papers[0].title), format);
    }
  });

  it('should sort, limit and title the snapshot, and size the digest', async () => {
    const url = `${server.origin}/fixtures/daily-papers.json`;
    const { files, out } = await snapshotOf(
      url,
      '--sort',
      'upvotes',
      '--limit',
      '5',
      '--title',
      'Top five',
      '--digest-size',
      '3',
    );
    const feed = JSON.parse(files['feed.json']);
    assert.equal(feed.title, 'Top five');
    const upvotes = feed.items.map((item) => item._paper.upvotes ?? 0);
    assert.equal(upvotes.length, 5);
    assert.deepEqual(
      upvotes,
      [...upvotes].sort((a, b) => b - a),
    );
    assert.equal((await readDigest(join(out, 'digest.html'))).titles.length, 3);
  });

  it("should ask Hugging Face's daily papers for the --date and the trending sort, through --proxy", async () => {
    const { files, stderr } = await snapshotOf(
      'https://huggingface.co/api/daily_papers',
      '--date',
      '2025-12-10',
      '--sort',
      'trending',
      '--proxy',
      `${server.origin}/proxy?u={url}`,
    );
    assert.deepEqual(server.proxied.at(-1), 'https://huggingface.co/api/daily_papers?sort=trending&date=2025-12-10');
    const sample = parseFeed(await readFile(new URL('../fixtures/daily-papers.json', import.meta.url), 'utf8'));
    assert.equal(JSON.parse(files['feed.json']).items.length, sample.papers.length);
    assert.match(stderr, /through http:\/\/127\.0\.0\.1/);
  });

  it('should point the feeds at --site-url', async () => {
    const { files } = await snapshotOf(
      `${server.origin}/fixtures/formats/blog.rss`,
      '--site-url',
      'https://blog.example.org/papers',
    );
    assert.equal(JSON.parse(files['feed.json']).feed_url, 'https://blog.example.org/papers/feed.json');
    assert.match(files['feed.xml'], /<atom:link href="https:\/\/blog\.example\.org\/papers\/feed\.xml" rel="self"/);
  });

  it('should write an empty feed for an empty source, not fail', async () => {
    const { files, out } = await snapshotOf(`${server.origin}/fixtures/empty-array.json`);
    assert.deepEqual(JSON.parse(files['feed.json']).items, []);
    assert.deepEqual(parseFeed(files['feed.xml']).papers, []);
    assert.match((await readDigest(join(out, 'digest.html'))).text, /No papers this time/);
  });

  it('should leave the previous snapshot untouched when the source fails, and exit 1', async () => {
    const { out, files } = await snapshotOf(`${server.origin}/fixtures/formats/blog.atom`);
    const before = await Promise.all(snapshotFiles.map((name) => stat(join(out, name))));
    for (const source of [
      `${server.origin}/status/503`,
      `${server.origin}/fixtures/hostile/malformed.xml`,
      `${server.origin}/fixtures/hostile/bomb.xml`,
      'http://127.0.0.1:9/feed.json',
    ]) {
      const result = await run('snapshot', source, '--out', out);
      assert.equal(result.status, 1, source);
      assert.equal(result.stderr.trim().split('\n').at(-1).startsWith('paper-feed: '), true, result.stderr);
    }
    assert.match((await run('snapshot', `${server.origin}/status/503`, '--out', out)).stderr, /HTTP 503/);
    for (const [index, name] of snapshotFiles.entries()) {
      assert.equal(await readFile(join(out, name), 'utf8'), files[name]);
      assert.equal((await stat(join(out, name))).mtimeMs, before[index].mtimeMs);
    }
    assert.deepEqual((await readdir(out)).sort(), [...snapshotFiles].sort());
  });

  it('should refuse bad arguments in one line with exit 2', async () => {
    const file = join(work, 'a-file');
    await writeFile(file, 'mine');
    const source = `${server.origin}/fixtures/daily-papers.json`;
    const cases = [
      [['snapshot', source, '--out', file], /--out must be a folder/],
      [['snapshot', source], /Missing --out/],
      [['snapshot', '--out', work], /Missing source/],
      [[], /Missing command/],
      [['snapshot', source, '--out', work, '--colour', 'red'], /Unknown option '--colour'/],
      [['snapshot', source, '--out', work, '--sort', 'best'], /--sort must be one of/],
      [['snapshot', source, '--out', work, '--limit', 'ten'], /--limit must be a whole number/],
      [['snapshot', source, '--out', work, '--date', '2025-13-40'], /--date cannot be read/],
      [['snapshot', source, '--out', work, '--out'], /--out/],
    ];
    for (const [args, message] of cases) {
      const result = await run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      assert.match(result.stderr, message);
    }
    assert.equal(await readFile(file, 'utf8'), 'mine');
  });

  it('should document every option in --help', async () => {
    const result = await run('--help');
    assert.equal(result.status, 0);
    for (const option of [
      '--out',
      '--format',
      '--limit',
      '--sort',
      '--date',
      '--week',
      '--month',
      '--proxy',
      '--title',
      '--site-url',
      '--digest-size',
    ]) {
      assert.ok(result.stdout.includes(option), option);
    }
  });
});
