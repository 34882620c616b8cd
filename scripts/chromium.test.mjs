// node --test scripts/ : how `npm test` finds Chromium, or says what to do, on machines without
// one (a fake PATH and CHROME_PATH; nothing is installed).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { locateChromium } from './chromium.mjs';

/** A machine whose file system holds only `files`. */
const machine = (files, more = {}) => ({ exists: (path) => files.includes(path), ...more });

test('CHROME_PATH wins when it exists', () => {
  const found = locateChromium({
    env: { CHROME_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
    ...machine(['/opt/chrome/chrome', '/usr/bin/chromium']),
  });
  assert.deepEqual(found, { path: '/opt/chrome/chrome' });
});

test('a CHROME_PATH that does not exist is named, never replaced or installed over', () => {
  const found = locateChromium({
    env: { CHROME_PATH: '/nowhere/chrome', PATH: '/usr/bin' },
    ...machine(['/usr/bin/chromium', '/usr/bin/apt-get'], { isRoot: true, isDebian: true }),
  });
  assert.equal('install' in found, false);
  assert.match(found.problem, /CHROME_PATH is \/nowhere\/chrome, which does not exist/);
});

test('Chromium is found on PATH', () => {
  const found = locateChromium({ env: { PATH: '/bin:/snap/bin' }, ...machine(['/snap/bin/chromium-browser']) });
  assert.deepEqual(found, { path: '/snap/bin/chromium-browser' });
});

test('as root on Debian without Chromium, it installs the Debian package', () => {
  const found = locateChromium({
    env: { PATH: '/usr/sbin:/usr/bin' },
    ...machine(['/usr/bin/apt-get'], { isRoot: true, isDebian: true }),
  });
  assert.deepEqual(found.install, ['install', '-y', 'chromium', 'fonts-noto-core']);
});

test('on Debian but not root, it prints the one line to run', () => {
  const found = locateChromium({
    env: { PATH: '/usr/bin' },
    ...machine(['/usr/bin/apt-get'], { isRoot: false, isDebian: true }),
  });
  assert.equal('install' in found, false);
  assert.match(found.problem, /Run: sudo apt-get install -y chromium fonts-noto-core/);
  assert.equal(found.problem.includes('\n'), false);
});

test('elsewhere, it says which CHROME_PATH to set', () => {
  const found = locateChromium({ env: { PATH: '/usr/local/bin' }, ...machine([], { isRoot: true, isDebian: false }) });
  assert.equal('install' in found, false);
  assert.match(found.problem, /Set CHROME_PATH/);
});

test('the test runner stops with that one line, not a stack trace', () => {
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `import('./scripts/chromium.mjs').then((m) => m.findChromium())`],
    {
      env: { ...process.env, CHROME_PATH: '/nowhere/chrome' },
      encoding: 'utf8',
    },
  );
  assert.equal(run.status, 1);
  assert.equal(
    run.stderr.trim(),
    'CHROME_PATH is /nowhere/chrome, which does not exist: set it to a Chrome or Chromium.',
  );
});
