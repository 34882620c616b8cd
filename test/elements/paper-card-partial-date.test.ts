import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-card/paper-card.define.js';
import type { Paper } from '../../src/data/paper.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';

// Catalogues (Crossref, Semantic Scholar) know many papers' dates only to the year or the month.
const paper = (published: string): Paper => ({
  id: '10.1234/x',
  title: 'A paper',
  abstract: '',
  authors: [],
  tags: [],
  source: 'crossref',
  published,
});

async function date(published: string, lang: string): Promise<Element> {
  const card = await fixture<PaperCardElement>(html`<paper-card lang=${lang} .paper=${paper(published)}></paper-card>`);
  await card.updateComplete;
  return card.shadowRoot!.querySelector('[part~="date"]')!;
}

describe('<paper-card> with a date of reduced precision', () => {
  it('should show a year as a year and a month as a month, with a valid datetime', async () => {
    const year = await date('2021', 'en-US');
    expect(year.textContent).to.equal('2021');
    expect(year.getAttribute('datetime')).to.equal('2021');
    const month = await date('2021-03', 'en-US');
    expect(month.textContent).to.equal('Mar 2021');
    expect(month.getAttribute('datetime')).to.equal('2021-03');
    expect((await date('2021-03', 'de-DE')).textContent).to.equal('März 2021');
  });
});
