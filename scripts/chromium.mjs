// Where the system Chromium lives on these machines and the flags it needs — shared by the test
// runner, the scripts and Storybook's story tests.
import { existsSync } from 'node:fs';

const install = 'apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth';

/**
 * `path` when a file is there; otherwise says how to install it and exits.
 * @param {string} path
 * @param {string} what
 * @returns {string}
 */
export function required(path, what) {
  if (path && existsSync(path)) return path;
  console.error(`\n${what} was not found${path ? ` at ${path}` : ''}. On Debian: ${install}\n`);
  process.exit(1);
}

/** Flags Chromium needs on these machines (without the networking ones it floods the closed network). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium, or $CHROME_PATH. */
export function findChromium() {
  return required(process.env.CHROME_PATH ?? '/usr/bin/chromium', 'Chromium (set CHROME_PATH to use another)');
}
