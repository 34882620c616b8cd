import { expect, fixture, html } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, fixtureUrl, nextEvent, requestStats, until, uniqueName } from '../helpers.js';

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];

async function settled(feed: PaperFeedElement): Promise<void> {
  await until(() => feed.state !== 'loading', 8000, 'the feed to settle');
  await feed.updateComplete;
}

describe('<paper-feed>', () => {
  afterEach(() => deleteDatabase());

  it('should fetch, parse and render the feed as cards', async () => {
    const feed = document.createElement('paper-feed');
    feed.src = fixtureUrl('daily-papers.json');
    const loaded = nextEvent(feed, 'paper-feed-load');
    const element = await fixture<PaperFeedElement>(feed);
    const { detail } = await loaded;
    await element.updateComplete;
    expect(detail.papers).to.have.length(5);
    expect(detail.fromCache).to.equal(false);
    expect(element.state).to.equal('ready');
    expect(element.getAttribute('state')).to.equal('ready');
    expect(element.papers).to.have.length(5);
    const [first] = cards(element);
    await first!.updateComplete;
    expect(first!.paper?.id).to.equal('2406.16218');
    expect(first!.shadowRoot!.querySelector('[part="title"]')!.textContent).to.contain('Trace is the New AutoDiff');
    await expect(element).to.be.accessible();
  });

  it('should show skeletons while loading', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed src=${fixtureUrl('daily-papers.json', { delay: 1500 })}></paper-feed>`,
    );
    expect(feed.state).to.equal('loading');
    expect(feed.shadowRoot!.querySelectorAll('.skeleton').length).to.be.greaterThan(0);
    expect(feed.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('Loading');
  });

  it('should show `limit` cards and reveal more on request', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed limit="2" src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
    );
    await settled(feed);
    expect(cards(feed)).to.have.length(2);
    feed.shadowRoot!.querySelector<HTMLButtonElement>('button.more')!.click();
    await feed.updateComplete;
    expect(cards(feed)).to.have.length(4);
  });

  it('should fall back to the default for an invalid limit', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed limit="lots" src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
    );
    await settled(feed);
    expect(cards(feed)).to.have.length(5);
  });

  it('should show the error in plain language with a Retry that loads again', async () => {
    const feed = document.createElement('paper-feed');
    // Three failures: the first attempt and both retries.
    feed.src = fixtureUrl('daily-papers.json', { 'fail-first': 3, key: uniqueName() });
    const failed = nextEvent(feed, 'paper-feed-error');
    await fixture(feed);
    const { detail } = await failed;
    await feed.updateComplete;
    expect(detail.cachedShown).to.equal(false);
    expect(feed.state).to.equal('error');
    expect(feed.shadowRoot!.querySelector('.error')?.textContent).to.contain('HTTP 503');
    expect(feed.shadowRoot!.querySelector('[role="status"]')?.textContent).to.contain('HTTP 503');
    await expect(feed).to.be.accessible();

    const loaded = nextEvent(feed, 'paper-feed-load');
    feed.shadowRoot!.querySelector<HTMLButtonElement>('.error button')!.click();
    await loaded;
    await feed.updateComplete;
    expect(feed.state).to.equal('ready');
    expect(cards(feed)).to.have.length(5);
  });

  it('should show the new feed loading, not the old papers, when src changes', async () => {
    const feed = await fixture<PaperFeedElement>(
      html`<paper-feed src=${fixtureUrl('daily-papers.json')}></paper-feed>`,
    );
    await settled(feed);
    feed.src = fixtureUrl('empty-array.json', { delay: 1500 });
    await feed.updateComplete;
    expect(feed.state).to.equal('loading');
    expect(feed.papers).to.deep.equal([]);
    expect(cards(feed)).to.have.length(0);
    await settled(feed);
    expect(feed.state).to.equal('empty');
  });

  it('should say so when the feed is empty', async () => {
    const feed = await fixture<PaperFeedElement>(html`<paper-feed src=${fixtureUrl('empty-array.json')}></paper-feed>`);
    await settled(feed);
    expect(feed.state).to.equal('empty');
    expect(feed.shadowRoot!.textContent).to.contain('No papers');
  });

  it('should refuse a src that is not http(s) without fetching it', async () => {
    const feed = document.createElement('paper-feed');
    feed.setAttribute('src', 'javascript:alert(1)');
    const failed = nextEvent(feed, 'paper-feed-error');
    await fixture(feed);
    const { detail } = await failed;
    await feed.updateComplete;
    expect(detail.error).to.be.instanceOf(FeedError).and.have.property('kind', 'unsafe-url');
    expect(feed.state).to.equal('error');
    expect(feed.shadowRoot!.querySelector('.error')?.textContent).to.contain('not a valid');
  });

  it('should fetch through a proxy on the page’s own server, given relative to the page', async () => {
    const key = uniqueName();
    const base = document.createElement('base');
    base.href = `${location.origin}/some/section/`;
    document.head.append(base);
    try {
      const proxies = [
        [`/proxy/${key}-root?u={url}`, `${key}-root`],
        [`../../proxy/${key}-up?u={url}`, `${key}-up`],
        [`//${location.host}/proxy/${key}-scheme?u={url}`, `${key}-scheme`],
      ];
      for (const [proxy, name] of proxies) {
        const feed = await fixture<PaperFeedElement>(
          html`<paper-feed no-cache src=${fixtureUrl('daily-papers.json', { key })} proxy=${proxy!}></paper-feed>`,
        );
        await settled(feed);
        expect(feed.state, proxy).to.equal('ready');
        expect(cards(feed)).to.have.length(5);
        expect((await requestStats(`proxy:${name!}`)).requests, proxy).to.equal(1);
      }
    } finally {
      base.remove();
    }
  });

  it('should say a redirect cannot be followed, not blame CORS, in the page’s language', async () => {
    const cases = [
      ['en', 'javascript:alert(1)', 'redirects where no feed can come from'],
      ['en', 'data:application/json,[]', 'redirects where no feed can come from'],
      ['de', 'javascript:alert(1)', 'leitet dorthin weiter, woher kein Feed kommen kann'],
    ];
    for (const [lang, target, text] of cases) {
      const src = fixtureUrl('-', { status: 302, header: `Location: ${target!}` });
      const host = await fixture<HTMLElement>(
        html`<div lang=${lang!}><paper-feed no-cache src=${src}></paper-feed></div>`,
      );
      const feed = host.querySelector('paper-feed')!;
      await settled(feed);
      expect(feed.state).to.equal('error');
      expect(feed.shadowRoot!.querySelector('.error')?.textContent, `${lang!} ${target!}`).to.contain(text);
      expect(feed.shadowRoot!.querySelector('.error')?.textContent).not.to.contain('CORS');
      await expect(feed).to.be.accessible();
    }
    const loop = await fixture<PaperFeedElement>(
      html`<paper-feed no-cache src=${fixtureUrl('-', { 'redirect-loop': 1 })}></paper-feed>`,
    );
    await settled(loop);
    expect(loop.shadowRoot!.querySelector('.error')?.textContent).to.contain('in a loop');
  });

  it('should keep showing cached papers when the network fails, and say so', async () => {
    const url = fixtureUrl('daily-papers.json', { 'down-after': 1, key: uniqueName() });
    const first = await fixture<PaperFeedElement>(html`<paper-feed src=${url}></paper-feed>`);
    await settled(first);
    first.remove();

    const feed = document.createElement('paper-feed');
    feed.src = url;
    feed.maxAge = 0;
    const failed = nextEvent(feed, 'paper-feed-error');
    await fixture(feed);
    const { detail } = await failed;
    await feed.updateComplete;
    expect(detail.cachedShown).to.equal(true);
    expect(feed.stale).to.equal(true);
    expect(feed.hasAttribute('stale')).to.equal(true);
    expect(cards(feed)).to.have.length(5);
    expect(feed.shadowRoot!.querySelector('.stale')?.textContent).to.contain('couldn’t reach the feed');
    // Announced once, without the age: a region that changed every minute would speak every minute.
    expect(feed.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal(
      '5 papers loaded. Couldn’t reach the feed: these are saved papers.',
    );
    await expect(feed).to.be.accessible();
  });

  it('should hide its light-DOM fallback once it renders, and place the footer slot', async () => {
    const feed = await fixture<PaperFeedElement>(html`
      <paper-feed src=${fixtureUrl('daily-papers.json')}>
        <a id="fallback" href="https://huggingface.co/papers">Today's papers on Hugging Face</a>
        <p slot="footer" id="footer">Subscribe</p>
      </paper-feed>
    `);
    await settled(feed);
    const fallback = feed.querySelector('#fallback')!;
    expect(fallback.assignedSlot).to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(feed.querySelector('#footer')!.assignedSlot?.name).to.equal('footer');
  });
});
