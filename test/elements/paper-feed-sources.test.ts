import { expect, fixture, html } from '@open-wc/testing';
import { SourcesFailedError } from '../../src/data/sources.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { fixtureUrl, nextEvent, uniqueName, until } from '../helpers.js';

const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const ids = (feed: PaperFeedElement) => cards(feed).map((card) => card.paper?.id);
const statusText = (feed: PaperFeedElement) =>
  [...feed.shadowRoot!.querySelectorAll('[part="status"]')].map((status) =>
    status.textContent.replace(/\s+/g, ' ').trim(),
  );

async function settled(feed: PaperFeedElement): Promise<PaperFeedElement> {
  await until(() => feed.state !== 'loading', 8000, 'the feed');
  await feed.updateComplete;
  return feed;
}

// test/fixtures/sources: preprints.json (2401.00001–3, the second with the journal's DOI) and
// published.json (W1 = 2401.00001 by its arXiv PDF link, W2 = the second by DOI, W3, W4 uncounted).
const preprints = (query: Record<string, string> = {}) =>
  fixtureUrl('sources/preprints.json', { key: uniqueName(), ...query });
const published = (query: Record<string, string> = {}) =>
  fixtureUrl('sources/published.json', { key: uniqueName(), ...query });
const merged = ['2401.00001', '2401.00002', '2401.00003', 'W3', 'W4'];

describe('<paper-feed> with several sources', () => {
  it('should keep <source> children as children: the parser does not drop them inside the feed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const second = published();
    host.innerHTML = `<paper-feed no-cache><source src="${preprints()}" format="rss"><source src="${second}"></paper-feed>`;
    const feed = host.querySelector('paper-feed')!;
    expect([...feed.children].map((child) => child.localName).join(' ')).to.equal('source source');
    expect(feed.sources.map((source) => source.format)).to.deep.equal(['rss', 'auto']);
    expect(feed.sources[1]?.src).to.equal(second);
  });

  it('should show two sources as one list, a paper found in both (by arXiv id, by DOI) once, with the richer fields', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache limit="10">
          <source src=${preprints()} format="json-feed" />
          <source src=${published()} />
        </paper-feed>`,
      ),
    );
    expect(feed.state).to.equal('ready');
    expect(ids(feed)).to.deep.equal(merged);
    const [graph, sparse] = feed.papers;
    expect([graph?.title, graph?.citations, graph?.venue, graph?.published]).to.deep.equal([
      'Graph diffusion at scale.',
      42,
      'Journal of Graphs',
      '2024-01-05T00:00:00.000Z',
    ]);
    expect([sparse?.doi, sparse?.citations]).to.deep.equal(['10.1234/sparse.2024', 7]);
    await expect(feed).to.be.accessible();
  });

  it('should sort by citations, uncounted papers last, and keep only min-citations', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache sort="citations">
          <source src=${preprints()} />
          <source src=${published()} />
        </paper-feed>`,
      ),
    );
    expect(ids(feed)).to.deep.equal(['W3', '2401.00001', '2401.00002', '2401.00003', 'W4']);
    feed.minCitations = 10;
    await feed.updateComplete;
    expect(ids(feed)).to.deep.equal(['W3', '2401.00001']);
  });

  it('should include src beside the <source> children when the page sets it', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache src=${published()}>
          <source src=${preprints()} />
        </paper-feed>`,
      ),
    );
    expect(ids(feed)).to.deep.equal(['2401.00001', '2401.00002', 'W3', 'W4', '2401.00003']);
  });

  it('should show the other sources when one answers 500, naming the one that failed', async () => {
    const failing = preprints({ status: '500' });
    const element = await fixture<PaperFeedElement>(
      html`<paper-feed no-cache>
        <source src=${failing} />
        <source src=${published()} />
      </paper-feed>`,
    );
    const error = nextEvent(element, 'paper-feed-error');
    const feed = await settled(element);
    expect(feed.state).to.equal('ready');
    expect(ids(feed)).to.deep.equal(['W1', 'W2', 'W3', 'W4']);
    expect(statusText(feed)).to.include(
      `Couldn’t load the papers from ${location.host}: The feed answered with an error (HTTP 500).`,
    );
    const event = await error;
    expect([event.detail.cachedShown, event.detail.source]).to.deep.equal([true, failing]);
    await expect(feed).to.be.accessible();
  });

  it('should name each source when none can be loaded, one of them unreachable', async () => {
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache>
          <source src="http://127.0.0.1:9/feed.json" />
          <source src=${published({ status: '500' })} />
        </paper-feed>`,
      ),
    );
    expect(feed.state).to.equal('error');
    const text = statusText(feed).join(' ');
    expect(text).to.include('The papers could not be loaded.');
    expect(text).to.include('Couldn’t load the papers from 127.0.0.1:9:');
    expect(text).to.include(
      `Couldn’t load the papers from ${location.host}: The feed answered with an error (HTTP 500).`,
    );
  });

  it('should follow <source> children added after it connected', async () => {
    const feed = await fixture<PaperFeedElement>(html`<paper-feed no-cache></paper-feed>`);
    const first = document.createElement('source');
    first.src = preprints();
    const second = document.createElement('source');
    second.setAttribute('src', published());
    feed.append(first, second);
    await until(() => ids(feed).join() === merged.join(), 8000, 'the merged list');
    second.remove();
    await until(() => ids(feed).join() === '2401.00001,2401.00002,2401.00003', 8000, 'the one source left');
  });

  it('should show both sources from the cache when the network is gone', async () => {
    const [a, b] = [preprints({ 'down-after': '1' }), published({ 'down-after': '1' })];
    const first = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed
          ><source src=${a} />
          <source src=${b}
        /></paper-feed>`,
      ),
    );
    expect(ids(first)).to.deep.equal(merged);
    const again = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed max-age="0"
          ><source src=${a} />
          <source src=${b}
        /></paper-feed>`,
      ),
    );
    expect(ids(again)).to.deep.equal(merged);
    await until(() => again.stale, 8000, 'the failed refresh');
    expect(ids(again)).to.deep.equal(merged);
  });

  it('should reject with every failure named when every source fails', () => {
    const error = new SourcesFailedError([{ url: 'https://a.example/', error: new Error('x') }]);
    expect(error.failures.map((failure) => failure.url)).to.deep.equal(['https://a.example/']);
  });
});
