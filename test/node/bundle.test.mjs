// The kit's Node-only dependencies never reach the script-tag bundle: the readers there still
// parse with the browser's own DOMParser (`npm run size` holds its size; this holds its content).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

const dist = new URL('../../dist/', import.meta.url);

describe('dist/paper-feed.js', () => {
  it('should hold none of the feed kit: no xmldom, linkedom, Lit SSR or Node module', async () => {
    const files = (await readdir(dist)).filter((name) => /^paper-feed.*\.js$/.test(name));
    assert.ok(files.includes('paper-feed.js'), 'build the bundle first: npm run build:bundle');
    for (const name of files) {
      const code = await readFile(new URL(name, dist), 'utf8');
      for (const marker of [
        'xmldom',
        'linkedom',
        'htmlparser2',
        '@lit-labs/ssr',
        'node:',
        'useNodeReaders',
        'TextDecoder = class',
      ]) {
        assert.equal(code.includes(marker), false, `${name} contains ${marker}`);
      }
    }
    const bundle = await readFile(new URL('paper-feed.js', dist), 'utf8');
    assert.match(bundle, /new DOMParser\b/);
  });
});
