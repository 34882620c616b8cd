import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, until } from '../helpers.js';

const generated = (count: number) => `${location.origin}/generated/daily-papers.json?count=${count}`;
const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];

/** Elements inside the widget: its shadow root and every card's. */
function nodesInside(feed: PaperFeedElement): number {
  const root = feed.shadowRoot!;
  return (
    root.querySelectorAll('*').length +
    cards(feed).reduce((sum, card) => sum + (card.shadowRoot?.querySelectorAll('*').length ?? 0), 0)
  );
}

const positions = (feed: PaperFeedElement) =>
  cards(feed).map((card) => Number(card.shadowRoot?.querySelector('article')?.getAttribute('aria-posinset')));

const virtualizerLoaded = () =>
  performance.getEntriesByType('resource').some((entry) => entry.name.includes('/virtualizer.'));

async function settled(feed: PaperFeedElement): Promise<PaperFeedElement> {
  await until(() => feed.state !== 'loading', 15_000, 'the feed to settle');
  await feed.updateComplete;
  return feed;
}

describe('<paper-feed> with thousands of papers', () => {
  // While it measures cards the virtualizer can end a frame with resize notifications still to
  // deliver; browsers report that as the benign "ResizeObserver loop" error event. Not a failure.
  setupIgnoreWindowResizeObserverLoopErrors(before, after);
  afterEach(() => {
    window.scrollTo(0, 0);
    return deleteDatabase();
  });

  it('should render a short feed whole, without loading the virtualizer', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(html`<paper-feed no-cache limit="150" src=${generated(150)}></paper-feed>`),
    );
    expect(cards(feed)).to.have.length(150);
    expect(feed.shadowRoot!.querySelector('.virtual')).to.equal(null);
    expect(virtualizerLoaded()).to.equal(false);
  });

  it('should keep 10,000 papers under 1,500 DOM nodes, and follow the scroll', async function () {
    this.timeout(30_000);
    const feed = await settled(
      await fixture<PaperFeedElement>(html`<paper-feed no-cache limit="10000" src=${generated(10_000)}></paper-feed>`),
    );
    expect(feed.papers).to.have.length(10_000);
    await until(() => virtualizerLoaded() && cards(feed).length > 0, 8000, 'the virtualizer');
    await until(() => positions(feed)[0] === 1, 8000, 'the first cards');
    const list = feed.shadowRoot!.querySelector<HTMLElement>('.virtual')!;
    expect(list.getAttribute('role')).to.equal('feed');
    expect(cards(feed).length).to.be.within(1, 60);
    expect(nodesInside(feed)).to.be.at.most(1500);
    const first = cards(feed)[0]!.shadowRoot!.querySelector('article')!;
    expect(first.getAttribute('aria-setsize')).to.equal('10000');
    // The list is as tall as all its cards would be, so the page scrolls through all of them.
    await until(() => list.getBoundingClientRect().height > 100_000, 8000, 'the list to take its full height');

    // Scrolled half way (again while the virtualizer still corrects its estimates).
    const middle = () => list.getBoundingClientRect().top + window.scrollY + list.getBoundingClientRect().height / 2;
    await until(
      () => {
        if ((positions(feed)[0] ?? 0) > 1000) return true;
        window.scrollTo(0, middle());
        return false;
      },
      8000,
      'cards from the middle of the feed',
    );
    expect(nodesInside(feed)).to.be.at.most(1500);
    const shown = positions(feed);
    expect(shown).to.deep.equal(shown.map((_, index) => shown[0]! + index));
    const card = cards(feed)[0]!;
    expect(card.paper!.title.startsWith(`${shown[0]}. `)).to.equal(true);
  });

  it('should filter 10,000 papers as the reader types, and drop back to a plain list when few match', async function () {
    this.timeout(30_000);
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache searchable limit="10000" src=${generated(10_000)}></paper-feed>`,
      ),
    );
    await until(() => cards(feed).length > 0 && !!feed.shadowRoot!.querySelector('.virtual'), 8000, 'the list');
    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = '777.';
    search.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
    // "777. …", "1777. …" … "9777. …": ten papers, rendered whole.
    expect(feed.shadowRoot!.querySelector('.virtual')).to.equal(null);
    expect(cards(feed)).to.have.length(10);
    expect(cards(feed)[0]!.paper!.title.startsWith('777. ')).to.equal(true);
  });

  it('should leave no listener on the window when removed, even before the virtualizer arrived', async function () {
    this.timeout(30_000);
    // Scroll listeners on the window, as the virtualizer adds and removes them.
    const listening = new Set<unknown>();
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    window.addEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean) => {
      if (type === 'scroll') listening.add(listener);
      add(type, listener, options);
    }) as typeof window.addEventListener;
    window.removeEventListener = ((type: string, listener: EventListenerOrEventListenerObject, options?: boolean) => {
      if (type === 'scroll') listening.delete(listener);
      remove(type, listener, options);
    }) as typeof window.removeEventListener;
    try {
      for (const removeEarly of [true, false]) {
        const feed = await fixture<PaperFeedElement>(
          html`<paper-feed no-cache limit="1000" src=${generated(1000)}></paper-feed>`,
        );
        await settled(feed);
        if (!removeEarly) await until(() => listening.size > 0, 8000, 'the virtualizer to listen');
        feed.remove();
        // Long enough for the virtualizer's module to have arrived.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(listening.size, removeEarly ? 'removed at once' : 'removed later').to.equal(0);
        // Back on the page, it is a working virtual list again.
        document.body.append(feed);
        await until(() => listening.size > 0 && cards(feed).length > 0, 8000, 'the list back');
        feed.remove();
        expect(listening.size).to.equal(0);
      }
    } finally {
      // The window's own methods were only shadowed.
      Reflect.deleteProperty(window, 'addEventListener');
      Reflect.deleteProperty(window, 'removeEventListener');
    }
  });
});
