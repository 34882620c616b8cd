import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/paper-card/paper-card.define.js';
import type { Paper } from '../../src/data/paper.js';
import { PaperCardElement } from '../../src/paper-card/paper-card.js';

const abstract =
  'We study a class of optimization problems motivated by automating the design and update of AI systems like coding assistants, robots, and copilots. We propose an end-to-end optimization framework, Trace, which treats the computational workflow of an AI system as a graph akin to neural networks.';

const paper: Paper = {
  id: '2406.16218',
  title: 'Trace is the New AutoDiff',
  abstract,
  authors: ['Ching-An Cheng', 'Allen Nie', 'Adith Swaminathan', 'Fourth Author', 'Fifth Author'],
  published: '2024-06-23T00:00:00.000Z',
  upvotes: 1234,
  comments: 3,
  url: 'https://huggingface.co/papers/2406.16218',
  pdfUrl: 'https://arxiv.org/pdf/2406.16218',
  codeUrl: 'https://github.com/microsoft/Trace',
  githubStars: 612,
  organization: 'Microsoft',
  thumbnail: 'https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2406.16218.png',
  tags: [],
  source: 'hugging-face',
};
const bare: Paper = { id: 'x-1', title: 'Only a title', abstract: '', authors: [], tags: [], source: 'rss' };

const part = (card: PaperCardElement, name: string) => card.shadowRoot!.querySelector(`[part~="${name}"]`);
const text = (card: PaperCardElement) => card.shadowRoot!.textContent;
const links = (card: PaperCardElement) =>
  [...card.shadowRoot!.querySelectorAll('[part="link"]')].map((link) => link.textContent.trim().replace(/\s+/g, ' '));

async function card(template: ReturnType<typeof html>): Promise<PaperCardElement> {
  const element = await fixture<HTMLElement>(template);
  const found = element instanceof PaperCardElement ? element : element.querySelector('paper-card')!;
  await found.updateComplete;
  return found;
}

describe('<paper-card>', () => {
  it('should show a paper set as a property', async () => {
    const element = await card(html`<paper-card lang="en-US" .paper=${paper}></paper-card>`);
    const title = part(element, 'title')!;
    expect(title.textContent.trim()).to.equal('Trace is the New AutoDiff');
    expect(title.querySelector('a')?.getAttribute('href')).to.equal(paper.url);
    expect(title.getAttribute('aria-level')).to.equal('3');
    expect(part(element, 'authors')?.textContent)
      .to.contain('Ching-An Cheng, Allen Nie, Adith Swaminathan')
      .and.contain('+2 more');
    expect(part(element, 'date')?.getAttribute('datetime')).to.equal(paper.published);
    expect(part(element, 'date')?.textContent).to.equal('Jun 23, 2024');
    expect(part(element, 'upvotes')?.textContent).to.contain('1.2K').and.contain('upvotes');
    expect(part(element, 'org')?.textContent).to.equal('Microsoft');
    const thumbnail = part(element, 'thumbnail') as HTMLImageElement;
    expect(thumbnail.getAttribute('loading')).to.equal('lazy');
    expect(thumbnail.alt).to.equal('');
    expect(getComputedStyle(thumbnail).aspectRatio).to.equal('16 / 9');
    expect(links(element)).to.deep.equal(['arXiv', 'PDF', 'Code ★ 612 GitHub stars']);
    await expect(element).to.be.accessible();
  });

  it('should leave out every absent field: no empty placeholder, never undefined, null, NaN or Invalid Date', async () => {
    const element = await card(html`<paper-card .paper=${bare}></paper-card>`);
    for (const name of [
      'authors',
      'date',
      'upvotes',
      'comments',
      'org',
      'thumbnail',
      'summary',
      'abstract',
      'toggle',
      'links',
    ]) {
      expect(part(element, name), name).to.equal(null);
    }
    expect(text(element)).to.not.match(/undefined|null|NaN|Invalid Date|\[object/);
    expect(part(element, 'title')!.textContent.trim()).to.equal('Only a title');
    await expect(element).to.be.accessible();
  });

  it('should clamp a long abstract behind a Show more / Show less toggle that works by keyboard', async () => {
    const element = await card(html`<paper-card .paper=${paper}></paper-card>`);
    const toggle = part(element, 'toggle') as HTMLButtonElement;
    expect(part(element, 'abstract')!.classList.contains('clamped')).to.equal(true);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal('abstract');
    await expect(element).to.be.accessible();
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.textContent.trim()).to.equal('Show less');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(part(element, 'abstract')!.classList.contains('clamped')).to.equal(false);
    await expect(element).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(toggle.textContent.trim()).to.equal('Show more');
  });

  it('should expand and collapse the author list by keyboard', async () => {
    const element = await card(html`<paper-card .paper=${paper}></paper-card>`);
    const button = part(element, 'authors')!.querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(part(element, 'authors')!.textContent).to.contain('Fifth Author').and.contain('Fewer authors');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  it('should show the AI summary first and keep the abstract one toggle away', async () => {
    const element = await card(
      html`<paper-card .paper=${{ ...paper, aiSummary: 'Trace optimizes AI workflows.' }}></paper-card>`,
    );
    expect(part(element, 'summary')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'AI summary: Trace optimizes AI workflows.',
    );
    const abstractPart = part(element, 'abstract') as HTMLElement;
    expect(abstractPart.hidden).to.equal(true);
    const toggle = part(element, 'toggle') as HTMLButtonElement;
    expect(toggle.textContent.trim()).to.equal('Show abstract');
    toggle.click();
    await element.updateComplete;
    expect(abstractPart.hidden).to.equal(false);
    expect(abstractPart.textContent.trim()).to.equal(abstract);
  });

  it('should format dates and numbers in the page language, in UTC, and speak German where the page does', async () => {
    const element = await card(html`<div lang="de-DE"><paper-card .paper=${paper}></paper-card></div>`);
    expect(part(element, 'date')?.textContent).to.equal('23.06.2024');
    expect(part(element, 'upvotes')?.textContent).to.contain('1234').and.contain('Upvotes');
    expect(part(element, 'authors')?.textContent).to.contain('+2 weitere');
    expect(part(element, 'toggle')?.textContent.trim()).to.equal('Mehr anzeigen');
    const us = await card(
      html`<div lang="en-US">
        <paper-card .paper=${{ ...paper, published: '2024-06-23T23:30:00.000Z' }}></paper-card>
      </div>`,
    );
    expect(part(us, 'date')?.textContent).to.equal('Jun 23, 2024');
  });

  it('should take the page’s own wording through the strings property', async () => {
    const element = await card(
      html`<paper-card .paper=${paper} .strings=${{ cardShowMore: 'Read on', cardPdf: 'Full text' }}></paper-card>`,
    );
    expect(part(element, 'toggle')?.textContent.trim()).to.equal('Read on');
    expect(links(element)).to.include('Full text');
  });

  it('should build a standalone card from attributes and its text content', async () => {
    const element = await card(html`
      <paper-card
        lang="en-US"
        href="https://huggingface.co/papers/2110.15032"
        heading="OneFlow"
        authors="Jinhui Yuan, Xinqi Li"
        published="2021-10-28"
        upvotes="7"
        thumbnail="/demo/missing.png"
        pdf="https://arxiv.org/pdf/2110.15032"
        >The abstract, readable without JavaScript.</paper-card
      >
    `);
    expect(part(element, 'title')!.textContent.trim()).to.equal('OneFlow');
    expect(part(element, 'authors')!.textContent.trim()).to.equal('Jinhui Yuan, Xinqi Li');
    expect(part(element, 'date')?.getAttribute('datetime')).to.equal('2021-10-28T00:00:00.000Z');
    expect((part(element, 'thumbnail') as HTMLImageElement).src).to.equal(
      new URL('/demo/missing.png', location.href).href,
    );
    expect(element.shadowRoot!.querySelector('[part="abstract"] slot')).to.exist;
    expect(element.textContent.trim()).to.equal('The abstract, readable without JavaScript.');
    expect(element.hasAttribute('title')).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('should drop unsafe URLs and invalid values given as attributes', async () => {
    const element = await card(html`
      <paper-card
        href="javascript:alert(1)"
        heading="Unsafe"
        code="data:text/html,x"
        thumbnail=" JaVaScRiPt:x"
        upvotes="-3"
        published="yesterday"
      ></paper-card>
    `);
    expect(element.shadowRoot!.querySelector('a[href^="javascript"], a[href^="data"], img')).to.equal(null);
    expect(part(element, 'title')?.querySelector('a')).to.equal(null);
    expect(part(element, 'upvotes')).to.equal(null);
    expect(part(element, 'date')).to.equal(null);
  });

  it('should open links in a new tab safely with link-target="_blank", and in the same tab by default', async () => {
    const same = await card(html`<paper-card .paper=${paper}></paper-card>`);
    expect(same.shadowRoot!.querySelector('a[target]')).to.equal(null);
    const element = await card(html`<paper-card link-target="_blank" .paper=${paper}></paper-card>`);
    const anchors = [...element.shadowRoot!.querySelectorAll('a')];
    expect(anchors.length).to.equal(4);
    for (const anchor of anchors) {
      expect(anchor.target).to.equal('_blank');
      expect(anchor.rel).to.equal('noopener noreferrer');
    }
  });

  it('should leave out the parts named in hide', async () => {
    const element = await card(html`<paper-card hide="thumbnail abstract links" .paper=${paper}></paper-card>`);
    for (const name of ['thumbnail', 'abstract', 'toggle', 'links']) expect(part(element, name), name).to.equal(null);
    expect(part(element, 'authors')).to.exist;
  });

  it('should show only the title and one line of details when compact', async () => {
    const element = await card(html`<paper-card variant="compact" .paper=${paper}></paper-card>`);
    for (const name of ['thumbnail', 'abstract', 'toggle', 'links']) expect(part(element, name), name).to.equal(null);
    expect(part(element, 'date')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('should follow theme="dark" with its own dark palette', async () => {
    const element = await card(html`<paper-card theme="dark" .paper=${paper}></paper-card>`);
    expect(getComputedStyle(element.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(13, 17, 23)');
    await expect(element).to.be.accessible();
  });

  it('should take its colours from page tokens', async () => {
    const element = await card(
      html`<div style="--paper-color-surface: rgb(1, 2, 3)"><paper-card .paper=${paper}></paper-card></div>`,
    );
    expect(getComputedStyle(element.shadowRoot!.querySelector('article')!).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('should keep right-to-left text and bidi controls from flipping the text around them', async () => {
    const rtl: Paper = {
      ...paper,
      title: 'مقالة عن التعلم العميق \u202e',
      authors: ['د. سارة', 'Ada Lovelace'],
      abstract: 'ملخص قصير.',
    };
    const element = await card(html`<div lang="ar" dir="rtl"><paper-card .paper=${rtl}></paper-card></div>`);
    expect(part(element, 'title')!.getAttribute('dir')).to.equal('auto');
    expect([...part(element, 'authors')!.querySelectorAll('bdi')].map((name) => name.textContent)).to.deep.equal([
      'د. سارة',
      'Ada Lovelace',
    ]);
    await expect(element).to.be.accessible();
  });

  it('should wrap a 5,000-character unbroken string inside a 280 px column', async () => {
    const long: Paper = {
      ...paper,
      title: `https://example.org/${'a'.repeat(5000)}`,
      abstract: `$\\mathcal{O}(n^2)$ ${'b'.repeat(3000)}`,
    };
    const element = await card(html`<div style="width: 280px"><paper-card .paper=${long}></paper-card></div>`);
    const article = element.shadowRoot!.querySelector('article')!;
    expect(article.scrollWidth).to.be.at.most(article.clientWidth + 1);
    expect(element.getBoundingClientRect().width).to.be.at.most(280);
  });
});
