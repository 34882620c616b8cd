// Runs in the browser (test/server/react-ssr.mjs bundles it with React's development build, which
// is the one that reports hydration mismatches): hydrates the server's HTML.
import { createElement } from 'react';
import { hydrateRoot, type HydrationOptions } from 'react-dom/client';
import { App, type AppProps } from './app.js';

export function hydrate(container: Element, props: AppProps, options: HydrationOptions) {
  return hydrateRoot(container, createElement(App, props), options);
}
