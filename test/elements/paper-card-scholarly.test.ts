import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-card/paper-card.define.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { fixtureUrl, until } from '../helpers.js';
import type { Paper } from '../../src/data/paper.js';
import { PaperCardElement } from '../../src/paper-card/paper-card.js';

// The venue and the citation count a scholarly catalogue (OpenAlex, Crossref, Semantic Scholar, …)
// gives a paper: each a part of its own, in the page's language, absent when the paper has none.

const paper: Paper = {
  id: 'https://openalex.org/W2963403868',
  title: 'Attention Is All You Need',
  abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
  authors: ['Ashish Vaswani', 'Noam Shazeer'],
  published: '2017-06-12T00:00:00.000Z',
  doi: '10.48550/arxiv.1706.03762',
  venue: 'Advances in Neural Information Processing Systems',
  citations: 123456,
  tags: [],
  source: 'openalex',
};
const bare: Paper = { id: 'x-1', title: 'Only a title', abstract: '', authors: [], tags: [], source: 'rss' };

const part = (card: PaperCardElement, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const words = (element: Element | null) => element?.textContent.replace(/\s+/g, ' ').trim();

async function card(template: ReturnType<typeof html>): Promise<PaperCardElement> {
  const element = await fixture<HTMLElement>(template);
  const found = element instanceof PaperCardElement ? element : element.querySelector('paper-card')!;
  await found.updateComplete;
  return found;
}

describe('<paper-card> venue and citations', () => {
  it('should show the venue as a cite and the citations as a localized number in words', async () => {
    const element = await card(html`<paper-card lang="en-US" .paper=${paper}></paper-card>`);
    const venue = part(element, 'venue')!;
    expect(venue.localName).to.equal('cite');
    expect(venue.getAttribute('dir')).to.equal('auto');
    expect(words(venue)).to.equal('Advances in Neural Information Processing Systems');
    expect(words(part(element, 'citations'))).to.equal('123,456 citations');
    expect(getComputedStyle(venue).fontStyle).to.equal('italic');
    await expect(element).to.be.accessible();
  });

  it('should say one citation, and show zero citations as a count rather than leave it out', async () => {
    const one = await card(html`<paper-card lang="en-US" .paper=${{ ...paper, citations: 1 }}></paper-card>`);
    expect(words(part(one, 'citations'))).to.equal('1 citation');
    const none = await card(html`<paper-card lang="en-US" .paper=${{ ...paper, citations: 0 }}></paper-card>`);
    expect(words(part(none, 'citations'))).to.equal('0 citations');
  });

  it('should leave both parts out when the paper has neither', async () => {
    const element = await card(html`<paper-card lang="en-US" .paper=${bare}></paper-card>`);
    expect(part(element, 'venue')).to.equal(null);
    expect(part(element, 'citations')).to.equal(null);
    expect(element.shadowRoot!.textContent).to.not.match(/citation|undefined|NaN/);
    const onlyVenue = await card(html`<paper-card .paper=${{ ...bare, venue: 'Nature' }}></paper-card>`);
    expect(words(part(onlyVenue, 'venue'))).to.equal('Nature');
    expect(part(onlyVenue, 'citations')).to.equal(null);
  });

  it('should leave them out when named in hide', async () => {
    const element = await card(html`<paper-card hide="venue citations" .paper=${paper}></paper-card>`);
    expect(part(element, 'venue')).to.equal(null);
    expect(part(element, 'citations')).to.equal(null);
    expect(part(element, 'date')).to.exist;
  });

  it('should write the count as German does, with German words', async () => {
    const element = await card(html`<div lang="de-DE"><paper-card .paper=${paper}></paper-card></div>`);
    expect(words(part(element, 'citations'))).to.equal('123.456 Zitationen');
    const one = await card(
      html`<div lang="de-DE"><paper-card .paper=${{ ...paper, citations: 1 }}></paper-card></div>`,
    );
    expect(words(part(one, 'citations'))).to.equal('1 Zitation');
  });

  it('should keep an Arabic venue and count in their order on a right-to-left page', async () => {
    const arabic: Paper = { ...paper, venue: 'مجلة الذكاء الاصطناعي', citations: 2 };
    const element = await card(html`<div lang="ar" dir="rtl"><paper-card .paper=${arabic}></paper-card></div>`);
    expect(words(part(element, 'venue'))).to.equal('مجلة الذكاء الاصطناعي');
    expect(part(element, 'venue')!.getAttribute('dir')).to.equal('auto');
    expect(words(part(element, 'citations'))).to.equal('اقتباسان');
    const many = await card(
      html`<div lang="ar" dir="rtl"><paper-card .paper=${{ ...arabic, citations: 1234 }}></paper-card></div>`,
    );
    const shown = new Intl.NumberFormat('ar', { maximumFractionDigits: 0 }).format(1234);
    expect(words(part(many, 'citations'))).to.contain(shown);
    expect(getComputedStyle(part(many, 'citations')!).direction).to.equal('rtl');
    await expect(many).to.be.accessible();
  });

  it('should take the venue and the citations from attributes on a standalone card, and drop a bad count', async () => {
    const element = await card(html`
      <paper-card
        lang="en-US"
        heading="A lab paper"
        venue="  Physical Review
        Letters "
        citations="1500"
      ></paper-card>
    `);
    expect(words(part(element, 'venue'))).to.equal('Physical Review Letters');
    expect(words(part(element, 'citations'))).to.equal('1,500 citations');
    for (const citations of ['-3', '12.5', 'many', '']) {
      const bad = await card(html`<paper-card heading="Bad" citations=${citations}></paper-card>`);
      expect(part(bad, 'citations'), citations).to.equal(null);
    }
    const long = await card(html`<paper-card heading="Long" venue=${'V'.repeat(900)}></paper-card>`);
    expect(words(part(long, 'venue'))!.length).to.equal(500);
  });

  it('should follow its tokens: the venue’s font style and the count’s colour', async () => {
    const element = await card(html`
      <div style="--paper-card-venue-font-style: normal; --paper-card-citations-color: rgb(1, 2, 3)">
        <paper-card .paper=${paper}></paper-card>
      </div>
    `);
    expect(getComputedStyle(part(element, 'venue')!).fontStyle).to.equal('normal');
    expect(getComputedStyle(part(element, 'citations')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('should show them in a feed read from a kit snapshot, styled through the feed’s ::part', async () => {
    const wrapper = await fixture<HTMLElement>(html`
      <div lang="en-US">
        <style>
          paper-feed::part(venue) {
            font-style: normal;
          }
          paper-feed::part(citations) {
            color: rgb(4, 5, 6);
          }
        </style>
        <paper-feed src=${fixtureUrl('lab-papers.json')} no-cache></paper-feed>
      </div>
    `);
    const feed = wrapper.querySelector<PaperFeedElement>('paper-feed')!;
    await until(() => feed.state === 'ready', 5000, 'the feed');
    const cards = [...feed.shadowRoot!.querySelectorAll<PaperCardElement>('paper-card')];
    for (const card of cards) await card.updateComplete;
    const [cited, preprint] = cards;
    expect(words(part(cited!, 'venue'))).to.equal('IEEE Transactions on Medical Imaging');
    expect(words(part(cited!, 'citations'))).to.equal('1,280 citations');
    expect(getComputedStyle(part(cited!, 'venue')!).fontStyle).to.equal('normal');
    expect(getComputedStyle(part(cited!, 'citations')!).color).to.equal('rgb(4, 5, 6)');
    expect(part(preprint!, 'venue')).to.equal(null);
    expect(part(preprint!, 'citations')).to.equal(null);
  });
});
