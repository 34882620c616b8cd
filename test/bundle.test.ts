import { expect } from '@open-wc/testing';
import { openFrame, until } from './helpers.js';

// These pages load dist/paper-feed.js (npm test builds it first) exactly as a blogger would.
function renderedCards(frame: HTMLIFrameElement): number {
  const feed = frame.contentDocument?.querySelector('paper-feed');
  return feed?.shadowRoot?.querySelectorAll('paper-card').length ?? 0;
}

const tags = ['paper-feed', 'paper-card', 'subscribe-form'];

describe('dist/paper-feed.js from a plain script tag', () => {
  let frames: HTMLIFrameElement[] = [];
  afterEach(() => {
    for (const frame of frames) frame.remove();
    frames = [];
  });

  for (const kind of ['classic', 'module']) {
    it(`should render cards as a ${kind} script and add no globals`, async () => {
      const blank = await openFrame('/test/pages/blank.html');
      const page = await openFrame(`/test/pages/script-${kind}.html`);
      frames.push(blank, page);
      const window = page.contentWindow as Window & typeof globalThis;
      await until(() => renderedCards(page) === 5, 8000, 'cards in the page');

      for (const tag of tags) expect(window.customElements.get(tag), tag).to.be.a('function');
      const card = window.document.querySelector('paper-feed')!.shadowRoot!.querySelector('paper-card')!;
      expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Trace is the New AutoDiff');

      const baseline = new Set(Object.getOwnPropertyNames(blank.contentWindow));
      const added = Object.getOwnPropertyNames(window).filter((name) => !baseline.has(name));
      expect(added).to.deep.equal([]);
    });
  }
});
