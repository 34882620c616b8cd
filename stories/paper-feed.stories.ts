import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import { sampleFeedUrl } from './sample.js';

const meta: Meta<PaperFeedElement> = {
  title: 'Elements/paper-feed',
  component: 'paper-feed',
  args: { src: sampleFeedUrl, limit: 3, heading: 'Daily Papers', theme: 'light', noCache: true },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  render: (args) => html`
    <paper-feed
      src=${args.src}
      limit=${args.limit}
      heading=${args.heading}
      theme=${args.theme}
      ?no-cache=${args.noCache}
    >
      <a href="https://huggingface.co/papers">Today's papers on Hugging Face</a>
      <subscribe-form
        slot="footer"
        theme=${args.theme}
        action="/api/subscribe"
        @subscribe-form-submit=${(event: Event) => {
          // Stories never touch the network: the story takes the sign-up itself.
          event.preventDefault();
        }}
      ></subscribe-form>
    </paper-feed>
  `,
};
export default meta;

/** The 27 sample papers from a static copy of a Hugging Face daily-papers response. */
export const Ready: StoryObj<PaperFeedElement> = {};
