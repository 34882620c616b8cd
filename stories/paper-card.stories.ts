import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PaperCardElement } from '../src/paper-card/paper-card.js';
import { samplePaper } from './sample.js';

const meta: Meta<PaperCardElement> = {
  title: 'Elements/paper-card',
  component: 'paper-card',
  args: { theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  render: (args) => html`<paper-card theme=${args.theme} .paper=${args.paper}></paper-card>`,
};
export default meta;

type Story = StoryObj<PaperCardElement>;

/** A paper as a feed hands it over, through the `.paper` property. */
export const Full: Story = { args: { paper: samplePaper(0) } };

/** The built-in dark palette. */
export const Dark: Story = {
  args: { paper: samplePaper(5), theme: 'dark' },
  globals: { backgrounds: { value: 'dark' } },
};

/** Title and one line of details, for sidebars and dense lists. */
export const Compact: Story = {
  render: () => html`<paper-card variant="compact" .paper=${samplePaper(6)}></paper-card>`,
};

/** The AI summary comes first; the abstract is one toggle away. */
export const WithAiSummary: Story = {
  args: {
    paper: {
      ...samplePaper(0),
      aiSummary: 'Trace optimizes whole AI workflows by back-propagating rich feedback through their execution graphs.',
      codeUrl: 'https://github.com/microsoft/Trace',
      githubStars: 612,
    },
  },
};

/** Right-to-left text in a right-to-left page, names isolated so punctuation stays put. */
export const RightToLeft: Story = {
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
};

/** A 5,000-character URL as the title and TeX in the abstract, in a 280 px sidebar: it wraps. */
export const LongText: Story = {
  render: () =>
    html`<div style="width: 280px">
      <paper-card
        .paper=${{
          ...samplePaper(3),
          title: `https://example.org/${'a'.repeat(5000)}`,
          abstract: String.raw`$\mathcal{O}(n^2)$ ` + samplePaper(3).abstract,
        }}
      ></paper-card>
    </div>`,
};

/** Only a title: nothing empty is left where the other fields would be. */
export const MissingFields: Story = {
  args: {
    paper: { id: 'x-1', title: 'A paper with only a title', abstract: '', authors: [], tags: [], source: 'rss' },
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
};
