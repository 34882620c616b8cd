import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { Paper } from '../../src/data/paper.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { fixtureUrl, until } from '../helpers.js';

// The page's typography, and layouts measured in the browser: equal grid rows, counts that stay
// whole, room to breathe in a sidebar.

async function readyFeed(template: ReturnType<typeof html>): Promise<PaperFeedElement> {
  const wrapper = await fixture<HTMLElement>(template);
  const feed = wrapper.querySelector('paper-feed')!;
  await until(() => feed.state === 'ready', 8000, 'the feed');
  await feed.updateComplete;
  for (const card of cardsOf(feed)) await card.updateComplete;
  // A form renders once its code has arrived (loaded when the first form connects).
  await feed.querySelector<SubscribeFormElement>('subscribe-form')?.updateComplete;
  return feed;
}

const cardsOf = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const fontOf = (element: Element) => getComputedStyle(element).fontFamily;

/** Every piece of text the elements draw with their own font: heading, card title, form heading, field, button. */
function typeset(feed: PaperFeedElement): Record<string, Element> {
  const form = feed.querySelector<SubscribeFormElement>('subscribe-form')!.shadowRoot!;
  const card = cardsOf(feed)[0]!.shadowRoot!;
  return {
    'feed heading': feed.shadowRoot!.querySelector('[part="heading"]')!,
    'search box': feed.shadowRoot!.querySelector('[part="search"]')!,
    'Show more': feed.shadowRoot!.querySelector('.more')!,
    'card title': card.querySelector('[part="title"]')!,
    'card link': card.querySelector('[part="link"]')!,
    'form heading': form.querySelector('[part="heading"]')!,
    'email field': form.querySelector('#email')!,
    'Subscribe button': form.querySelector('button')!,
  };
}

const paper = (id: string, abstract: string, extra: Partial<Paper> = {}): Paper => ({
  id,
  title: `Paper ${id}`,
  abstract,
  authors: ['Ada One'],
  tags: [],
  source: 'rss',
  ...extra,
});

describe('typography', () => {
  for (const family of ['Georgia, serif', '"Courier New", monospace']) {
    it(`should take the page's font (${family}) everywhere, fields and buttons included`, async () => {
      const feed = await readyFeed(
        html`<div style="font-family: ${family}; font-size: 19px">
          <paper-feed src=${fixtureUrl('daily-papers.json')} no-cache limit="2" searchable>
            <subscribe-form slot="footer" action="/echo"></subscribe-form>
          </paper-feed>
        </div>`,
      );
      for (const [what, element] of Object.entries(typeset(feed))) expect(fontOf(element), what).to.equal(family);
      // The size is the page's too: the form's field reads as large as the page's text.
      expect(getComputedStyle(typeset(feed)['email field']!).fontSize).to.equal('19px');
    });
  }

  it('should use --paper-font-family when the page sets one, in the feed and the form inside it alike', async () => {
    const feed = await readyFeed(
      html`<div style="font-family: Georgia, serif">
        <paper-feed
          style="--paper-font-family: Verdana, sans-serif"
          src=${fixtureUrl('daily-papers.json')}
          no-cache
          limit="2"
          searchable
        >
          <subscribe-form slot="footer" action="/echo"></subscribe-form>
        </paper-feed>
      </div>`,
    );
    for (const [what, element] of Object.entries(typeset(feed)))
      expect(fontOf(element), what).to.equal('Verdana, sans-serif');
  });

  it('should give a standalone card and form the page font, or the token', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="font-family: Georgia, serif">
        <paper-card heading="A card" href="https://example.org/p" pdf="https://example.org/p.pdf"></paper-card>
        <subscribe-form action="/echo"></subscribe-form>
        <subscribe-form style="--paper-font-family: Verdana, sans-serif" action="/echo"></subscribe-form>
      </div>`,
    );
    const [card, form, tokened] = [...wrapper.children] as [
      PaperCardElement,
      SubscribeFormElement,
      SubscribeFormElement,
    ];
    await Promise.all([card.updateComplete, form.updateComplete, tokened.updateComplete]);
    expect(fontOf(card.shadowRoot!.querySelector('[part="title"]')!)).to.equal('Georgia, serif');
    expect(fontOf(card.shadowRoot!.querySelector('[part="link"]')!)).to.equal('Georgia, serif');
    expect(fontOf(form.shadowRoot!.querySelector('button')!)).to.equal('Georgia, serif');
    expect(fontOf(tokened.shadowRoot!.querySelector('#email')!)).to.equal('Verdana, sans-serif');
  });
});

describe('layouts', () => {
  it('should give every card in a grid row the height of the row', async () => {
    const short = 'Short.';
    const long = 'A much longer abstract that takes several lines in a narrow grid column. '.repeat(3);
    for (const width of [640, 960]) {
      const feed = await readyFeed(
        html`<div style="width: ${width}px">
          <paper-feed layout="grid" no-cache src=${fixtureUrl('daily-papers.json')} limit="6"></paper-feed>
        </div>`,
      );
      feed.shadowRoot!.querySelectorAll('paper-card').forEach((card, index) => {
        card.paper = paper(`p${index}`, index % 2 ? long : short, index % 3 ? {} : { upvotes: 3 });
      });
      for (const card of cardsOf(feed)) await card.updateComplete;
      // As a reader sees it, once the frames after the change are drawn (content-visibility settles
      // per frame in Firefox and WebKit): rows still unequal 60 frames on fail.
      const measureRows = () => {
        const rows = new Map<number, number[]>();
        for (const card of cardsOf(feed)) {
          const box = card.shadowRoot!.querySelector('article')!.getBoundingClientRect();
          rows.set(Math.round(box.top), [...(rows.get(Math.round(box.top)) ?? []), Math.round(box.height)]);
        }
        return rows;
      };
      const even = () => [...measureRows().values()].every((heights) => new Set(heights).size === 1);
      // On screen: off-screen cards skip layout (content-visibility), and WebKit reports them unsettled.
      feed.scrollIntoView();
      for (let frame = 0; frame < 60 && !even(); frame++) await new Promise(requestAnimationFrame);
      const rows = measureRows();
      expect(rows.size, `${width}px: rows`).to.be.greaterThan(1);
      expect(
        [...rows.values()].some((row) => row.length > 1),
        `${width}px: columns`,
      ).to.equal(true);
      for (const heights of rows.values()) {
        expect(new Set(heights).size, `${width}px: heights ${heights.join(', ')}`).to.equal(1);
      }
    }
  });

  it('should never wrap a count apart from its icon, nor upvotes apart from comments', async () => {
    const authors = ['Bartholomew Featherstonehaugh-Cholmondeley', 'Maximiliane Oberhauser-Wittelsbach', 'Zo'];
    // Every width from a narrow sidebar to a column: somewhere a line ends between two counts.
    for (let width = 160; width <= 400; width += 12) {
      for (const upvotes of [7, 1_234_567]) {
        const card = await fixture<PaperCardElement>(
          html`<paper-card
            style="width: ${width}px"
            .paper=${paper('c', 'Abstract.', { authors, upvotes, comments: 42, published: '2024-06-23', organization: 'A Lab' })}
          ></paper-card>`,
        );
        await card.updateComplete;
        const counts = ['upvotes', 'comments'].map((name) => card.shadowRoot!.querySelector(`[part="${name}"]`)!);
        for (const count of counts) {
          const what = `${width}px ${upvotes}: ${count.getAttribute('part')}`;
          const icon = count.querySelector('svg')!.getBoundingClientRect();
          const range = document.createRange();
          const number = [...count.childNodes].find(
            (node) => node.nodeType === Node.TEXT_NODE && /\d/.test(node.textContent ?? ''),
          )!;
          range.selectNodeContents(number);
          const lines = [...range.getClientRects()].filter((rect) => rect.width > 1);
          expect(lines.length, `${what}: the number on one line`).to.equal(1);
          const middle = (icon.top + icon.bottom) / 2;
          expect(middle, `${what}: the icon on the number's line`).to.be.within(lines[0]!.top, lines[0]!.bottom);
        }
        const [up, comments] = counts.map((count) => count.getBoundingClientRect());
        expect(Math.abs(up!.top - comments!.top), `${width}px ${upvotes}: upvotes and comments together`).to.be.below(
          2,
        );
      }
    }
  });

  it('should keep at least 12 px between text and the card’s edge in a 280 px column', async () => {
    for (const variant of ['full', 'compact']) {
      for (const width of [240, 280, 320]) {
        const card = await fixture<PaperCardElement>(
          html`<paper-card
            style="width: ${width}px"
            variant=${variant}
            .paper=${paper('p', 'Abstract.')}
          ></paper-card>`,
        );
        await card.updateComplete;
        const style = getComputedStyle(card.shadowRoot!.querySelector('article')!);
        for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
          expect(parseFloat(style[`padding${side}`]), `${variant} ${width}px ${side}`).to.be.at.least(12);
        }
      }
    }
    const form = await fixture<SubscribeFormElement>(
      html`<subscribe-form style="width: 280px" action="/echo"></subscribe-form>`,
    );
    await form.updateComplete;
    const banner = getComputedStyle(form.shadowRoot!.querySelector('form')!);
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      expect(parseFloat(banner[`padding${side}`]), `form ${side}`).to.be.at.least(12);
    }
  });
});
