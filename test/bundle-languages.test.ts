import { expect } from '@open-wc/testing';
import { ar } from '../src/i18n/ar.js';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import { openFrame, until } from './helpers.js';

// dist/paper-feed.js (npm test builds it first) carries English; every other language is a sibling
// file, dist/paper-feed-lang-<language>.js, that only pages in that language fetch.

type Page = Window & typeof globalThis & { uncaught: string[] };

const languageFiles = (page: Window) =>
  page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('paper-feed-lang-'))
    // The name's content hash (paper-feed-lang-fr.1a2b3c4d.js) set aside.
    .map((path) => path.replace(/\.[\w-]{8}\.js$/, '.js'));

async function open(query: string): Promise<{ frame: HTMLIFrameElement; page: Page; texts: () => string[] }> {
  const frame = await openFrame(`/test/pages/language-bundle.html?${query}`);
  const page = frame.contentWindow as Page;
  const feed = () => page.document.querySelector('paper-feed')!;
  await until(() => feed().shadowRoot?.querySelectorAll('paper-card').length === 2, 10_000, 'the cards');
  await until(
    () => !!page.document.querySelector('paper-card')!.shadowRoot?.querySelector('article'),
    8000,
    'the card',
  );
  const form = () => page.document.querySelector('subscribe-form')!;
  // The form's button (or, without the form's code beside the bundle, its message).
  await until(() => !!form().shadowRoot?.querySelector('button[type="submit"], [part="status"]'), 8000, 'the form');
  const texts = () => [
    feed().shadowRoot!.querySelector('[part="heading"]')!.textContent.trim(),
    feed().shadowRoot!.querySelector('.more')!.textContent.trim(),
    page.document.querySelector('paper-card')!.shadowRoot!.querySelector('.authors button')!.textContent.trim(),
    form().shadowRoot!.querySelector('button[type="submit"]')?.textContent.trim() ??
      form().shadowRoot!.querySelector('[part="status"]')!.textContent.trim(),
  ];
  return { frame, page, texts };
}

describe('dist/paper-feed.js in other languages', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('should show English at once and fetch no language file on an English page', async () => {
    const opened = await open('lang=en-GB');
    frame = opened.frame;
    expect(opened.texts()).to.deep.equal(['Daily Papers', 'Show more papers', '+2 more', 'Subscribe']);
    expect(languageFiles(opened.page)).to.deep.equal([]);
    expect(opened.page.uncaught).to.deep.equal([]);
  });

  for (const [lang, strings, file] of [
    ['fr-FR', fr, 'fr'],
    ['ar', ar, 'ar'],
  ] as const) {
    it(`should fetch only paper-feed-lang-${file}.js beside the bundle on a page in ${lang}`, async () => {
      const opened = await open(`lang=${lang}`);
      frame = opened.frame;
      expect(opened.texts()).to.deep.equal([
        strings.feedHeading,
        strings.feedShowMore,
        strings.cardMoreAuthors(2),
        strings.formSubmit,
      ]);
      expect(languageFiles(opened.page)).to.deep.equal([`/dist/paper-feed-lang-${file}.js`]);
      expect(opened.page.uncaught).to.deep.equal([]);
    });
  }

  it('should fall back to English, with nothing uncaught, when the language file is missing beside the bundle', async function () {
    this.timeout(20_000);
    const opened = await open('lang=de&from=/bundle-alone/');
    frame = opened.frame;
    // The form's code is not beside the bundle either: its message, in English too.
    expect(opened.texts()).to.deep.equal(['Daily Papers', 'Show more papers', '+2 more', en.formUnavailable]);
    expect(languageFiles(opened.page)).to.deep.equal(['/bundle-alone/paper-feed-lang-de.js']);
    expect(opened.page.uncaught).to.deep.equal([]);
  });
});
