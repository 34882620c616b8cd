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
