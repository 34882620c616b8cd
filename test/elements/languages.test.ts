import { expect, fixture, html } from '@open-wc/testing';
import type { Paper } from '../../src/data/paper.js';
import { ar } from '../../src/i18n/ar.js';
import { de } from '../../src/i18n/de.js';
import { en, type Strings } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';
import { zh } from '../../src/i18n/zh.js';
import '../../src/define.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import type { SubscribeFormElement } from '../../src/subscribe-form/subscribe-form.js';
import { deleteDatabase, fixtureUrl, until, uniqueName } from '../helpers.js';

const paper: Paper = {
  id: '2406.16218',
  title: 'Trace is the New AutoDiff',
  abstract: 'An abstract long enough to be clamped. '.repeat(12),
  authors: ['Ching-An Cheng', 'Allen Nie', 'Adith Swaminathan', 'Fourth Author', 'Fifth Author'],
  upvotes: 12,
  url: 'https://huggingface.co/papers/2406.16218',
  tags: [],
  source: 'hugging-face',
};

const translations: [string, Strings][] = [
  ['de', de],
  ['fr', fr],
  ['es', es],
  ['zh', zh],
  ['ar', ar],
];

const part = (root: Element, name: string) => root.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
const words = (element: Element | null | undefined) => spaced(element?.textContent ?? '');

async function feedIn(lang: string, src: string): Promise<PaperFeedElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang}><paper-feed no-cache limit="2" src=${src}></paper-feed></div>`,
  );
  const feed = wrapper.querySelector('paper-feed')!;
  await until(() => feed.state !== 'loading', 8000, 'the feed to settle');
  await feed.updateComplete;
  return feed;
}

describe('the interface in six languages', () => {
  afterEach(() => deleteDatabase());

  for (const [lang, strings] of translations) {
    it(`should render a card, a feed and a form in ${lang}`, async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <paper-card .paper=${paper}></paper-card>
          <subscribe-form action="/echo"></subscribe-form>
        </div>`,
      );
      const card = wrapper.querySelector<PaperCardElement>('paper-card')!;
      const form = wrapper.querySelector<SubscribeFormElement>('subscribe-form')!;
      await card.updateComplete;
      await form.updateComplete;
      expect(strings.cardShowMore).to.not.equal(en.cardShowMore);
      expect(words(part(card, 'toggle'))).to.equal(strings.cardShowMore);
      expect(words(part(card, 'authors')!.querySelector('button'))).to.equal(strings.cardMoreAuthors(2));
      expect(words(part(card, 'upvotes'))).to.contain(strings.cardUpvotes);
      expect(words(part(form, 'button'))).to.equal(strings.formSubmit);
      expect(part(form, 'input')!.getAttribute('placeholder')).to.equal(strings.formPlaceholder);

      const feed = await feedIn(lang, fixtureUrl('daily-papers.json'));
      expect(words(part(feed, 'heading'))).to.equal(strings.feedHeading);
      expect(words(part(feed, 'button'))).to.equal(strings.feedShowMore);
      expect(words(feed.shadowRoot!.querySelector('[role="status"]'))).to.equal(strings.feedLoaded(5));
      await expect(card).to.be.accessible();
    });

    it(`should word a feed's failures in ${lang}`, async () => {
      const errors = strings.feedErrors!;
      const missing = await feedIn(lang, fixtureUrl('daily-papers.json', { status: 404 }));
      expect(words(missing.shadowRoot!.querySelector('.error p'))).to.equal(errors['not-found'](''));
      const unsafe = await feedIn(lang, 'javascript:alert(1)');
      expect(words(unsafe.shadowRoot!.querySelector('.error p'))).to.equal(errors['unsafe-url'](''));
      const unreadable = await feedIn(lang, fixtureUrl('not-json.txt'));
      expect(words(unreadable.shadowRoot!.querySelector('.error p'))).to.equal(errors.unrecognized(''));
      const waiting = await feedIn(
        lang,
        fixtureUrl('daily-papers.json', { status: 429, header: 'Retry-After:120', key: uniqueName() }),
      );
      const wait = new Intl.NumberFormat(lang, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(2);
      // A wait the server named is worded as when to try again.
      expect(words(waiting.shadowRoot!.querySelector('.error p'))).to.equal(spaced(strings.feedWait(wait)));
      // The live region says the same as the page.
      expect(words(waiting.shadowRoot!.querySelector('[role="status"]'))).to.equal(spaced(strings.feedWait(wait)));
      const unnamed = await feedIn(lang, fixtureUrl('daily-papers.json', { status: 429, key: uniqueName() }));
      expect(words(unnamed.shadowRoot!.querySelector('.error p'))).to.equal(errors['rate-limited'](''));
    });
  }

  it('should keep English the data layer’s own failure message', async () => {
    const feed = await feedIn('en', fixtureUrl('daily-papers.json', { status: 404 }));
    expect(words(feed.shadowRoot!.querySelector('.error p'))).to.equal('There is no feed at this address (HTTP 404).');
  });

  it('should take the language of the closest lang ancestor, across shadow roots, by its primary tag', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="fr">
        <section lang="es-MX"><paper-card .paper=${paper}></paper-card></section>
        <section lang="zh-Hans-CN"><paper-card .paper=${paper}></paper-card></section>
        <section lang="fr-CA"><paper-card .paper=${paper}></paper-card></section>
        <section lang="pt"><paper-card .paper=${paper}></paper-card></section>
        <section><paper-card lang="de" .paper=${paper}></paper-card></section>
        <div class="host"></div>
      </div>`,
    );
    const host = wrapper.querySelector('.host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<paper-card></paper-card>';
    const inShadow = root.querySelector<PaperCardElement>('paper-card')!;
    inShadow.paper = paper;
    const cards = [...wrapper.querySelectorAll<PaperCardElement>('paper-card'), inShadow];
    await Promise.all(cards.map((card) => card.updateComplete));
    expect(cards.map((card) => words(part(card, 'toggle')))).to.deep.equal([
      es.cardShowMore,
      zh.cardShowMore,
      fr.cardShowMore,
      en.cardShowMore,
      de.cardShowMore,
      fr.cardShowMore,
    ]);
  });

  it('should join authors as the page’s language joins a list, keeping a space before "+N more" in plain text', async () => {
    const joined = async (lang: string) => {
      const card = (await fixture<HTMLElement>(html`<div lang=${lang}><paper-card .paper=${paper}></paper-card></div>`))
        .firstElementChild as PaperCardElement;
      await card.updateComplete;
      // The text as read: the button's label without the white space around it inside the button.
      return [...part(card, 'authors')!.childNodes]
        .filter((node) => !(node instanceof Comment))
        .map((node) => (node instanceof HTMLButtonElement ? node.textContent.trim() : node.textContent))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
    };
    expect(await joined('en')).to.equal('Ching-An Cheng, Allen Nie, Adith Swaminathan, +2 more');
    expect(await joined('de')).to.equal('Ching-An Cheng, Allen Nie, Adith Swaminathan und +2 weitere');
    expect(await joined('zh')).to.equal(`Ching-An Cheng、Allen Nie、Adith Swaminathan、${zh.cardMoreAuthors(2)}`);
    expect(await joined('ar')).to.equal(`Ching-An Cheng وAllen Nie وAdith Swaminathan و${ar.cardMoreAuthors(2)}`);
    expect(await joined('ar')).to.not.contain(',');
  });

  it('should keep "+2 more" reading left to right on a right-to-left page, and names from reordering each other', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="he" dir="rtl" style="width: 40rem">
        <paper-card
          style="content-visibility: visible"
          .paper=${{ ...paper, authors: ['דנה לוי', 'Ada Lovelace', 'Alan Turing', 'D', 'E'] }}
        ></paper-card>
      </div>`,
    );
    const card = wrapper.querySelector<PaperCardElement>('paper-card')!;
    await card.updateComplete;
    const button = part(card, 'authors')!.querySelector('button')!;
    expect(words(button)).to.equal('+2 more');
    // Where "+" and "m" really are on screen: "+2 more" shown right to left would read "more 2+".
    const bdi = button.querySelector('bdi')!;
    const label = document.createTreeWalker(bdi, NodeFilter.SHOW_TEXT).nextNode() as Text;
    const at = (offset: number) => {
      const range = document.createRange();
      range.setStart(label, offset);
      range.setEnd(label, offset + 1);
      return range.getBoundingClientRect().left;
    };
    const text = label.data;
    expect(at(text.indexOf('+'))).to.be.below(at(text.indexOf('m')));
    expect(part(card, 'authors')!.querySelectorAll('bdi').length).to.equal(4);
  });
});
