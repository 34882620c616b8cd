// Where the system Chromium lives on these machines and the flags it needs — shared by the test
// runner, the scripts and Storybook's story tests. When there is none, `npm test` sets it up: as
// root on Debian it installs the Debian package itself (as .ci/run does); otherwise it prints the
// one line to run, or the CHROME_PATH to set.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const install = 'apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb xauth';
/** What `npm test` needs: Chromium, and the fonts CI renders with. */
export const chromiumPackages = ['chromium', 'fonts-noto-core'];
/** Chromium's names on PATH, Debian's first. */
const chromiumNames = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

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

/**
 * Finds Chromium without side effects: `$CHROME_PATH` when set, else a Chromium on `$PATH`.
 * Without one, says what to do: `install` (the apt-get arguments) when this process can install
 * the Debian package itself (root on Debian, with apt-get), and always `problem`, one line for a
 * person.
 * @param {{ env?: NodeJS.ProcessEnv, exists?: (path: string) => boolean, isRoot?: boolean, isDebian?: boolean }} [system]
 * @returns {{ path: string } | { problem: string, install?: string[] }}
 */
export function locateChromium(system = {}) {
  const {
    env = process.env,
    exists = existsSync,
    isRoot = process.getuid?.() === 0,
    isDebian = existsSync('/etc/debian_version'),
  } = system;
  if (env.CHROME_PATH) {
    if (exists(env.CHROME_PATH)) return { path: env.CHROME_PATH };
    return { problem: `CHROME_PATH is ${env.CHROME_PATH}, which does not exist: set it to a Chrome or Chromium.` };
  }
  const directories = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of chromiumNames) {
    for (const directory of directories) {
      if (exists(join(directory, name))) return { path: join(directory, name) };
    }
  }
  const apt = directories.some((directory) => exists(join(directory, 'apt-get')));
  if (isDebian && apt && isRoot) {
    return {
      problem: `Chromium was not found; installing it failed. Run: apt-get install -y ${chromiumPackages.join(' ')}`,
      install: ['install', '-y', ...chromiumPackages],
    };
  }
  if (isDebian && apt) {
    return {
      problem: `Chromium was not found. Run: sudo apt-get install -y ${chromiumPackages.join(' ')}  (or set CHROME_PATH to a Chrome or Chromium)`,
    };
  }
  return {
    problem:
      'Chromium was not found. Set CHROME_PATH to a Chrome or Chromium, e.g. CHROME_PATH=/path/to/chrome npm test',
  };
}

/** The system Chromium, or $CHROME_PATH; installed first when this process can (root on Debian). */
export function findChromium() {
  let found = locateChromium();
  if ('install' in found && found.install) {
    console.error(`\nChromium was not found: installing the Debian package (apt-get ${found.install.join(' ')}).\n`);
    try {
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', found.install, { stdio: 'inherit', env });
    } catch {
      // Told below, with the line to run.
    }
    const again = locateChromium();
    found = 'path' in again ? again : { problem: found.problem };
  }
  if ('path' in found) return found.path;
  console.error(`\n${found.problem}\n`);
  process.exit(1);
}
