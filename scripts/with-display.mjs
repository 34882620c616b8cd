// Runs a command with an X display: as is when $DISPLAY is set, otherwise under xvfb-run
// (WebKitGTK's MiniBrowser has no headless mode).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const command = process.argv.slice(2);
let result;
if (process.env.DISPLAY) {
  result = spawnSync(command[0], command.slice(1), { stdio: 'inherit', shell: true });
} else if (existsSync('/usr/bin/xvfb-run')) {
  result = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', ...command], { stdio: 'inherit' });
} else {
  console.error('No display and no xvfb-run. On Debian: apt-get install -y xvfb xauth');
  process.exit(1);
}
process.exit(result.status ?? 1);
