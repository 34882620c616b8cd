import { expect, fixture, html } from '@open-wc/testing';
import { feedRequest } from '../../src/data/feed-request.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { SelectionController } from '../../src/paper-feed/selection-controller.js';
import { fixtureUrl, requestStats, uniqueName, until } from '../helpers.js';

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const titles = (feed: PaperFeedElement) => cards(feed).map((card) => card.paper?.title.slice(0, 12));

async function feedOf(template: ReturnType<typeof html>): Promise<PaperFeedElement> {
  const feed = await fixture<PaperFeedElement>(template);
  await until(() => feed.state !== 'loading', 8000, 'the feed');
  await feed.updateComplete;
  return feed;
}

// test/fixtures/daily-papers.json: Trace (1 upvote), Pychop (2), OneFlow, PyTorch-Direct, Code generation (0 each).
describe('<paper-feed> sort, search and layout', () => {
  const src = () => fixtureUrl('daily-papers.json', { key: uniqueName() });

  it('should order by upvotes with sort="upvotes"', async () => {
    const feed = await feedOf(html`<paper-feed sort="upvotes" src=${src()}></paper-feed>`);
    expect(titles(feed).slice(0, 2)).to.deep.equal(['Pychop: Emul', 'Trace is the']);
  });

  it('should fall back to the feed’s order for an unknown sort', async () => {
    const feed = await feedOf(html`<paper-feed sort="sideways" src=${src()}></paper-feed>`);
    expect(titles(feed)[0]).to.equal('Trace is the');
  });

  it('should ask the Hugging Face API itself for trending papers', async () => {
    const key = uniqueName();
    const proxy = `${location.origin}/fixture/daily-papers.json?key=${key}&for={url}`;
    const feed = await feedOf(
      html`<paper-feed
        sort="trending"
        src="https://huggingface.co/api/daily_papers?date=2025-12-10"
        proxy=${proxy}
      ></paper-feed>`,
    );
    expect(cards(feed)).to.have.length(5);
    const requested = new URL((await requestStats(key)).lastUrl ?? '', location.origin).searchParams.get('for') ?? '';
    expect(new URL(requested).searchParams.get('sort')).to.equal('trending');
    expect(new URL(requested).searchParams.get('date')).to.equal('2025-12-10');
  });

  it('should filter as the reader types in the search box, and say when nothing matches', async () => {
    const feed = await feedOf(html`<paper-feed searchable src=${src()}></paper-feed>`);
    const search = feed.shadowRoot!.querySelector<HTMLInputElement>('[part="search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search papers');
    search.value = 'gpu';
    search.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
    expect(titles(feed)).to.deep.equal(['Pychop: Emul', 'PyTorch-Dire', 'Code generat']);
    await expect(feed).to.be.accessible();
    search.value = 'no such paper';
    search.dispatchEvent(new InputEvent('input'));
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(0);
    expect(feed.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('No papers match.');
  });

  it('should start filtered by query and keep only min-upvotes', async () => {
    const feed = await feedOf(html`<paper-feed query="emulating" src=${src()}></paper-feed>`);
    expect(titles(feed)).to.deep.equal(['Pychop: Emul']);
    const popular = await feedOf(html`<paper-feed min-upvotes="1" src=${src()}></paper-feed>`);
    expect(titles(popular)).to.deep.equal(['Trace is the', 'Pychop: Emul']);
  });

  it('should lay cards out in a grid, or compact', async () => {
    const grid = await feedOf(html`<paper-feed layout="grid" style="width: 1000px" src=${src()}></paper-feed>`);
    const columns = getComputedStyle(grid.shadowRoot!.querySelector('[part="list"]')!).gridTemplateColumns.split(' ');
    expect(columns.length).to.be.greaterThan(1);
    const compact = await feedOf(html`<paper-feed layout="compact" src=${src()}></paper-feed>`);
    expect(cards(compact).every((card) => card.variant === 'compact')).to.equal(true);
  });

  it('should hide itself when empty with hide-if-empty', async () => {
    const feed = await feedOf(
      html`<paper-feed hide-if-empty src=${fixtureUrl('empty-array.json', { key: uniqueName() })}></paper-feed>`,
    );
    expect(feed.state).to.equal('empty');
    expect(getComputedStyle(feed).display).to.equal('none');
  });

  it('should speak the page’s language', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"><paper-feed searchable src=${src()}></paper-feed></div>`);
    const feed = wrapper.querySelector('paper-feed')!;
    await until(() => feed.state === 'ready', 8000, 'the feed');
    await feed.updateComplete;
    expect(feed.shadowRoot!.querySelector('[part="search"]')?.getAttribute('aria-label')).to.equal(
      'Papers durchsuchen',
    );
    expect(feed.shadowRoot!.querySelector('[part="updated"]')?.textContent).to.equal('Aktualisiert jetzt');
  });

  it('should open the cards’ links where link-target says', async () => {
    const feed = await feedOf(html`<paper-feed link-target="_blank" src=${src()}></paper-feed>`);
    await cards(feed)[0]!.updateComplete;
    const link = cards(feed)[0]!.shadowRoot!.querySelector('[part="title"] a')!;
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('should fall back to defaults for values it cannot use, and never throw', async () => {
    const feed = await feedOf(
      html`<paper-feed
        layout="carousel"
        theme="neon"
        limit="2"
        page-size="-3"
        max-age="soon"
        timeout="never"
        min-upvotes="many"
        format="yaml"
        heading=""
        src=${src()}
      ></paper-feed>`,
    );
    expect(feed.state).to.equal('ready');
    expect(cards(feed)).to.have.length(2);
    // page-size below 1: Show more adds `limit` cards.
    feed.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(4);
    expect(getComputedStyle(feed.shadowRoot!.querySelector('[part="list"]')!).display).to.equal('grid');
    expect(cards(feed)[0]!.getAttribute('variant')).to.equal('full');
    // No heading shown; the feed still has its name.
    expect(feed.shadowRoot!.querySelector('[part="heading"]')).to.equal(null);
    expect(feed.shadowRoot!.querySelector('[role="feed"]')!.getAttribute('aria-label')).to.equal('Daily Papers');
    await expect(feed).to.be.accessible();
  });

  it('should fall back to the very defaults its properties start with', () => {
    const fresh = document.createElement('paper-feed');
    const bad = Object.assign(document.createElement('paper-feed'), { maxAge: Number.NaN, timeout: -1 });
    expect(feedRequest(bad).request).to.include({ maxAge: fresh.maxAge, timeout: fresh.timeout });
    const paging = new SelectionController(fresh);
    paging.options = { sort: 'feed', query: '', minUpvotes: 0, limit: 0, pageSize: undefined };
    paging.restart();
    expect(paging.shown).to.equal(fresh.limit);
  });
});
