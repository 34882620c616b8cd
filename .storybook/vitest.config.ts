// Story tests: every story in stories/ renders in headless system Chromium (vitest browser mode,
// driven by playwright-core with Debian's /usr/bin/chromium — no downloaded browser), and fails when
// it throws or when the a11y addon finds a violation (`a11y: { test: 'error' }` in preview.ts).
//   npm run test:stories
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

// The flags scripts/browsers.mjs starts Chromium with (see ../shared/TOOLCHAIN.md): without the
// networking ones it floods the closed network with refused connections.
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  // One copy of Lit for stories and elements (otherwise: "Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
