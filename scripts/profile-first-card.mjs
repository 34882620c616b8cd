/* global window, document, requestAnimationFrame, MutationObserver, Element -- in the page */
// Where the time to the first card goes: the bench's first-card page (bench/first-card-widget.html,
// the same 20-paper feed, the same server and browser flags as scripts/bench-first-card.mjs) loaded
// under a Chrome DevTools Protocol trace, with V8's sampling profiler on. Prints, for each stretch
// between two marks (script downloaded, evaluated, feed request, feed arrives, first card in the
// DOM, rendered):
// - the main thread's time by kind (script, style, layout, paint, parse, idle);
// - the main thread's tasks in it, each with what it ran (the functions a task called, timers,
//   animation frames, style recalculations);
// - the functions with the most self time (summed over the runs).
//   node scripts/profile-first-card.mjs [first|return] [--runs N] [--readable] [--hand-written]
// `first` (the default): a first visit, nothing cached. `return`: the page opened again in a new tab
// of the same profile once the first visit saved the feed, with the feed stalled on the server (the
// cached copy is what shows). `--runs N` (default 5): profiles summed, marks and tasks of the median
// run. `--readable`: profiles an unminified bundle built into .cache/profile-dist (slower to parse,
// but the function names are the source's); otherwise dist/ (build it first:
// `npm run build:lib && npm run build:bundle`). `--hand-written`: the hand-written page instead, to
// compare a stretch with.
// Figures move with the machine's load: compare stretches within one run, or the main thread's CPU
// time (its tasks' thread time, which other processes do not stretch) across runs.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { launchChromium } from './browsers.mjs';
import { startBenchServer } from './bench-server.mjs';

const args = process.argv.slice(2);
const visitKind = args.includes('return') ? 'return' : 'first';
const runs = (args.includes('--runs') && Number(args[args.indexOf('--runs') + 1])) || 5;
const readable = args.includes('--readable');
const pageFile = args.includes('--hand-written') ? 'first-card-hand-written.html' : 'first-card-widget.html';
const top = 25;

let dist = 'dist';
if (readable) {
  dist = '.cache/profile-dist';
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  // The siblings as built (the bundle finds them by the names in dist/paper-feed-siblings.json).
  for (const name of readdirSync('dist')) if (name.startsWith('paper-feed-')) cpSync(`dist/${name}`, `${dist}/${name}`);
  execFileSync('npx', ['--no-install', 'vite', 'build', '--mode', 'bundle', '--minify', 'false', '--outDir', dist], {
    stdio: 'ignore',
  });
}
if (!existsSync(`${dist}/paper-feed.js`)) {
  console.error(`${dist}/paper-feed.js is missing: run \`npm run build:lib && npm run build:bundle\` first.`);
  process.exit(1);
}

const daily = JSON.parse(readFileSync('demo/data/daily-papers.json', 'utf8'));
const twenty = JSON.stringify(daily.slice(0, 20));
const titles = [...new Set(daily.map((listing) => listing.paper.title))];
const server = await startBenchServer((_run, name) => (name === 'feed' ? twenty : undefined), { dist });

/** The bench's marks, as user-timing marks in the trace (see scripts/bench-first-card.mjs). */
function instrument(titles) {
  const holdsTitle = (text) => !!text && titles.some((title) => text.includes(title));
  let seen = false;
  const observer = new MutationObserver((records) => {
    if (seen) return;
    for (const record of records) {
      const found =
        record.type === 'characterData'
          ? holdsTitle(record.target.data)
          : [...record.addedNodes].some((node) => holdsTitle(node.textContent));
      if (!found) continue;
      seen = true;
      performance.mark('bench:inDom');
      observer.disconnect();
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('bench:painted');
          window.__painted?.();
        }),
      );
      return;
    }
  });
  window.__done = new Promise((resolve) => (window.__painted = resolve));
  const options = { childList: true, subtree: true, characterData: true };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (!seen) observer.observe(root, options);
    return root;
  };
  document.addEventListener(
    'load',
    (event) => {
      if (event.target.localName === 'script' && event.target.src.endsWith('/paper-feed.js')) {
        performance.mark('bench:evaluated');
      }
    },
    true,
  );
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
];

async function openPage(context, url, traced) {
  const page = await context.newPage();
  await page.evaluateOnNewDocument(instrument, titles);
  if (traced) await page.tracing.start({ categories });
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(() => Promise.race([window.__done, new Promise((resolve) => setTimeout(resolve, 15_000))]));
  // The frame after the card, and anything the page still does right after it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const trace = traced ? JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')) : undefined;
  return { page, trace };
}

async function profileOnce(browser, run) {
  const context = await browser.createBrowserContext();
  try {
    const url = `${server.origin}/${run}/${pageFile}`;
    if (visitKind === 'first') return (await openPage(context, url, true)).trace;
    const { page } = await openPage(context, url, false);
    // The store writes behind the cards: give it time to land (the bench polls IndexedDB for it).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await page.close();
    server.stall(run);
    return (await openPage(context, url, true)).trace;
  } finally {
    await context.close();
  }
}

/** Marks (µs, trace clock), the main thread's id and the events of one trace. */
function readTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const inDom = events.find((event) => event.name === 'bench:inDom');
  if (!inDom) return undefined;
  const { pid, tid } = inDom;
  const main = events.filter((event) => event.pid === pid && event.tid === tid);
  const mark = (name) => events.find((event) => event.name === name && event.pid === pid)?.ts;
  const navigation = events.find(
    (event) =>
      event.name === 'navigationStart' && event.pid === pid && event.args?.data?.documentLoaderURL?.includes(pageFile),
  );
  const resource = (suffix) => {
    const send = events.find(
      (event) => event.name === 'ResourceSendRequest' && event.args?.data?.url?.endsWith(suffix),
    );
    if (!send) return {};
    const id = send.args.data.requestId;
    const finish = events.find((event) => event.name === 'ResourceFinish' && event.args?.data?.requestId === id);
    return { start: send.ts, end: finish?.ts };
  };
  const script = resource('/paper-feed.js');
  const feed = resource('/feed.json');
  const marks = [
    ['navigation', navigation?.ts ?? mark('navigationStart')],
    ['script downloaded', script.end],
    ['evaluated', mark('bench:evaluated')],
    ['feed request starts', feed.start],
    ['feed arrives', feed.end],
    ['first card in the DOM', inDom.ts],
    ['rendered', mark('bench:painted')],
  ].filter(([, ts]) => ts !== undefined);
  marks.sort((a, b) => a[1] - b[1]);
  return { events, pid, tid, main, marks };
}

/** Self time (µs) per function from the V8 sampling profiler's chunks of the main thread, within [from, to). */
function selfTimes(parsed, from, to, into) {
  const nodes = new Map();
  let time;
  for (const event of parsed.events) {
    if (event.pid !== parsed.pid) continue;
    if (event.name === 'Profile') time = event.args.data.startTime;
    if (event.name !== 'ProfileChunk' || time === undefined) continue;
    const profile = event.args.data.cpuProfile ?? {};
    for (const node of profile.nodes ?? []) nodes.set(node.id, node);
    const deltas = event.args.data.timeDeltas ?? [];
    const samples = profile.samples ?? [];
    for (let i = 0; i < samples.length; i++) {
      const previous = time;
      time += deltas[i] ?? 0;
      if (time < from || time >= to) continue;
      const frame = nodes.get(samples[i])?.callFrame;
      if (!frame) continue;
      // A sample's weight: the time to the next one (approximated by this one's delta).
      const weight = Math.min(time - previous, 2000);
      const where = frame.url ? `${frame.url.split('/').pop()}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : '';
      const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
      into.set(key, (into.get(key) ?? 0) + weight);
    }
  }
}

const kinds = [
  [
    'script',
    /^(FunctionCall|EvaluateScript|v8\.compile|v8\.run|RunMicrotasks|TimerFire|FireAnimationFrame|EventDispatch|V8\.GC|MajorGC|MinorGC|v8\.callFunction|v8\.evaluateModule|ParseAuthorStyleSheet|FireIdleCallback|XHRReadyStateChange|v8\.produceCache|CompileScript|CompileCode)$/,
  ],
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ScheduleStyleRecalculation|InvalidateLayout)$/],
  ['layout', /^(Layout|UpdateLayerTree|PrePaint|Layerize)$/],
  ['paint', /^(Paint|PaintImage|CompositeLayers|Commit|RasterTask|UpdateLayer)$/],
  ['parse', /^(ParseHTML)$/],
];
const kindOf = (name) => kinds.find(([, pattern]) => pattern.test(name))?.[0];

/** The main thread's top-level tasks overlapping [from, to), each with its notable children. */
function tasks(parsed, from, to) {
  const complete = parsed.main.filter((event) => event.ph === 'X' && event.dur !== undefined);
  const roots = complete.filter(
    (event) =>
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      event.ts < to &&
      event.ts + event.dur > from,
  );
  return roots.map((task) => {
    const end = task.ts + task.dur;
    const inside = complete.filter((event) => event !== task && event.ts >= task.ts && event.ts + event.dur <= end);
    const notable = inside
      .filter(
        (event) =>
          kindOf(event.name) &&
          !inside.some(
            (outer) =>
              outer !== event &&
              kindOf(outer.name) &&
              outer.ts <= event.ts &&
              outer.ts + outer.dur >= event.ts + event.dur &&
              outer.dur > event.dur,
          ),
      )
      .map((event) => {
        const data = event.args?.data ?? {};
        const what = data.functionName || (data.url ? data.url.split('/').pop() : '') || data.type || '';
        return { name: event.name, what, ts: event.ts, dur: event.dur };
      });
    return { ts: task.ts, dur: task.dur, cpu: task.tdur ?? task.dur, notable };
  });
}

/** Main-thread time by kind within [from, to): the top-level notable events, clipped. */
function byKind(parsed, from, to) {
  const totals = new Map();
  let busy = 0;
  let cpu = 0;
  for (const task of tasks(parsed, from, to)) {
    const clip = (ts, dur) => Math.max(0, Math.min(ts + dur, to) - Math.max(ts, from));
    const clipped = clip(task.ts, task.dur);
    busy += clipped;
    // The thread's own CPU time: what the machine's other processes do not stretch.
    cpu += task.dur ? (task.cpu * clipped) / task.dur : 0;
    for (const event of task.notable) {
      const kind = kindOf(event.name);
      totals.set(kind, (totals.get(kind) ?? 0) + clip(event.ts, event.dur));
    }
  }
  const accounted = [...totals.values()].reduce((sum, value) => sum + value, 0);
  totals.set('other (in tasks)', Math.max(0, busy - accounted));
  totals.set('idle (no task)', Math.max(0, to - from - busy));
  totals.set('CPU time of its tasks', cpu);
  return totals;
}

const ms = (us) => (us / 1000).toFixed(1);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const browser = await launchChromium();
const parsedRuns = [];
try {
  // One visit uncounted: the browser's first renderer and profile.
  await profileOnce(browser, 'warm');
  for (let i = 0; i < runs; i++) {
    const parsed = readTrace(await profileOnce(browser, `run${i}`));
    if (parsed) parsedRuns.push(parsed);
    else console.error(`run ${i}: no first card in the trace`);
  }
} finally {
  await browser.close();
  await server.close();
}
if (parsedRuns.length === 0) process.exit(1);

const at = (parsed, name) => parsed.marks.find(([mark]) => mark === name)?.[1];
const sinceNavigation = (parsed, name) => at(parsed, name) - at(parsed, 'navigation');
const typical = [...parsedRuns].sort((a, b) => sinceNavigation(a, 'rendered') - sinceNavigation(b, 'rendered'))[
  Math.floor(parsedRuns.length / 2)
];

console.log(`\n${visitKind} visit, ${parsedRuns.length} profiled runs${readable ? ' (unminified bundle)' : ''}.`);
console.log('Marks, ms from navigation (median of the runs):');
for (const [name] of typical.marks) {
  if (name === 'navigation') continue;
  const values = parsedRuns.map((parsed) => sinceNavigation(parsed, name)).filter((value) => !Number.isNaN(value));
  console.log(`  ${name.padEnd(24)} ${ms(median(values)).padStart(7)}`);
}

const stretches = typical.marks.slice(1).map(([name], index) => [typical.marks[index][0], name]);
for (const [fromMark, toMark] of stretches) {
  const spans = parsedRuns
    .map((parsed) => [at(parsed, fromMark), at(parsed, toMark)])
    .filter(([from, to]) => from !== undefined && to !== undefined && to > from);
  if (spans.length === 0) continue;
  const length = median(spans.map(([from, to]) => to - from));
  console.log(`\n── ${fromMark} → ${toMark}: ${ms(length)} ms (median) ──`);
  const kindTotals = new Map();
  parsedRuns.forEach((parsed) => {
    const from = at(parsed, fromMark);
    const to = at(parsed, toMark);
    if (from === undefined || to === undefined || to <= from) return;
    for (const [kind, value] of byKind(parsed, from, to))
      kindTotals.set(kind, [...(kindTotals.get(kind) ?? []), value]);
  });
  console.log(
    '  main thread, median ms: ' + [...kindTotals].map(([kind, values]) => `${kind} ${ms(median(values))}`).join(', '),
  );
  const from = at(typical, fromMark);
  const to = at(typical, toMark);
  if (from !== undefined && to !== undefined) {
    console.log('  tasks of the median run (ms from navigation, duration, what ran):');
    const navigation = at(typical, 'navigation');
    for (const task of tasks(typical, from, to)) {
      if (task.dur < 300) continue;
      const parts = task.notable
        .filter((event) => event.dur >= 200)
        .slice(0, 8)
        .map((event) => `${event.name}${event.what ? `(${event.what})` : ''} ${ms(event.dur)}`)
        .join(', ');
      console.log(`    ${ms(task.ts - navigation).padStart(7)} +${ms(task.dur).padStart(6)}  ${parts}`);
    }
  }
  const self = new Map();
  for (const parsed of parsedRuns) {
    const a = at(parsed, fromMark);
    const b = at(parsed, toMark);
    if (a !== undefined && b !== undefined && b > a) selfTimes(parsed, a, b, self);
  }
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  if (total === 0) continue;
  console.log(`  top self time (ms per run, of ${ms(total / parsedRuns.length)} sampled):`);
  for (const [name, value] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`    ${ms(value / parsedRuns.length).padStart(6)}  ${name}`);
  }
}
