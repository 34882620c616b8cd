import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SubscribeFormElement } from '../src/subscribe-form/subscribe-form.js';

const meta: Meta<SubscribeFormElement> = {
  title: 'Elements/subscribe-form',
  component: 'subscribe-form',
  args: { heading: 'Get trending papers in your email inbox!', theme: 'light' },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  // The story handles sign-ups itself (a cancelled `subscribe-form-submit`), so nothing is sent.
  render: (args) => html`
    <subscribe-form
      heading=${args.heading}
      theme=${args.theme}
      action="/api/subscribe"
      @subscribe-form-submit=${(event: Event) => {
        event.preventDefault();
      }}
    >
      <a slot="privacy" href="#privacy">We never share your address.</a>
    </subscribe-form>
  `,
};
export default meta;

export const Idle: StoryObj<SubscribeFormElement> = {};
