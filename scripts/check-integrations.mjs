/* global document -- evaluated in the page by puppeteer */
// Builds the example site of each host kit in integrations/ with the real tool (Hugo, Jekyll, PHP with
// WordPress's own code, Astro 5), serves it from localhost with the repo's dist/paper-feed*.js and the
// demo's sample feed, opens it in headless Chromium and prints one `ok` / `FAIL` line per check, then
// `N passed, N failed`. With TEST_COUNTS set, the totals are also written there as JSON (the shape
// .ci/run sums). `npm run build:bundle` first.
//
// WordPress twice: `wordpress` renders the plugin with php-cli against WordPress's own wp-includes
// (integrations/wordpress/example/render.php, no database), `wordpress-site` installs a real
// WordPress (Debian's package, a private MariaDB on a socket, PHP's built-in server) and opens its
// posts.
//
//   node scripts/check-integrations.mjs [hugo] [jekyll] [wordpress] [wordpress-site] [astro]   (default: all)
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const kits = path.join(root, 'integrations');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const cdnScript = `https://cdn.jsdelivr.net/npm/paper-feed@${version}/dist/paper-feed.js`;
const sampleFeed = path.join(root, 'demo/data/daily-papers.json');
const heading = 'Papers "quoted" <b>bold</b> & more';
const abstract = 'We study a class of optimization problems motivated by automating the design of AI systems.';

/** Per tag: every attribute and the boolean ones, as custom-elements.json says. */
const manifest = (() => {
  const elements = JSON.parse(readFileSync(path.join(root, 'custom-elements.json'), 'utf8'))
    .modules.flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName);
  return Object.fromEntries(
    elements.map((element) => [
      element.tagName,
      {
        attributes: element.attributes.map((attribute) => attribute.name).sort(),
        booleans: element.attributes
          .filter((attribute) => attribute.type?.text === 'boolean')
          .map((attribute) => attribute.name)
          .sort(),
      },
    ]),
  );
})();
const manifestBooleans = Object.fromEntries(Object.entries(manifest).map(([tag, { booleans }]) => [tag, booleans]));

let passed = 0;
let failed = 0;
/** One check: a plain pass/fail line. */
function check(name, ok, detail = '') {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${!ok && detail ? ` (${detail})` : ''}`);
}
const sameList = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) return { ok: false, output: `${command}: ${result.error.message}`, stdout: '' };
  return { ok: result.status === 0, output, stdout: result.stdout ?? '' };
}

/** Processes started here, stopped at the end whatever happens. */
const started = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** A free port on localhost (for servers that are not ours to start on port 0). */
function freePort() {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}
/** Resolves once `probe()` is true, or false after `ms`. */
async function until(probe, ms) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(250)) if (await probe()) return true;
  return false;
}
const answers = (url) =>
  new Promise((resolve) =>
    get(url, (response) => resolve(response.resume() && true)).on('error', () => resolve(false)),
  );

const wordpressDir = process.env.WP_DIR ?? '/usr/share/wordpress';
const wordpressExample = path.join(kits, 'wordpress/example');

/**
 * Each host: `build(out)` makes its example site in `out` (pages at /papers/ and /other/ unless
 * `pages` says otherwise), `start(out)` serves it if a plain static server will not do.
 */
const hosts = {
  hugo: {
    tool: () => run('hugo', ['version']).output.trim(),
    build(out) {
      // Hugo writes resources/ beside the site unless told otherwise.
      return run(
        'hugo',
        ['--source', path.join(kits, 'hugo/example'), '--destination', out, '--noBuildLock', '--quiet'],
        {
          env: {
            ...process.env,
            HUGO_RESOURCEDIR: path.join(out, '..', 'hugo-resources'),
            HUGO_CACHEDIR: path.join(out, '..', 'hugo-cache'),
          },
        },
      );
    },
    kit() {
      const data = JSON.parse(readFileSync(path.join(kits, 'hugo/data/paper_feed.json'), 'utf8'));
      return { script: data.script, booleans: data.booleans };
    },
  },
  jekyll: {
    tool: () => run('jekyll', ['--version']).output.trim(),
    build(out) {
      // Installed as a site does: the kit's _includes/ copied into (a copy of) the site.
      const site = path.join(out, '..', 'jekyll-site');
      cpSync(path.join(kits, 'jekyll/example'), site, { recursive: true });
      cpSync(path.join(kits, 'jekyll/_includes'), path.join(site, '_includes'), { recursive: true });
      return run('jekyll', ['build', '--source', site, '--destination', out, '--quiet']);
    },
    kit() {
      const includes = path.join(kits, 'jekyll/_includes');
      const openTag = readFileSync(path.join(includes, 'paper-feed/open-tag.html'), 'utf8');
      const booleans = {};
      for (const tag of Object.keys(manifest)) {
        const include = readFileSync(path.join(includes, `${tag}.html`), 'utf8');
        booleans[tag] = (/paper_feed_booleans = "([^"]*)"/.exec(include)?.[1] ?? '').split(',').filter(Boolean);
      }
      return { script: /default: "([^"]+)"/.exec(openTag)?.[1], booleans };
    },
  },
  wordpress: {
    tool: () => run('php', ['--version']).output.split('\n')[0],
    pages: () => ({ papers: '/papers/' }),
    build(out) {
      const harness = path.join(kits, 'wordpress/example/render.php');
      const page = run('php', [harness, 'page']);
      if (!page.ok) return page;
      mkdirSync(path.join(out, 'papers'), { recursive: true });
      writeFileSync(path.join(out, 'papers/index.html'), page.stdout);
      return page;
    },
    kit() {
      const kit = JSON.parse(run('php', [path.join(kits, 'wordpress/example/render.php'), 'kit']).stdout);
      const booleans = Object.fromEntries(Object.entries(kit.elements).map(([tag, { booleans }]) => [tag, booleans]));
      return { script: kit.script, booleans, elements: kit.elements, pluginVersion: kit.version };
    },
    extra() {
      const { elements } = this.kit();
      check(
        'wordpress: kses allows every attribute of custom-elements.json',
        Object.keys(manifest).every((tag) => sameList(elements[tag].attributes, manifest[tag].attributes)),
      );
      const block = JSON.parse(readFileSync(path.join(kits, 'wordpress/paper-feed/block/block.json'), 'utf8'));
      const settable = manifest['paper-feed'].attributes.filter((name) => !['state', 'stale'].includes(name));
      check(
        'wordpress: the block has every settable attribute of <paper-feed>',
        sameList(Object.keys(block.attributes), settable) &&
          manifest['paper-feed'].booleans.every(
            (name) => !settable.includes(name) || block.attributes[name].type === 'boolean',
          ),
      );
      check(`wordpress: block.json version is ${version}`, block.version === version, block.version);
      const kses = JSON.parse(run('php', [path.join(kits, 'wordpress/example/render.php'), 'kses']).stdout || '{}');
      const kept = kses.output ?? '';
      check(
        'wordpress: wp_kses_post keeps the three tags and their attributes',
        kept.includes('<paper-feed src="/papers.json" searchable limit="3">') &&
          kept.includes('<paper-card heading="T" href="https://example.org/" new>') &&
          kept.includes('<subscribe-form provider="buttondown" username="u" label-hidden>'),
        kept,
      );
      check(
        'wordpress: wp_kses_post still drops event handlers, style and <script>',
        !/onclick|onmouseover|style=|<script/.test(kept),
        kept,
      );
    },
  },
  'wordpress-site': {
    tool() {
      const wp = /\$wp_version = '([^']+)'/.exec(
        readFileSync(path.join(wordpressDir, 'wp-includes/version.php'), 'utf8'),
      );
      return `WordPress ${wp?.[1]}, ${run('php', ['--version']).output.split('\n')[0]}, ${run('/usr/sbin/mariadbd', ['--version']).output.trim()}`;
    },
    async build(out) {
      const missing = ['/usr/sbin/mariadbd', path.join(wordpressDir, 'wp-settings.php')].filter(
        (file) => !existsSync(file),
      );
      if (!run('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).ok) missing.push('php mysqli');
      if (missing.length)
        return {
          ok: false,
          output: `missing ${missing.join(', ')} (apt-get install wordpress mariadb-server php-mysql)`,
        };
      // The site: a copy of Debian's WordPress with our wp-config.php, the plugin and a bare theme.
      cpSync(wordpressDir, out, { recursive: true, verbatimSymlinks: true });
      rmSync(path.join(out, 'wp-config.php'));
      for (const file of ['wp-config.php', 'install.php'])
        cpSync(path.join(wordpressExample, 'site', file), path.join(out, file));
      cpSync(path.join(kits, 'wordpress/paper-feed'), path.join(out, 'wp-content/plugins/paper-feed'), {
        recursive: true,
      });
      cpSync(path.join(wordpressExample, 'site/theme'), path.join(out, 'wp-content/themes/paper-feed-check'), {
        recursive: true,
      });
      // A private MariaDB on a socket, gone with the temp folder.
      const db = path.join(out, '..', 'wp-db');
      const socket = path.join(db, 'mysqld.sock');
      const init = run('mariadb-install-db', [
        '--no-defaults',
        `--datadir=${db}`,
        '--auth-root-authentication-method=normal',
        '--skip-test-db',
        '--user=root',
      ]);
      if (!init.ok) return init;
      const server = spawn(
        '/usr/sbin/mariadbd',
        [
          '--no-defaults',
          `--datadir=${db}`,
          `--socket=${socket}`,
          '--skip-networking',
          '--user=root',
          `--log-error=${db}.err`,
        ],
        { stdio: 'ignore' },
      );
      started.push(server);
      if (!(await until(() => existsSync(socket), 30_000)))
        return { ok: false, output: `MariaDB did not start (${db}.err)` };
      const created = run('mariadb', ['--no-defaults', '-S', socket, '-u', 'root', '-e', 'CREATE DATABASE wordpress']);
      if (!created.ok) return created;
      this.origin = `http://127.0.0.1:${await freePort()}`;
      this.log = path.join(out, '..', 'wp-debug.log');
      this.env = {
        ...process.env,
        PAPER_FEED_WP_SOCKET: socket,
        PAPER_FEED_WP_ORIGIN: this.origin,
        PAPER_FEED_WP_LOG: this.log,
      };
      const install = run('php', ['install.php'], {
        cwd: out,
        env: { ...this.env, PAPER_FEED_WP_POST: path.join(wordpressExample, 'post.html') },
      });
      if (!install.ok) return install;
      this.posts = JSON.parse(install.stdout);
      return install;
    },
    async start(out) {
      const php = spawn('php', ['-S', new URL(this.origin).host, '-t', out], { env: this.env, stdio: 'ignore' });
      started.push(php);
      await until(() => answers(`${this.origin}/wp-includes/version.php`), 15_000);
      return { origin: this.origin, close: () => php.kill() };
    },
    pages() {
      return { papers: `/?p=${this.posts.papers}` };
    },
    async afterPages(browser, origin) {
      check('wordpress-site: an author cannot post unfiltered HTML', this.posts.canAuthorPostHtml === false);
      const page = await browser.newPage();
      await page.goto(`${origin}/?p=${this.posts.html}`, { waitUntil: 'load' });
      await page
        .waitForFunction(() => document.getElementById('feed')?.getAttribute('state') === 'ready', { timeout: 15_000 })
        .catch(() => undefined);
      const raw = await page.evaluate(() => ({
        state: document.getElementById('feed')?.getAttribute('state'),
        onclick: document.getElementById('feed')?.hasAttribute('onclick'),
        searchable: document.getElementById('feed')?.hasAttribute('searchable'),
        injected: document.title === 'injected',
        scripts: [...document.querySelectorAll('script[src]')].filter((script) =>
          /\/paper-feed\.js(?:$|\?)/.test(script.src),
        ).length,
      }));
      await page.close();
      check(
        "wordpress-site: an author's <paper-feed> in a Custom HTML block survives kses and renders",
        raw.state === 'ready' && raw.searchable && raw.scripts === 1,
        JSON.stringify(raw),
      );
      check(
        "wordpress-site: kses removed the author's onclick and <script>",
        raw.onclick === false && !raw.injected,
        JSON.stringify(raw),
      );
      const log = existsSync(this.log) ? readFileSync(this.log, 'utf8') : '';
      const ours = log.split('\n').filter((line) => line.includes('/plugins/paper-feed/'));
      check('wordpress-site: no PHP notice from the plugin', ours.length === 0, ours.join(' | '));
    },
  },
  astro: {
    tool: () => run(path.join(kits, 'astro/example/node_modules/.bin/astro'), ['--version']).output.trim(),
    build(out) {
      const example = path.join(kits, 'astro/example');
      if (!existsSync(path.join(example, 'node_modules/.bin/astro'))) {
        const install = run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: example });
        if (!install.ok) return install;
      }
      return run(path.join(example, 'node_modules/.bin/astro'), ['build', '--outDir', out, '--silent'], {
        cwd: example,
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
    },
    async kit() {
      const kit = await import(path.join(kits, 'astro/kit.js'));
      return { script: kit.defaultScript, booleans: kit.booleans };
    },
  },
};

const contentTypes = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};
/** A static server for `dir` on localhost; resolves to its origin. */
function serve(dir) {
  const server = createServer((request, response) => {
    let file = path.join(dir, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!file.startsWith(dir)) file = dir;
    if (existsSync(path.join(file, 'index.html'))) file = path.join(file, 'index.html');
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** What the page shows once the elements have rendered (or did not within the wait). */
async function inspect(page, url) {
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(() => document.getElementById('feed')?.getAttribute('state') === 'ready', { timeout: 15_000 })
    .catch(() => undefined);
  const state = await page.evaluate(() => {
    const byId = (id) => document.getElementById(id);
    const feed = byId('feed');
    const plain = byId('feed-plain');
    const card = byId('card');
    const form = byId('form');
    const slot = card?.shadowRoot?.querySelector('slot:not([name])');
    const abstractPart = slot?.closest('[part~="abstract"], [part~="summary"]');
    return {
      feedState: feed?.getAttribute('state'),
      feedCards: feed?.shadowRoot?.querySelectorAll('paper-card').length ?? 0,
      plainState: plain?.getAttribute('state'),
      feedSearch: Boolean(feed?.shadowRoot?.querySelector('[part~="search"]')),
      plainSearch: Boolean(plain?.shadowRoot?.querySelector('[part~="search"]')),
      attributes: {
        feed: feed?.getAttributeNames() ?? [],
        plain: plain?.getAttributeNames() ?? [],
        card: card?.getAttributeNames() ?? [],
        form: form?.getAttributeNames() ?? [],
      },
      heading: feed?.getAttribute('heading'),
      fallbackHref: feed?.querySelector(':scope > a')?.getAttribute('href'),
      injected: document.querySelectorAll('main b').length,
      cardTitle: card?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim() ?? '',
      cardAbstract:
        slot
          ?.assignedNodes()
          .map((node) => node.textContent)
          .join('')
          .trim() ?? '',
      cardAbstractVisible: abstractPart?.checkVisibility() ?? false,
      formInput: Boolean(form?.shadowRoot?.querySelector('input[type="email"], [part~="input"]')),
      unsafeWritten: Boolean(byId('feed-unsafe') && byId('card-unsafe')),
      unsafeLinks: [...document.querySelectorAll('main a[href]')]
        .filter((link) => !['http:', 'https:'].includes(link.protocol))
        .map((link) => link.getAttribute('href')),
      unsafeCardTitle: byId('card-unsafe')?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim(),
      widgetScripts: [...document.querySelectorAll('script[src]')].filter((script) =>
        /\/paper-feed\.js(?:$|\?)/.test(script.getAttribute('src')),
      ).length,
    };
  });
  return { status: response?.status(), errors, ...state };
}

async function checkHost(name, host, browser, work) {
  const out = path.join(work, name, 'site');
  mkdirSync(out, { recursive: true });
  const built = await host.build(out);
  let tool;
  try {
    tool = host.tool();
  } catch (error) {
    tool = `not found (${error instanceof Error ? error.message : String(error)})`;
  }
  console.log(`\n${name}: ${tool || 'not found'}`);
  check(`${name}: the example site builds`, built.ok, built.output.trim().split('\n').slice(-5).join(' | '));

  if (host.kit) {
    const kit = await host.kit();
    check(`${name}: the default script is this version's CDN file`, kit.script === cdnScript, kit.script);
    check(
      `${name}: the boolean attributes are custom-elements.json's`,
      Object.keys(manifestBooleans).every((tag) => sameList(kit.booleans[tag] ?? [], manifestBooleans[tag])),
      JSON.stringify(kit.booleans),
    );
    if (kit.pluginVersion !== undefined)
      check(`${name}: the plugin's version is ${version}`, kit.pluginVersion === version);
  }
  host.extra?.();
  if (!built.ok) return;

  // The widget and the feed, served with the site (no network beyond localhost).
  mkdirSync(path.join(out, 'js'), { recursive: true });
  for (const file of readdirSync(path.join(root, 'dist')).filter((file) => /^paper-feed.*\.js$/.test(file))) {
    cpSync(path.join(root, 'dist', file), path.join(out, 'js', file));
  }
  cpSync(sampleFeed, path.join(out, 'papers.json'));
  const server = host.start ? await host.start(out) : await serve(out);
  const origin = server.origin ?? `http://127.0.0.1:${server.address().port}`;
  const pages = host.pages?.() ?? { papers: '/papers/', other: '/other/' };
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(origin) || request.url().startsWith('data:')) void request.continue();
    else void request.abort();
  });
  try {
    const shown = await inspect(page, `${origin}${pages.papers}`);
    check(
      `${name}: the page loads without script errors`,
      shown.status === 200 && !shown.errors.length,
      shown.errors.join('; '),
    );
    check(
      `${name}: one script tag for the widget with four elements on the page`,
      shown.widgetScripts === 1,
      `${shown.widgetScripts}`,
    );
    check(
      `${name}: the feed renders its cards`,
      shown.feedState === 'ready' && shown.feedCards === 3,
      `${shown.feedState}, ${shown.feedCards} cards`,
    );
    check(`${name}: searchable shows the search box`, shown.feedSearch);
    check(`${name}: searchable="false" shows no search box`, shown.plainState === 'ready' && !shown.plainSearch);
    check(
      `${name}: booleans given as "false" are absent from the markup`,
      !shown.attributes.feed.includes('no-cache') &&
        !shown.attributes.plain.includes('searchable') &&
        !shown.attributes.card.includes('new'),
      JSON.stringify(shown.attributes),
    );
    check(
      `${name}: booleans given as true are present`,
      shown.attributes.feed.includes('searchable') && shown.attributes.form.includes('label-hidden'),
    );
    check(
      `${name}: an attribute value with quotes, < and & arrives unchanged, nothing injected`,
      shown.heading === heading && shown.injected === 0,
      `${shown.heading}, ${shown.injected} injected`,
    );
    check(`${name}: the fallback link goes to src`, shown.fallbackHref === '/papers.json', shown.fallbackHref);
    check(
      `${name}: the standalone card shows its heading and abstract`,
      shown.cardTitle === 'Trace is the New AutoDiff' && shown.cardAbstract === abstract && shown.cardAbstractVisible,
      `${shown.cardTitle} / ${shown.cardAbstract} / visible ${shown.cardAbstractVisible}`,
    );
    check(`${name}: the subscribe form renders`, shown.formInput);
    check(
      `${name}: a javascript: src or href gives no link in the page, the card still its title`,
      shown.unsafeWritten && !shown.unsafeLinks.length && shown.unsafeCardTitle === 'Unsafe link',
      `${JSON.stringify(shown.unsafeLinks)} / ${shown.unsafeCardTitle}`,
    );
    if (pages.other) {
      const other = await browser.newPage();
      await other.goto(`${origin}${pages.other}`, { waitUntil: 'load' });
      await other
        .waitForFunction(() => document.getElementById('card')?.shadowRoot?.querySelector('[part~="title"]'), {
          timeout: 15_000,
        })
        .catch(() => undefined);
      const second = await other.evaluate(() => ({
        scripts: document.querySelectorAll('script[src$="/paper-feed.js"]').length,
        title: document.getElementById('card')?.shadowRoot?.querySelector('[part~="title"]')?.textContent.trim(),
      }));
      check(
        `${name}: a second page gets its own script tag and card`,
        second.scripts === 1 && second.title === 'Only a card',
        JSON.stringify(second),
      );
      await other.close();
    }
    await host.afterPages?.(browser, origin);
  } finally {
    await page.close();
    server.close();
  }
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in hosts));
if (unknown.length) {
  console.error(`Unknown host: ${unknown.join(', ')} (known: ${Object.keys(hosts).join(', ')})`);
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist/paper-feed.js'))) {
  console.error('dist/paper-feed.js is missing: run `npm run build:bundle` first.');
  process.exit(2);
}
const work = mkdtempSync(path.join(tmpdir(), 'paper-feed-integrations-'));
const browser = await puppeteer.launch({ executablePath: findChromium(), args: chromiumArgs, headless: true });
try {
  for (const name of wanted.length ? wanted : Object.keys(hosts)) {
    try {
      await checkHost(name, hosts[name], browser, work);
    } catch (error) {
      check(`${name}: the checks ran to the end`, false, error instanceof Error ? error.message : String(error));
    }
  }
} finally {
  await browser.close();
  for (const child of started) child.kill();
  await sleep(started.length ? 1000 : 0);
  rmSync(work, { recursive: true, force: true });
}
if (process.env.TEST_COUNTS) {
  writeFileSync(process.env.TEST_COUNTS, JSON.stringify({ integrations: { passed, failed, skipped: 0, errors: 0 } }));
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
