// Runs the tachometer benchmarks in bench/ in the system Chromium and prints each one's median.
// tachometer insists on the npm `chromedriver` package, whose install downloads a driver; a local
// stand-in (bench/chromedriver-stub) points it at Debian's /usr/bin/chromedriver instead.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromiumArgs, findChromium } from './browsers.mjs';

if (!existsSync('dist/paper-feed.js')) {
  console.error('dist/paper-feed.js is missing: run `npm run build:bundle` first.');
  process.exit(1);
}
if (!existsSync('/usr/bin/chromedriver')) {
  console.error('chromedriver was not found. On Debian: apt-get install -y chromium-driver');
  process.exit(1);
}
cpSync('bench/chromedriver-stub', 'node_modules/chromedriver', { recursive: true });

const config = JSON.parse(readFileSync('bench/tachometer.json', 'utf8'));
// `npm run bench -- cache` runs only the benchmarks whose name contains "cache".
const only = process.argv[2];
if (only) config.benchmarks = config.benchmarks.filter((benchmark) => benchmark.name.includes(only));
const browser = {
  name: 'chrome',
  headless: true,
  binary: findChromium(),
  // Heap benchmarks collect garbage before reading an exact heap size.
  addArguments: [...chromiumArgs, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
};
mkdirSync('.cache', { recursive: true });
writeFileSync(
  '.cache/tachometer.json',
  JSON.stringify({
    ...config,
    root: '..',
    benchmarks: config.benchmarks.map((benchmark) => {
      const run = { ...benchmark, url: `../${benchmark.url}`, browser };
      delete run.unit; // ours (for the medians below), not tachometer's
      return run;
    }),
  }),
);

const run = spawnSync(
  'npx',
  ['--no-install', 'tach', '--config', '.cache/tachometer.json', '--json-file', '.cache/bench.json'],
  {
    stdio: 'inherit',
    env: { ...process.env, SE_OFFLINE: 'true' },
  },
);
if (run.status !== 0) process.exit(run.status ?? 1);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const { benchmarks } = JSON.parse(readFileSync('.cache/bench.json', 'utf8'));
const units = new Map(config.benchmarks.map((benchmark) => [benchmark.name, benchmark.unit ?? 'ms']));
const medians = new Map(benchmarks.map((benchmark) => [benchmark.name, median(benchmark.samples)]));
console.log('\nMedians (headless Chromium, this machine):');
for (const benchmark of benchmarks) {
  const { name } = benchmark;
  const value = medians.get(name);
  // "… : <paper-feed>" beside its "… : vanilla DOM" twin: the ratio too.
  const vanilla = medians.get(name.replace(': <paper-feed>', ': vanilla DOM'));
  const ratio = name.endsWith(': <paper-feed>') && vanilla ? `  ${(value / vanilla).toFixed(2)}× vanilla` : '';
  console.log(
    `  ${name.padEnd(36)} ${value.toFixed(1).padStart(8)} ${units.get(name).padEnd(2)}  (n=${benchmark.samples.length})${ratio}`,
  );
}
