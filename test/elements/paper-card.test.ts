import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-card/paper-card.define.js';
import type { Paper } from '../../src/data/paper.js';
import type { PaperCardElement } from '../../src/paper-card/paper-card.js';

const paper: Paper = {
  id: '2406.16218',
  title: 'Trace is the New AutoDiff',
  abstract: 'We study a class of optimization problems.',
  authors: ['Ching-An Cheng', 'Allen Nie', 'Adith Swaminathan', 'Fourth Author', 'Fifth Author'],
  published: '2024-06-23T00:00:00.000Z',
  upvotes: 1234,
  comments: 3,
  url: 'https://huggingface.co/papers/2406.16218',
  pdfUrl: 'https://arxiv.org/pdf/2406.16218',
  codeUrl: 'https://github.com/microsoft/Trace',
  organization: 'Microsoft',
  tags: [],
  source: 'hugging-face',
};

const part = (card: PaperCardElement, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);

describe('<paper-card>', () => {
  it('should show a paper set as a property', async () => {
    const card = await fixture<PaperCardElement>(html`<paper-card lang="en-US" .paper=${paper}></paper-card>`);
    const title = part(card, 'title')!;
    expect(title.textContent.trim()).to.equal('Trace is the New AutoDiff');
    expect(title.querySelector('a')?.getAttribute('href')).to.equal(paper.url);
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(part(card, 'authors')?.textContent)
      .to.contain('Ching-An Cheng, Allen Nie, Adith Swaminathan')
      .and.contain('+2 more');
    expect(part(card, 'date')?.getAttribute('datetime')).to.equal(paper.published);
    expect(part(card, 'date')?.textContent).to.equal('Jun 23, 2024');
    expect(part(card, 'upvotes')?.textContent).to.contain('1.2K');
    expect(part(card, 'org')?.textContent).to.equal('Microsoft');
    expect(part(card, 'abstract')?.textContent).to.equal(paper.abstract);
    const links = [...card.shadowRoot!.querySelectorAll('[part="link"]')].map((link) => link.textContent);
    expect(links).to.deep.equal(['Paper', 'PDF', 'Code']);
    await expect(card).to.be.accessible();
  });

  it('should reveal every author on request', async () => {
    const card = await fixture<PaperCardElement>(html`<paper-card .paper=${paper}></paper-card>`);
    part(card, 'authors')!.querySelector('button')!.click();
    await card.updateComplete;
    expect(part(card, 'authors')?.textContent).to.contain('Fifth Author').and.not.contain('more');
  });

  it('should format the date and counts in the page language', async () => {
    const wrapper = await fixture(html`<div lang="de-DE"><paper-card .paper=${paper}></paper-card></div>`);
    const card = wrapper.querySelector('paper-card')!;
    await card.updateComplete;
    expect(part(card, 'date')?.textContent).to.equal('23.06.2024');
    expect(part(card, 'upvotes')?.textContent).to.contain('1234');
  });

  it('should build a standalone card from attributes and its text content', async () => {
    const card = await fixture<PaperCardElement>(html`
      <paper-card
        lang="en-US"
        href="https://huggingface.co/papers/2110.15032"
        heading="OneFlow"
        authors="Jinhui Yuan, Xinqi Li"
        published="2021-10-28"
        upvotes="7"
        pdf="https://arxiv.org/pdf/2110.15032"
        >The abstract, readable without JavaScript.</paper-card
      >
    `);
    expect(part(card, 'title')!.textContent.trim()).to.equal('OneFlow');
    expect(part(card, 'authors')!.textContent.trim()).to.equal('Jinhui Yuan, Xinqi Li');
    expect(part(card, 'date')?.getAttribute('datetime')).to.equal('2021-10-28T00:00:00.000Z');
    expect(card.shadowRoot!.querySelector('[part="abstract"] slot')).to.exist;
    expect(card.textContent.trim()).to.equal('The abstract, readable without JavaScript.');
    expect(card.hasAttribute('title')).to.equal(false);
    await expect(card).to.be.accessible();
  });

  it('should drop unsafe URLs and invalid values given as attributes', async () => {
    const card = await fixture<PaperCardElement>(html`
      <paper-card
        href="javascript:alert(1)"
        heading="Unsafe"
        code="data:text/html,x"
        upvotes="-3"
        published="yesterday"
      ></paper-card>
    `);
    expect(card.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"]')).to.equal(null);
    expect(part(card, 'title')?.querySelector('a')).to.equal(null);
    expect(part(card, 'upvotes')).to.equal(null);
    expect(part(card, 'date')).to.equal(null);
  });

  it('should follow theme="dark" with its own dark palette', async () => {
    const card = await fixture<PaperCardElement>(html`<paper-card theme="dark" .paper=${paper}></paper-card>`);
    const background = getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor;
    expect(background).to.equal('rgb(13, 17, 23)');
    await expect(card).to.be.accessible();
  });

  it('should take its colours from page tokens', async () => {
    const wrapper = await fixture(
      html`<div style="--paper-color-surface: rgb(1, 2, 3)"><paper-card .paper=${paper}></paper-card></div>`,
    );
    const card = wrapper.querySelector('paper-card')!;
    await card.updateComplete;
    expect(getComputedStyle(card.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });
});
