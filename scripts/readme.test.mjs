// node --test scripts/ : the README is also the npm page, where relative links and images break.
// Each one is absolute, and each that points into this repository names a file that exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const readme = readFileSync('README.md', 'utf8');
const targets = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target);
const repository =
  /^https:\/\/(?:github\.com\/paper-feed\/paper-feed\/blob|raw\.githubusercontent\.com\/paper-feed\/paper-feed)\/main\/(.+)$/;

test('README links and images are absolute', () => {
  assert.ok(targets.length > 0);
  assert.deepEqual(
    targets.filter((target) => !/^(?:https:|#|mailto:)/.test(target)),
    [],
  );
});

test('README links into the repository name files that exist', () => {
  const missing = targets
    .map((target) => repository.exec(target)?.[1])
    .filter((path) => path && !existsSync(path.split('#')[0]));
  assert.deepEqual(missing, []);
});
