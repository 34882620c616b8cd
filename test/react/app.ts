// The React app of the server-rendering test (test/react/hydration.test.ts): rendered to HTML in
// Node by ./server.ts and hydrated in the browser by ./client.ts. Written with createElement
// rather than JSX so that the test runner's TypeScript transform needs no JSX settings.
import { createElement as h } from 'react';
import type { PaperFeedLoadEvent } from '../../src/paper-feed/paper-feed.events.js';
import { PaperCard, PaperFeed } from '../../src/frameworks/react.js';

export interface AppProps {
  src: string;
  /** Text in the page itself: a test gives the server and the client different ones, a mismatch. */
  label: string;
  onLoad?: (event: PaperFeedLoadEvent) => void;
}

export function App({ src, label, onLoad }: AppProps) {
  return h(
    'main',
    null,
    h('p', { id: 'label' }, label),
    h(PaperFeed, { src, noCache: true, limit: 2, linkTarget: '_blank', heading: 'Today', onPaperFeedLoad: onLoad }),
    h(PaperCard, { heading: 'OneFlow', href: 'https://huggingface.co/papers/2110.15032', headingLevel: 4 }),
  );
}
