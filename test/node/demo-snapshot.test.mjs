// demo/snapshot/ is what the kit writes: the same command, run again with the same source and
// SOURCE_DATE_EPOCH, writes the same bytes (so the demo never shows a stale or hand-edited copy).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { snapshotFiles } from '../../dist/kit/index.js';

const root = new URL('../../', import.meta.url);

describe('demo/snapshot', () => {
  it('should be what `npm run demo:snapshot` writes now', async () => {
    const script = JSON.parse(await readFile(new URL('package.json', root), 'utf8')).scripts['demo:snapshot'];
    const out = await mkdtemp(join(tmpdir(), 'paper-feed-demo-'));
    try {
      await promisify(execFile)('sh', ['-c', script.replace('--out demo/snapshot', `--out '${out}'`)], {
        cwd: root,
      });
      for (const name of snapshotFiles) {
        const committed = await readFile(new URL(`demo/snapshot/${name}`, root), 'utf8');
        // A boolean, not the two files: a failed compare would print hundreds of kilobytes.
        const same = (await readFile(join(out, name), 'utf8')) === committed;
        assert.ok(same, `demo/snapshot/${name} is not what the kit writes: run npm run demo:snapshot`);
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
