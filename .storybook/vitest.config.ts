// Story tests: every story in stories/ renders in headless system Chromium (vitest browser mode,
// driven by playwright-core with Debian's /usr/bin/chromium — no downloaded browser), and fails when
// it throws or when the a11y addon finds a violation (`a11y: { test: 'error' }` in preview.ts).
//   npm run test:stories
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { Reporter } from 'vitest/node';
// Chromium's path and the flags it needs on these machines (see ../shared/TOOLCHAIN.md).
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

const executablePath = findChromium();

/** Writes the story tests' counts to $TEST_COUNTS (JSON), for the closing line of .ci/run. */
const countingReporter: Reporter = {
  onTestRunEnd(testModules, unhandledErrors) {
    const target = process.env.TEST_COUNTS;
    if (!target) return;
    const totals = { passed: 0, failed: 0, skipped: 0, errors: unhandledErrors.length };
    for (const module of testModules) {
      // A story file that failed to load counts as an error, like the test runner's file errors.
      if (module.state() === 'failed' && module.errors().length > 0) totals.errors += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') totals.passed += 1;
        else if (state === 'failed') totals.failed += 1;
        else totals.skipped += 1;
      }
    }
    writeFileSync(target, JSON.stringify({ 'storybook (chromium)': totals }, null, 2));
  },
};

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [storybookTest({ configDir: fileURLToPath(new URL('.', import.meta.url)) })],
  // One copy of Lit for stories and elements (otherwise: "Multiple versions of Lit loaded").
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js'] },
  test: {
    name: 'storybook',
    reporters: ['default', countingReporter],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
