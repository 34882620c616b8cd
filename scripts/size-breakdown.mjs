// Prints what a built script-tag file is made of: the minified bytes each source module contributes
// (attributed through the source map) and each module's share of the gzip size — the gzip size of
// the file minus that of the file without the module's bytes (so shared context is counted where
// it is lost). `node scripts/size-breakdown.mjs [entry]` — default: the bundle, src/define.ts.
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';
import { build } from 'vite';

const entry = process.argv[2] ?? 'src/define.ts';
const built = await build({
  configFile: 'vite.config.ts',
  mode: 'bundle',
  logLevel: 'silent',
  build: { write: false, sourcemap: true, lib: { entry, formats: ['iife'], name: 'paperFeed' } },
});
const chunk = [built]
  .flat()
  .flatMap((result) => ('output' in result ? result.output : []))
  .find((output) => output.type === 'chunk');
const code = chunk.code;
const map = new TraceMap(chunk.map);
const lines = code.split('\n');
const lineStarts = [];
let offset = 0;
for (const line of lines) {
  lineStarts.push(offset);
  offset += line.length + 1;
}
// Each generated character belongs to the source of the mapping segment it falls in.
const owner = new Array(code.length).fill('(unmapped: intro, glue)');
const segments = [];
eachMapping(map, (m) => segments.push(m));
segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
for (let i = 0; i < segments.length; i++) {
  const s = segments[i];
  const start = lineStarts[s.generatedLine - 1] + s.generatedColumn;
  const next = segments[i + 1];
  const end =
    next && next.generatedLine === s.generatedLine
      ? lineStarts[next.generatedLine - 1] + next.generatedColumn
      : lineStarts[s.generatedLine - 1] + lines[s.generatedLine - 1].length;
  const name = s.source ? group(s.source) : '(unmapped: intro, glue)';
  for (let c = start; c < end; c++) owner[c] = name;
}
function group(source) {
  const path = relative(process.cwd(), new URL(source, 'file://' + process.cwd() + '/dist/').pathname);
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  return pkg ? `${pkg[1]} (${path.split(pkg[1] + '/')[1]})` : path;
}
const total = gzipSync(code, { level: 9 }).length;
const bytes = new Map();
for (const name of owner) bytes.set(name, (bytes.get(name) ?? 0) + 1);
const rows = [...bytes].map(([name, min]) => {
  const without = [...code].filter((_, i) => owner[i] !== name).join('');
  return { name, min, gzip: total - gzipSync(without, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);
console.log(`${entry}: ${code.length} B min, ${total} B gzip`);
for (const { name, min, gzip } of rows) console.log(`${String(gzip).padStart(6)}  ${String(min).padStart(7)}  ${name}`);
const sums = new Map();
for (const { name, gzip } of rows) {
  const key = name.startsWith('src/')
    ? name
        .split('/')
        .slice(0, name.startsWith('src/data/') ? 3 : 2)
        .join('/')
    : name.split(' ')[0];
  sums.set(key, (sums.get(key) ?? 0) + gzip);
}
console.log('\nby folder / package (sum of marginal gzip):');
for (const [key, gzip] of [...sums].sort((a, b) => b[1] - a[1])) console.log(`${String(gzip).padStart(6)}  ${key}`);
