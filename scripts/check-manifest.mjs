// Fails when custom-elements.json is not what the analyzer makes from the sources now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const committed = readFileSync('custom-elements.json', 'utf8');
const { customElements } = JSON.parse(readFileSync('package.json', 'utf8'));
if (customElements !== 'custom-elements.json') {
  console.error(`package.json's customElements field is "${customElements}", not "custom-elements.json".`);
  process.exit(1);
}
const scratch = mkdtempSync('.cache-manifest-');
try {
  // The analyzer resolves --outdir against the working directory.
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', relative(process.cwd(), scratch)], {
    stdio: 'ignore',
  });
  const fresh = readFileSync(`${scratch}/custom-elements.json`, 'utf8');
  if (fresh === committed) {
    console.log('custom-elements.json is up to date.');
  } else {
    // exitCode, not exit(): the scratch folder must still be removed below.
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
    process.exitCode = 1;
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
