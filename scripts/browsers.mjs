// Where the Debian browsers live on these machines, and how WebKitGTK is driven.
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium, required } from './chromium.mjs';

export { chromiumArgs, findChromium };

/** Headless system Chromium through puppeteer-core, for the scripts that drive a page. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
}

export function firefoxPath() {
  return required(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'Firefox ESR');
}

const miniBrowser = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeout) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => resolve(socket.end() && true));
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on port ${port} within ${timeout} ms.`);
}

/** Starts WebKitWebDriver on a free loopback port; it is stopped when the test runner exits. */
export async function startWebKitDriver() {
  const driver = required('/usr/bin/WebKitWebDriver', 'WebKitWebDriver (webkit2gtk-driver)');
  required(miniBrowser, 'MiniBrowser (webkit2gtk-driver)');
  if (!process.env.DISPLAY) {
    console.error('\nWebKitGTK needs a display: run under xvfb-run (npm run test:browsers does).\n');
    process.exit(1);
  }
  const port = await freePort();
  const child = spawn(driver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  process.on('exit', () => child.kill());
  await waitForPort(port, 15_000);
  return port;
}

export function webkitLauncher(port) {
  return webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  });
}
