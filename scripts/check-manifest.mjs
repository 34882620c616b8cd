// Fails when custom-elements.json is not what the analyzer makes from the sources now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

const committed = readFileSync('custom-elements.json', 'utf8');
const scratch = mkdtempSync('.cache-manifest-');
try {
  // The analyzer resolves --outdir against the working directory.
  execFileSync('npx', ['--no-install', 'cem', 'analyze', '--outdir', relative(process.cwd(), scratch)], {
    stdio: 'ignore',
  });
  const fresh = readFileSync(`${scratch}/custom-elements.json`, 'utf8');
  if (fresh !== committed) {
    console.error('custom-elements.json is out of date: run `npm run analyze` and commit the result.');
    process.exit(1);
  }
  console.log('custom-elements.json is up to date.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
