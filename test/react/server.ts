// Runs in Node (test/server/react-ssr.mjs bundles it): the app rendered as react-dom/server would
// render it for a real page.
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { App, type AppProps } from './app.js';

export function render(props: AppProps): string {
  return renderToString(createElement(App, props));
}
