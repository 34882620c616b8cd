import { expect } from '@open-wc/testing';
import { openFrame, until } from './helpers.js';
import { siblingsRequested } from './siblings.js';

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

describe('dist/paper-feed.js on demanding pages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  for (const kind of ['classic', 'module']) {
    it(`should fetch the virtualizer beside a ${kind} script and keep 10,000 papers in few nodes`, async function () {
      this.timeout(30_000);
      frame = await openFrame(`/test/pages/big-feed-${kind}.html`);
      const page = frame.contentWindow!;
      const feed = page.document.querySelector('paper-feed')!;
      await until(() => renderedCards(frame!) > 0 && !!feed.shadowRoot!.querySelector('.virtual'), 15_000, 'cards');
      const sibling = () => siblingsRequested(page, 'virtualizer').filter((path) => path.startsWith('/dist/'));
      await until(() => sibling().length > 0, 8000, 'the virtualizer file');
      expect(sibling()).to.have.length(1);
      await until(
        () => feed.shadowRoot!.querySelector('.virtual')!.getBoundingClientRect().height > 100_000,
        8000,
        'the full height',
      );
      // The virtualizer settles its range a frame or two after the height: wait for it, then hold it to the bound.
      await until(() => renderedCards(frame!) > 0, 8000, 'the cards in view');
      expect(renderedCards(frame)).to.be.within(1, 60);
      expect(feed.papers).to.have.length(10_000);
    });
  }

  it('should render on a page whose Content-Security-Policy allows only its own scripts and styles', async function () {
    this.timeout(30_000);
    frame = await openFrame('/test/pages/csp.html');
    const page = frame.contentWindow as Window & typeof globalThis & { violations: string[] };
    const [feed, big] = [...page.document.querySelectorAll('paper-feed')];
    await until(() => (feed!.shadowRoot?.querySelectorAll('paper-card').length ?? 0) === 5, 8000, 'the cards');
    // Below the fold, the long feed renders no card until the reader scrolls to it.
    await until(() => !!big!.shadowRoot?.querySelector('.virtual'), 15_000, 'the virtualized feed');
    big!.scrollIntoView();
    await until(() => !!big!.shadowRoot!.querySelector('.virtual paper-card'), 8000, 'its cards');
    const card = page.document.querySelector('body > paper-card')!;
    expect(card.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('A standalone card');
    const form = feed!.querySelector('subscribe-form')!;
    // The form draws itself once its own file (the subscribe sibling) has arrived.
    await until(() => !!form.shadowRoot?.querySelector('input[type="email"]'), 8000, 'the form');
    expect(form.shadowRoot!.querySelector('input[type="email"]')).to.not.equal(null);
    // Styled: the dark theme's colours arrived (through constructable style sheets, not <style>).
    const surface = page.getComputedStyle(
      feed!.shadowRoot!.querySelector('paper-card')!.shadowRoot!.querySelector('article')!,
    );
    expect(surface.backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    expect(page.violations).to.deep.equal([]);

    // The watcher does see a violation when there is one.
    const style = page.document.createElement('style');
    style.textContent = 'body { color: red; }';
    page.document.head.append(style);
    await until(() => page.violations.length > 0, 4000, 'the violation report');
    expect(page.violations[0]).to.match(/^style-src/);
  });
});
