import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';
import type { PaperFeedLoadEvent } from '../../src/paper-feed/paper-feed.events.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { fixtureUrl, until } from '../helpers.js';
import type { AppProps } from './app.js';
import type { hydrate as Hydrate } from './client.js';

// The app of test/react/app.ts, rendered to HTML in Node by react-dom/server (the `react-ssr`
// command of test/server/react-ssr.mjs) and hydrated here with hydrateRoot, as a server-rendered
// React page is. React 19's own handling of custom elements drops their properties and listeners
// when it hydrates (facebook/react#35446); the components of paper-feed/react must not.

/** The server's HTML for `props`, and the client bundle's `hydrate`. */
async function serverRender(props: AppProps) {
  const { html } = await executeServerCommand<{ html: string }, AppProps>('react-ssr', props);
  // A path the test server's plugin answers (not a file): its own bundle of React and the app.
  const clientUrl = '/react-ssr/client.js';
  const client = (await import(/* @vite-ignore */ clientUrl)) as { hydrate: typeof Hydrate };
  return { html, hydrate: client.hydrate };
}

/** Everything React and the page report while `run` goes on: console errors and warnings, recoverable errors. */
function recordProblems() {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    error.apply(console, args);
  };
  console.warn = (...args: unknown[]) => {
    problems.push(`console.warn: ${args.map(String).join(' ')}`);
    warn.apply(console, args);
  };
  return {
    problems,
    onRecoverableError: (problem: unknown) => problems.push(`recoverable: ${String(problem)}`),
    stop() {
      console.error = error;
      console.warn = warn;
    },
  };
}

describe('paper-feed/react, rendered on the server and hydrated', () => {
  let container: HTMLElement;
  let root: { unmount(): void } | undefined;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });

  afterEach(() => {
    root?.unmount();
    root = undefined;
    container.remove();
  });

  it('should set the properties, hear paper-feed-load and report no hydration problem', async () => {
    const src = fixtureUrl('daily-papers.json', { key: `react-ssr-${crypto.randomUUID()}` });
    const { html, hydrate } = await serverRender({ src, label: 'Papers' });
    // The server writes the tags only; never React's camelCase props as bogus attributes.
    expect(html).to.match(/<paper-feed[^>]*><\/paper-feed>/);
    expect(html).not.to.match(/nocache|linktarget|headinglevel|onpaper/i);
    container.innerHTML = html;
    const feed = container.querySelector<PaperFeedElement>('paper-feed')!;
    const card = container.querySelector<PaperCardElement>(':scope > main > paper-card')!;
    // Not registered before hydration, so the feed cannot start with its defaults.
    expect(customElements.get('paper-feed') === undefined, 'registered before hydration').to.be.true;

    const recorder = recordProblems();
    let loaded: (event: PaperFeedLoadEvent) => void = () => undefined;
    const load = new Promise<PaperFeedLoadEvent>((resolve) => (loaded = resolve));
    try {
      root = hydrate(
        container,
        {
          src,
          label: 'Papers',
          onLoad: (event) => {
            loaded(event);
          },
        },
        recorder,
      );
      const event = await load;
      expect(event.detail.papers.length).to.equal(5);
      expect(feed instanceof customElements.get('paper-feed')!).to.be.true;
      expect(feed.noCache).to.equal(true);
      expect(feed.src).to.equal(src);
      expect(feed.limit).to.equal(2);
      expect(feed.linkTarget).to.equal('_blank');
      expect(feed.heading).to.equal('Today');
      await feed.updateComplete;
      await until(() => (feed.shadowRoot?.querySelectorAll('paper-card').length ?? 0) === 2, 5000, 'two cards');
      const firstLink = feed.shadowRoot?.querySelector('paper-card')?.shadowRoot?.querySelector('a[href]');
      expect(firstLink?.getAttribute('target')).to.equal('_blank');
      expect(card.headingLevel).to.equal(4);
      await card.updateComplete;
      const title = card.shadowRoot?.querySelector('[part="title"]');
      expect(title?.getAttribute('aria-level')).to.equal('4');
      expect(title?.textContent.trim()).to.equal('OneFlow');
      // A tick for anything React reports after the commit.
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      recorder.stop();
    }
    expect(recorder.problems.join('\n')).to.equal('');
  });

  it('should notice a hydration mismatch (the recorder above is not deaf)', async () => {
    const src = fixtureUrl('daily-papers.json');
    const { html, hydrate } = await serverRender({ src, label: 'on the server' });
    container.innerHTML = html;
    const recorder = recordProblems();
    try {
      root = hydrate(container, { src, label: 'in the browser' }, recorder);
      await until(() => recorder.problems.length > 0, 5000, 'a hydration problem reported');
    } finally {
      recorder.stop();
    }
    expect(recorder.problems.join('\n')).to.match(/hydrat/i);
  });
});
