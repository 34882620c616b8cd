import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { SubscribeFormElement, SubscribeFormState } from '../src/subscribe-form/subscribe-form.js';

type Args = Pick<SubscribeFormElement, 'heading' | 'theme' | 'nameField' | 'consent' | 'state'> & {
  /** What the stub endpoint answers when the reader presses Subscribe in the story. */
  answer: SubscribeFormState;
};

/**
 * Every story handles sign-ups itself: a `subscribe-form-submit` listener cancels the event (so
 * nothing is sent) and shows the state the story's `answer` names, as the endpoint would.
 */
function stubEndpoint(answer: SubscribeFormState) {
  return (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as SubscribeFormElement;
    form.state = 'submitting';
    setTimeout(() => {
      form.state = answer;
    }, 600);
  };
}

const meta: Meta<Args> = {
  title: 'Elements/subscribe-form',
  component: 'subscribe-form',
  args: {
    heading: 'Get trending papers in your email inbox!',
    theme: 'light',
    nameField: false,
    consent: '',
    state: 'idle',
    answer: 'success',
  },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    // Read-only on a page; here, to show each state.
    state: {
      control: 'select',
      options: ['idle', 'submitting', 'success', 'pending-confirmation', 'already-subscribed', 'queued', 'error'],
    },
    answer: {
      control: 'select',
      options: ['success', 'pending-confirmation', 'already-subscribed', 'queued', 'error'],
    },
  },
  render: (args) => html`
    <subscribe-form
      heading=${args.heading ?? ''}
      theme=${args.theme}
      consent=${args.consent}
      ?name-field=${args.nameField}
      min-time="0"
      action="/api/subscribe"
      .state=${args.state}
      @subscribe-form-submit=${stubEndpoint(args.answer)}
    >
      <a slot="privacy" href="#privacy">We never share your address.</a>
    </subscribe-form>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Ready for an address. Press Subscribe to see the stub endpoint's `answer`. */
export const Idle: Story = {};

/** The browser's own check (plus a 254-character limit) refused the address: an inline message, nothing sent. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('subscribe-form');
    await form?.updateComplete;
    const input = form?.shadowRoot?.querySelector<HTMLInputElement>('input[type=email]');
    if (!form || !input) return;
    input.value = 'not-an-email';
    form.shadowRoot?.querySelector('button')?.click();
  },
};

/** Sending: the button is disabled, so a double click sends once. */
export const Submitting: Story = { args: { state: 'submitting' } };

/** The provider accepted the address. */
export const Success: Story = { args: { state: 'success' } };

/** Double opt-in, or an answer the page may not read (a cross-origin provider): "check your inbox". */
export const PendingConfirmation: Story = {
  name: 'Pending confirmation',
  args: { state: 'pending-confirmation' },
};

/** The provider answered 409. */
export const AlreadySubscribed: Story = {
  name: 'Already subscribed',
  args: { state: 'already-subscribed' },
};

/** Offline or no answer: the sign-up waits in the outbox and is sent once the reader is back. */
export const Queued: Story = { args: { state: 'queued' } };

/** The provider failed; what the reader typed stays in the field. */
export const ErrorState: Story = { name: 'Error', args: { state: 'error', answer: 'error' } };

/** With the optional name field and a consent box that must be ticked. */
export const NameAndConsent: Story = {
  name: 'Name and consent',
  args: { nameField: true, consent: 'I agree to receive the daily digest and can unsubscribe at any time.' },
};

/** The built-in dark palette. */
export const Dark: Story = { args: { theme: 'dark' }, globals: { backgrounds: { value: 'dark' } } };
