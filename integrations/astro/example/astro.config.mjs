// The example site scripts/check-integrations.mjs builds with Astro 5 and opens in Chromium.
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The widget from this site instead of the CDN (the check copies dist/paper-feed*.js to /js/).
  vite: { define: { 'import.meta.env.PUBLIC_PAPER_FEED_SCRIPT': JSON.stringify('/js/paper-feed.js') } },
});
