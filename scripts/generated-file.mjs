// Shared by the scripts that generate committed files from custom-elements.json: write the file, or
// with --check only compare it and fail when the committed one is stale.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeOrCheck(target, output, check) {
  if (!check) {
    writeFileSync(target, output);
    console.log(`wrote ${target}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // A missing file is as stale as a different one.
  }
  if (committed === output) {
    console.log(`${target} matches custom-elements.json.`);
  } else {
    console.error(`${target} is out of date: run \`npm run reference\` and commit the result.`);
    process.exitCode = 1;
  }
}
