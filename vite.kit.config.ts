import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/**
 * The feed kit, built for Node (`npm run build:kit`): `dist/kit/paper-feed.js` is the
 * `paper-feed` command, `dist/kit/index.js` the same as a module. Dependencies stay imports: Node
 * resolves them (Lit with its `node` export condition, which server rendering needs).
 *
 * `--mode node-tests` builds the browser's reader tests (test/data/formats, properties, hostile,
 * scholarly, zotero-orcid-dblp) for Node's own test runner, with test/node/browser-globals.js standing in for the page:
 * `describe` / `it` from node:test, chai's `expect`, and relative fetches answered by the test
 * server.
 */
/**
 * package.json's `sideEffects` names only the define modules, so the bundler would drop a test
 * file or the tests' setup imported for its effects: the kit's and the tests' own modules keep theirs.
 */
function sideEffects(): Plugin {
  return {
    name: 'paper-feed-kit-side-effects',
    transform(code, id) {
      return /\/(?:kit|test)\//.test(id) ? { code, map: null, moduleSideEffects: true } : null;
    },
  };
}

export default defineConfig(({ mode }) => {
  const tests = mode === 'node-tests';
  const input = tests
    ? Object.fromEntries(
        ['formats', 'properties', 'hostile', 'scholarly', 'zotero-orcid-dblp'].map((name) => [
          name,
          `test/node/shared/${name}.entry.js`,
        ]),
      )
    : { 'paper-feed': 'kit/bin.ts', index: 'kit/index.ts' };
  return {
    publicDir: false,
    plugins: [sideEffects()],
    resolve: tests ? { alias: { '@open-wc/testing': resolve('test/node/expect.js') } } : {},
    build: {
      ssr: true,
      target: 'node20',
      outDir: tests ? '.cache/node-tests' : 'dist/kit',
      emptyOutDir: true,
      minify: false,
      rolldownOptions: {
        input,
        output: {
          format: 'es',
          entryFileNames: tests ? '[name].test.js' : '[name].js',
          banner: (chunk) => (chunk.name === 'paper-feed' ? '#!/usr/bin/env node' : ''),
        },
      },
    },
  };
});
