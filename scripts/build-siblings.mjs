// Builds the bundle's sibling files, dist/paper-feed-<name>.<hash>.js, one vite build each, and
// writes their hashed names to dist/paper-feed-siblings.json for the bundle build to read.
//   node scripts/build-siblings.mjs   (the first half of `npm run build:bundle`)
// One build per sibling keeps each a single self-contained file: built together, a module two of
// them import would be split into a third file that neither loader knows how to name or miss.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build, loadConfigFromFile } from 'vite';

const namesFile = 'dist/paper-feed-siblings.json';

const loaded = await loadConfigFromFile({ command: 'build', mode: 'siblings' }, 'vite.config.ts', undefined, 'warn');
const entries = Object.keys(loaded?.config.build?.lib?.entry ?? {});
if (entries.length === 0) throw new Error('vite.config.ts names no sibling files in its siblings mode.');

// Their names change with their content: the files of earlier builds go first.
mkdirSync('dist', { recursive: true });
for (const file of readdirSync('dist')) {
  if (/^paper-feed-.+\.js$/.test(file)) rmSync(`dist/${file}`);
}

const names = {};
for (const name of entries) {
  process.env.PAPER_FEED_SIBLING = name;
  const outputs = [await build({ mode: 'siblings', logLevel: 'warn' })].flat();
  const chunks = outputs.flatMap((output) => output.output).filter((file) => file.type === 'chunk');
  if (chunks.length !== 1) {
    throw new Error(
      `The ${name} sibling came out as ${chunks.length} files: ${chunks.map((c) => c.fileName).join(', ')}`,
    );
  }
  names[name] = chunks[0].fileName;
}
writeFileSync(namesFile, `${JSON.stringify(names, null, 2)}\n`);
console.log(`${entries.length} sibling files: ${Object.values(names).join(', ')}`);
