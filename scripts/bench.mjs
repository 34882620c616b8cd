// `npm run bench` (after building the library and the bundle): the page-load benchmarks of
// scripts/bench-first-card.mjs (first card against a hand-written page, cached first page), then
// the tachometer benchmarks in bench/tachometer.json in the system Chromium, each one's median —
// with the targets of issue 14 marked met or not.
//   node scripts/bench.mjs [filter]   runs only the benchmarks whose name contains the filter
//   ("100 papers: ", "first card", "cached first page", "heap", …).
//
// tachometer insists on the npm `chromedriver` package, whose install downloads a driver; a local
// stand-in (bench/chromedriver-stub) points it at Debian's /usr/bin/chromedriver instead.
//
// tachometer.json fields of ours (removed before tachometer reads it): `unit` (ms unless said),
// `target` (the most the median may be), `samples` (the sample size when not the file's
// `sampleSize`: benchmarks of several seconds a sample, and the heap ones, which hardly vary,
// take 3) and `reference` (a hand-written page of 10,000 cards, 5–50 s a sample: its figure does
// not change with this project's code, so it runs only when the filter names it, e.g. "vanilla").
// The benchmarks of the file's sample size run as one tachometer run, which alternates them sample
// by sample; one with a sample size of its own runs with its twin ("<name>: <paper-feed>" beside
// "<name>: vanilla DOM"). A tachometer run that has not finished in 10 minutes (under heavy load,
// or a page that never reports its measurement) is stopped and said; the others still run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from './browsers.mjs';

if (!existsSync('dist/paper-feed.js') || !existsSync('dist/data')) {
  console.error('dist/ is incomplete: run `npm run build:lib && npm run build:bundle` first (in that order).');
  process.exit(1);
}
if (!existsSync('/usr/bin/chromedriver')) {
  console.error('chromedriver was not found. On Debian: apt-get install -y chromium-driver');
  process.exit(1);
}
const started = Date.now();
const only = process.argv[2];
let failed = false;

/** Runs `command` in a process group of its own; stops the whole group after `timeout` ms. */
function run(command, args, { timeout, env } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', detached: true, env: { ...process.env, ...env } });
    const timer = setTimeout(
      () => {
        console.error(`\n${[command, ...args].join(' ')} did not finish within ${timeout / 60_000} minutes: stopped.`);
        process.kill(-child.pid, 'SIGKILL');
      },
      timeout ?? 2 ** 31 - 1,
    );
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ? 1 : (code ?? 1));
    });
  });
}

if (
  (await run(process.execPath, ['scripts/bench-first-card.mjs', ...(only ? [only] : [])], { timeout: 600_000 })) !== 0
) {
  failed = true;
}

const config = JSON.parse(readFileSync('bench/tachometer.json', 'utf8'));
const benchmarks = config.benchmarks.filter((benchmark) =>
  only ? benchmark.name.includes(only) : !benchmark.reference,
);
const browser = {
  name: 'chrome',
  headless: true,
  binary: findChromium(),
  // Heap benchmarks collect garbage before reading an exact heap size.
  addArguments: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
};
const groups = new Map();
for (const benchmark of benchmarks) {
  const key = benchmark.samples ? `${benchmark.name.split(':')[0]} ${benchmark.samples}` : '';
  groups.set(key, [...(groups.get(key) ?? []), benchmark]);
}
const samples = new Map();
if (groups.size > 0) cpSync('bench/chromedriver-stub', 'node_modules/chromedriver', { recursive: true });
mkdirSync('.cache', { recursive: true });
for (const group of groups.values()) {
  writeFileSync(
    '.cache/tachometer.json',
    JSON.stringify({
      ...config,
      sampleSize: group[0].samples ?? config.sampleSize,
      root: '..',
      benchmarks: group.map((benchmark) => {
        const tachometers = { ...benchmark, url: `../${benchmark.url}`, browser };
        for (const ours of ['unit', 'samples', 'target', 'reference']) delete tachometers[ours];
        return tachometers;
      }),
    }),
  );
  rmSync('.cache/bench.json', { force: true });
  const status = await run(
    'npx',
    ['--no-install', 'tach', '--config', '.cache/tachometer.json', '--json-file', '.cache/bench.json'],
    { timeout: 600_000, env: { SE_OFFLINE: 'true' } },
  );
  if (status !== 0 || !existsSync('.cache/bench.json')) {
    failed = true;
    continue;
  }
  for (const result of JSON.parse(readFileSync('.cache/bench.json', 'utf8')).benchmarks) {
    samples.set(result.name, result.samples);
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = new Map([...samples].map(([name, values]) => [name, median(values)]));
if (medians.size > 0) console.log('\nMedians (headless Chromium, this machine):');
for (const { name, unit = 'ms', target } of benchmarks) {
  if (!medians.has(name)) continue;
  const value = medians.get(name);
  // "… : <paper-feed>" beside its "… : vanilla DOM" twin: the ratio too.
  const vanilla = medians.get(name.replace(': <paper-feed>', ': vanilla DOM'));
  const ratio = name.endsWith(': <paper-feed>') && vanilla ? `  ${(value / vanilla).toFixed(2)}× vanilla` : '';
  const goal = target === undefined ? '' : `  target ≤ ${target} ${unit} ${value <= target ? 'met' : 'NOT MET'}`;
  console.log(
    `  ${name.padEnd(36)} ${value.toFixed(1).padStart(8)} ${unit.padEnd(2)}  (n=${samples.get(name).length})${ratio}${goal}`,
  );
}
console.log(`\nscripts/bench.mjs took ${((Date.now() - started) / 60_000).toFixed(1)} minutes.`);
if (failed) process.exit(1);
