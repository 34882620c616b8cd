/* global document -- evaluated in the page by puppeteer */
// Screenshots of the demo in headless Chromium, as a reader sees it:
//   node scripts/screenshot.mjs [outdir]   → demo.png (README), demo-dark.png, demo-system-dark.png (the
//   default "system" choice on an OS in dark mode), demo-brand.png, demo-narrow.png (375 px), demo-rtl.png
//   (the page in Arabic, right to left), and cards-<light|dark|compact|rtl|sidebar>.png from the card
//   gallery (demo/cards.html)
import { mkdirSync } from 'node:fs';
import { createServer } from 'vite';
import { launchChromium } from './browsers.mjs';

const outdir = process.argv[2] ?? 'docs';
mkdirSync(outdir, { recursive: true });

const server = await createServer({ logLevel: 'warn', server: { host: '127.0.0.1', port: 0 } });
await server.listen();
const url = `${server.resolvedUrls.local[0]}demo/`;
const browser = await launchChromium();

async function shoot(name, { width, height, theme = 'light', scheme = 'light', rtl = false, fullPage = false }) {
  const page = await browser.newPage();
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  if (rtl) {
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.lang = 'ar';
        document.documentElement.dir = 'rtl';
      });
    });
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('paper-feed')?.getAttribute('state') === 'ready', {
    timeout: 20_000,
  });
  if (theme !== 'system') await page.click(`.theme-switch input[value="${theme}"]`);
  // Thumbnails load lazily: wait until those on screen have.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('paper-feed, paper-card')]
      .flatMap((element) => [
        ...(element.shadowRoot?.querySelectorAll('img') ?? []),
        ...[...(element.shadowRoot?.querySelectorAll('paper-card') ?? [])].flatMap((card) => [
          ...(card.shadowRoot?.querySelectorAll('img') ?? []),
        ]),
      ])
      .every((image) => image.complete),
  );
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.screenshot({ path: `${outdir}/${name}.png`, fullPage });
  await page.close();
  console.log(`${outdir}/${name}.png`);
}

async function shootCards() {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 2400, deviceScaleFactor: 1 });
  await page.goto(`${server.resolvedUrls.local[0]}demo/cards.html`, { waitUntil: 'load' });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('paper-card')].every((card) => card.shadowRoot?.querySelector('[part="title"]')),
  );
  for (const section of ['light', 'dark', 'compact', 'rtl', 'sidebar']) {
    const element = await page.$(`#${section}`);
    await element.screenshot({ path: `${outdir}/cards-${section}.png` });
    console.log(`${outdir}/cards-${section}.png`);
  }
  await page.close();
}

try {
  await shootCards();
  await shoot('demo', { width: 1280, height: 1500 });
  await shoot('demo-dark', { width: 1280, height: 1500, theme: 'dark' });
  await shoot('demo-system-dark', { width: 1280, height: 1500, theme: 'system', scheme: 'dark' });
  await shoot('demo-brand', { width: 1280, height: 1500, theme: 'brand' });
  await shoot('demo-narrow', { width: 375, height: 2400 });
  await shoot('demo-rtl', { width: 1280, height: 1500, rtl: true });
} finally {
  await browser.close();
  await server.close();
}
