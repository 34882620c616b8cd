import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, fixtureUrl, uniqueName, until } from '../helpers.js';

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const feedRole = (feed: PaperFeedElement) => feed.shadowRoot!.querySelector('[role="feed"]');
/** Every live region in the widget: there must be exactly one. */
const liveRegions = (feed: PaperFeedElement) => [
  ...feed.shadowRoot!.querySelectorAll('[role="status"], [role="alert"], [role="log"], [aria-live]'),
];
const announced = (feed: PaperFeedElement) => liveRegions(feed)[0]?.textContent;

async function settled(feed: PaperFeedElement): Promise<PaperFeedElement> {
  await until(() => feed.state !== 'loading', 8000, 'the feed to settle');
  await feed.updateComplete;
  return feed;
}

describe('<paper-feed> accessibility', () => {
  afterEach(() => deleteDatabase());

  it('should be a busy feed while loading, with one live region saying so', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed src=${fixtureUrl('daily-papers.json', { delay: 1500, key: uniqueName() })}></paper-feed>`,
    );
    expect(feed.state).to.equal('loading');
    expect(feedRole(feed)!.getAttribute('aria-busy')).to.equal('true');
    expect(liveRegions(feed)).to.have.length(1);
    expect(announced(feed)).to.equal('Loading papers…');
    await expect(feed).to.be.accessible();
  });

  it('should give each article its place in the feed, and announce the load once', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(html`<paper-feed limit="3" src=${fixtureUrl('daily-papers.json')}></paper-feed>`),
    );
    expect(feedRole(feed)!.getAttribute('aria-busy')).to.equal('false');
    expect(feedRole(feed)!.getAttribute('aria-label')).to.equal('Daily Papers');
    const articles = await Promise.all(
      cards(feed).map(async (card) => {
        await card.updateComplete;
        return card.shadowRoot!.querySelector('article')!;
      }),
    );
    expect(articles.map((article) => article.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3']);
    expect(articles.map((article) => article.getAttribute('aria-setsize'))).to.deep.equal(['3', '3', '3']);
    expect(liveRegions(feed)).to.have.length(1);
    expect(announced(feed)).to.equal('5 papers loaded.');
    await expect(feed).to.be.accessible();
  });

  it('should page by keyboard: Enter on "Show more" adds page-size cards and moves focus to the first of them', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed limit="1" page-size="2" src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
      ),
    );
    expect(cards(feed)).to.have.length(1);
    const more = feed.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!;
    more.focus();
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(3);
    // Focus moves to the first card the press added, where the reader goes on. (Booleans, not
    // elements: a failing comparison of two elements makes chai walk the whole DOM.)
    await until(() => feed.shadowRoot!.activeElement === cards(feed)[1], 3000, 'focus on the first new card');
    // Back on the button after a key press, focus is visible: the accent outline of the theme.
    more.focus();
    expect(feed.shadowRoot!.activeElement === more).to.equal(true);
    expect(getComputedStyle(more).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(5);
    // All shown: the button goes, and the posinset / setsize follow.
    expect(feed.shadowRoot!.querySelector('button.more')).to.equal(null);
    await cards(feed)[4]!.updateComplete;
    const last = cards(feed)[4]!.shadowRoot!.querySelector('article')!;
    expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).to.deep.equal(['5', '5']);
  });

  it('should announce an empty feed and an error through the same single region, axe-clean', async () => {
    const empty = await settled(
      await fixture<PaperFeedElement>(html`<paper-feed src=${fixtureUrl('empty-array.json')}></paper-feed>`),
    );
    expect(empty.state).to.equal('empty');
    expect(liveRegions(empty)).to.have.length(1);
    expect(announced(empty)).to.equal('No papers in this feed yet.');
    await expect(empty).to.be.accessible();

    const failing = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed src=${fixtureUrl('daily-papers.json', { status: 404, key: uniqueName() })}></paper-feed>`,
      ),
    );
    expect(failing.state).to.equal('error');
    expect(liveRegions(failing)).to.have.length(1);
    expect(announced(failing)).to.match(/not found|404/i);
    await expect(failing).to.be.accessible();
  });

  it('should keep the one region, and no empty feed role, when a search matches nothing', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed searchable src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
      ),
    );
    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    search.value = 'no such paper';
    search.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
    expect(liveRegions(feed)).to.have.length(1);
    expect(announced(feed)).to.equal('No papers match.');
    expect(feedRole(feed)).to.equal(null);
    await expect(feed).to.be.accessible();
  });
});
