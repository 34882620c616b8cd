import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PaperCardElement } from '../src/paper-card/paper-card.js';
import { expect } from 'storybook/test';
import { samplePaper } from './sample.js';
import { partText, the } from './story-helpers.js';

const meta: Meta<PaperCardElement> = {
  title: 'Elements/paper-card',
  component: 'paper-card',
  args: { theme: 'light' },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    // A whole paper as an editable JSON tree is taller than the page: the stories show papers instead.
    paper: { control: false },
    strings: { control: false },
    linkTarget: { control: 'text' },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
  },
  render: (args) => html`<paper-card theme=${args.theme} .paper=${args.paper}></paper-card>`,
};
export default meta;

type Story = StoryObj<PaperCardElement>;

/** A paper as a feed hands it over, through the `.paper` property. */
export const Full: Story = {
  args: { paper: samplePaper(0) },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'title')).toBe(samplePaper(0).title);
    await expect(partText(card, 'authors')).toContain('Ching-An Cheng');
    await expect(card.shadowRoot?.querySelector('[part~="abstract"]')).not.toBeNull();
  },
};

/** The built-in dark palette. */
export const Dark: Story = {
  args: { paper: samplePaper(5), theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(card.getAttribute('theme')).toBe('dark');
    // The card's surface is dark, native controls included; the host leaves the page's scheme alone.
    const article = card.shadowRoot?.querySelector('article');
    await expect(article && getComputedStyle(article).colorScheme).toBe('dark');
  },
};

/**
 * A published paper from a scholarly catalogue: its venue (the `venue` part) and how often it is
 * cited (the `citations` part), counted in the page's language; a date known only to the month.
 */
export const Published: Story = {
  args: {
    paper: {
      ...samplePaper(2),
      published: '2024-03',
      venue: 'Transactions on Machine Learning Research',
      citations: 1234,
      doi: '10.5555/tmlr.2024.0042',
      source: 'crossref',
    },
  },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'venue')).toBe('Transactions on Machine Learning Research');
    await expect(partText(card, 'citations')).toBe('1,234 citations');
  },
};

/** Title and one line of details, for sidebars and dense lists. */
export const Compact: Story = {
  render: () => html`<paper-card variant="compact" .paper=${samplePaper(6)}></paper-card>`,
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'title')).toBe(samplePaper(6).title);
    await expect(card.shadowRoot?.querySelector('[part~="abstract"]')).toBeNull();
  },
};

/** The AI summary comes first; the abstract is one toggle away. */
export const WithAiSummary: Story = {
  name: 'With AI summary',
  args: {
    paper: {
      ...samplePaper(0),
      aiSummary: 'Trace optimizes whole AI workflows by back-propagating rich feedback through their execution graphs.',
      codeUrl: 'https://github.com/microsoft/Trace',
      githubStars: 612,
    },
  },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'summary')).toContain('back-propagating rich feedback');
  },
};

/** Right-to-left text in a right-to-left page, names isolated so punctuation stays put. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () =>
    html`<div lang="ar" dir="rtl">
      <paper-card
        .paper=${{
          ...samplePaper(2),
          title: 'نماذج اللغة الكبيرة لتلخيص الأوراق البحثية (LLM)',
          abstract: 'نقدم طريقة لتلخيص الأوراق البحثية باستخدام نماذج اللغة الكبيرة، ونقيسها على 27 ورقة.',
          authors: ['سارة أحمد', 'Ada Lovelace', 'محمد علي', 'Alan Turing'],
        }}
      ></paper-card>
    </div>`,
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(getComputedStyle(card).direction).toBe('rtl');
    await expect(partText(card, 'title')).toContain('نماذج اللغة');
  },
};

/** An 800-character URL as the title and TeX in the abstract, in a 280 px sidebar: it wraps. */
export const LongText: Story = {
  name: 'Long text',
  render: () =>
    html`<div style="width: 280px">
      <paper-card
        .paper=${{
          ...samplePaper(3),
          title: `https://example.org/${'a'.repeat(800)}`,
          abstract: String.raw`$\mathcal{O}(n^2)$ ` + samplePaper(3).abstract,
        }}
      ></paper-card>
    </div>`,
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    // Wrapped, not overflowing the 280 px column.
    await expect(card.getBoundingClientRect().width).toBeLessThanOrEqual(280);
    await expect(card.scrollWidth).toBeLessThanOrEqual(card.clientWidth);
  },
};

/** Only a title: nothing empty is left where the other fields would be. */
export const MissingFields: Story = {
  name: 'Missing fields',
  args: {
    paper: { id: 'x-1', title: 'A paper with only a title', abstract: '', authors: [], tags: [], source: 'rss' },
  },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'title')).toBe('A paper with only a title');
    for (const part of ['authors', 'date', 'abstract', 'thumbnail', 'upvotes']) {
      await expect(card.shadowRoot?.querySelector(`[part~="${part}"]`)).toBeNull();
    }
  },
};

/** A blogger's card: attributes, with the abstract as text content, readable before the script loads. */
export const Standalone: Story = {
  render: () => html`
    <paper-card
      href="https://huggingface.co/papers/2110.15032"
      heading="OneFlow: Redesign the Distributed Deep Learning Framework from Scratch"
      authors="Jinhui Yuan, Xinqi Li, Cheng Cheng, Juncheng Liu, Ran Guo"
      published="2021-10-28"
      pdf="https://arxiv.org/pdf/2110.15032"
      code="https://github.com/Oneflow-Inc/oneflow"
    >
      We present OneFlow, a novel distributed training framework based on an SBP (split, broadcast and partial-value)
      abstraction and the actor model.
    </paper-card>
  `,
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(partText(card, 'title')).toBe(
      'OneFlow: Redesign the Distributed Deep Learning Framework from Scratch',
    );
    await expect(partText(card, 'authors')).toContain('Jinhui Yuan');
    const links = [...(card.shadowRoot?.querySelectorAll<HTMLAnchorElement>('[part~="link"]') ?? [])];
    await expect(links.map((link) => link.href)).toContain('https://arxiv.org/pdf/2110.15032');
  },
};

/** The toolbar's "Brand palette": the card themed by the page's `--paper-*` custom properties alone. */
export const BrandPalette: Story = {
  name: 'Brand palette',
  args: { paper: samplePaper(1) },
  globals: { theme: 'brand' },
  play: async ({ canvasElement }) => {
    const card = the(canvasElement, 'paper-card');
    await card.updateComplete;
    await expect(getComputedStyle(card).getPropertyValue('--paper-color-accent').trim()).toBe('#8a5a00');
    await expect(getComputedStyle(card).fontFamily).toContain('Georgia');
  },
};
