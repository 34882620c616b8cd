// A test-runner plugin for the React server-rendering test: the command `react-ssr` renders
// test/react/server.ts in Node (react-dom/server, with the Node builds of React, Lit and @lit/react
// as an app's server would load them) and answers { html }, the server's HTML; GET
// /react-ssr/client.js serves test/react/client.ts bundled for the browser, to hydrate it. esbuild
// does both: the browser cannot load React's CommonJS files as they are.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const outDir = resolve('.cache/react-ssr');
const common = { bundle: true, format: 'esm', target: 'es2022', tsconfig: 'tsconfig.json', logLevel: 'warning' };

let built;
async function buildOnce() {
  await mkdir(outDir, { recursive: true });
  const serverFile = `${outDir}/server.mjs`;
  // Packages stay imports, resolved by Node from this repository's node_modules (the file sits in it).
  await build({
    ...common,
    entryPoints: ['test/react/server.ts'],
    platform: 'node',
    packages: 'external',
    outfile: serverFile,
  });
  const client = await build({
    ...common,
    entryPoints: ['test/react/client.ts'],
    platform: 'browser',
    write: false,
    // React's development build: the one that reports hydration mismatches.
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  return { serverFile, client: client.outputFiles[0].text };
}

// In a Node process of its own, as a server is: Lit's Node build installs its DOM shim
// (customElements, HTMLElement) as globals, which must not leak into the test runner.
function render(serverFile, props) {
  const script = `import { render } from ${JSON.stringify(pathToFileURL(serverFile).href)};
process.stdout.write(render(JSON.parse(process.argv[1])));`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script, JSON.stringify(props)],
      (error, stdout, stderr) => {
        if (error) reject(new Error(`react-dom/server failed: ${stderr || error.message}`));
        else resolve(stdout);
      },
    );
  });
}

export const clientPath = '/react-ssr/client.js';

export function reactSsrPlugin() {
  return {
    name: 'react-ssr',
    async executeCommand({ command, payload }) {
      if (command !== 'react-ssr') return undefined;
      built ??= buildOnce();
      const { serverFile } = await built;
      return { html: await render(serverFile, payload) };
    },
    async serve(context) {
      if (context.path !== clientPath) return undefined;
      built ??= buildOnce();
      return { body: (await built).client, type: 'js' };
    },
  };
}
