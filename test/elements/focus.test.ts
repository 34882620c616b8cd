import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { currentPeriod, shiftPeriod } from '../../src/data/period.js';
import '../../src/define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, fixtureUrl, nextEvent, until, uniqueName } from '../helpers.js';

// Focus stays put: whatever the reader did by keyboard, the next Tab goes on from where they were.

/** The element that really has focus, inside shadow roots. */
function focused(): Element | null {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

/** Which card (1-based position in the feed) holds focus, or 0. */
function focusedCard(feed: PaperFeedElement): number {
  const card = feed.shadowRoot!.activeElement?.closest('paper-card');
  return card?.posInSet ?? 0;
}

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const showMore = (feed: PaperFeedElement) => feed.shadowRoot!.querySelector<HTMLButtonElement>('button.more');

async function settled(feed: PaperFeedElement): Promise<PaperFeedElement> {
  await until(() => feed.state !== 'loading', 8000, 'the feed to settle');
  await feed.updateComplete;
  return feed;
}

async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
  // Let the update (and the focus move after it) run.
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('focus that stays put', () => {
  afterEach(() => deleteDatabase());

  it('should move focus to the first card each "Show more" added, the last one included', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache limit="2" src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
      ),
    );
    showMore(feed)!.focus();
    await press('Enter');
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(4);
    expect(focusedCard(feed)).to.equal(3);
    expect(focused()?.tagName).to.equal('ARTICLE');

    showMore(feed)!.focus();
    await press('Enter');
    await until(() => focusedCard(feed) === 5, 2000, 'focus on the fifth card');
    // The button is gone: without a place to go, focus would have fallen to <body>.
    expect(showMore(feed)).to.equal(null);
    expect(cards(feed)).to.have.length(5);
    // The next Tab goes into that card: its title link.
    await press('Tab');
    expect(focused()?.closest('[part~="title"]')).to.not.equal(null);
    expect(focusedCard(feed)).to.equal(5);
  });

  it('should keep focus in the feed when Retry replaces the error with the papers', async () => {
    const feed = document.createElement('paper-feed');
    feed.src = fixtureUrl('daily-papers.json', { 'fail-first': 3, key: uniqueName() });
    const failed = nextEvent(feed, 'paper-feed-error');
    await fixture(feed);
    await failed;
    await feed.updateComplete;
    const loaded = nextEvent(feed, 'paper-feed-load');
    feed.shadowRoot!.querySelector<HTMLButtonElement>('.error button')!.focus();
    await press('Enter');
    await loaded;
    await feed.updateComplete;
    // The Retry button is gone with the error: focus is on the list of papers, not on <body>.
    expect(document.activeElement).to.equal(feed);
    expect(feed.shadowRoot!.activeElement?.getAttribute('part')).to.equal('list');
    await press('Tab');
    expect(focusedCard(feed)).to.equal(1);
  });

  it('should keep focus on "Next" when it reaches today, and on the search box when it is cleared', async () => {
    const yesterday = shiftPeriod(currentPeriod('date'), -1).value;
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed
          no-cache
          date-nav
          searchable
          date=${yesterday}
          src="https://huggingface.co/api/daily_papers"
          proxy=${`${location.origin}/fixture/daily-papers.json?for={url}`}
        ></paper-feed>`,
      ),
    );
    const next = feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="date-nav"] button')[1]!;
    next.focus();
    await press('Enter');
    await settled(feed);
    expect(feed.date).to.equal(currentPeriod('date').value);
    expect(next.getAttribute('aria-disabled')).to.equal('true');
    expect(focused()).to.equal(next);
    // Pressed again at today: nothing moves, focus included.
    await press('Enter');
    expect(feed.date).to.equal(currentPeriod('date').value);
    expect(focused()).to.equal(next);

    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.focus();
    // (WebKitGTK's WebDriver does not type into a shadow root's input: the query arrives as input events.)
    search.value = 'zzzz';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(0);
    search.value = '';
    search.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await feed.updateComplete;
    expect(cards(feed).length).to.be.greaterThan(0);
    expect(focused()).to.equal(search);
  });

  it('should walk feed, cards and sign-up form by keyboard alone', async function () {
    this.timeout(20_000);
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <paper-feed no-cache searchable limit="1" src=${fixtureUrl('daily-papers.json')}>
          <subscribe-form slot="footer" min-time="0" action=${fixtureUrl('-', { status: 204 })}></subscribe-form>
        </paper-feed>
      </div>`,
    );
    const feed = await settled(wrapper.querySelector('paper-feed')!);
    const form = wrapper.querySelector('subscribe-form')!;
    await form.updateComplete;
    feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!.focus();

    const walk: string[] = [];
    const describe = (element: Element | null): string => {
      if (!element || element === document.body) return 'body';
      const part = element.getAttribute('part') ?? '';
      const root = element.getRootNode();
      const card = root instanceof ShadowRoot ? root.host.closest('paper-card') : null;
      const where = card ? `card ${card.posInSet}` : element.getRootNode() === form.shadowRoot ? 'form' : 'feed';
      return `${where}: ${element.tagName.toLowerCase()}${part ? `[${part}]` : ''}`;
    };
    for (let step = 0; step < 60; step++) {
      const here = describe(focused());
      walk.push(here);
      // No Tab past the form's button: past the page's last stop, Firefox moves focus into its own
      // toolbar, and keys sent to later test pages never reach them.
      if (here === 'form: button[button]') break;
      if (here === 'feed: button[button]' && !walk.includes('card 2: article')) {
        // "Show more": take it, and go on from the card it added.
        await press('Enter');
        walk.push(describe(focused()));
      }
      await press('Tab');
    }
    expect(walk).to.not.include('body');
    const order = [
      'feed: input[search]',
      'card 1: a',
      'feed: button[button]',
      'card 2: article',
      'card 2: a',
      'form: input[input]',
      'form: button[button]',
    ];
    let at = -1;
    for (const stop of order) {
      const next = walk.indexOf(stop, at + 1);
      expect(
        next,
        `${stop} after ${order[order.indexOf(stop) - 1] ?? 'the start'} in ${walk.join(' → ')}`,
      ).to.be.greaterThan(at);
      at = next;
    }

    // And sign up, still by keyboard.
    form.shadowRoot!.querySelector<HTMLInputElement>('input[type="email"]')!.focus();
    await sendKeys({ type: 'reader@example.org' });
    await press('Enter');
    await until(() => form.state !== 'idle' && form.state !== 'submitting', 8000, 'the sign-up');
    expect(form.state).to.be.oneOf(['success', 'pending']);
  });
});
