import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { sendSignUp } from '../data/subscribe/send-sign-up.js';
import { safeUrl } from '../data/url-safety.js';
import { en } from '../i18n/en.js';
import {
  SubscribeFormErrorEvent,
  SubscribeFormSubmitEvent,
  SubscribeFormSuccessEvent,
} from './subscribe-form.events.js';
import { subscribeFormStyles } from './subscribe-form.styles.js';

/** The form's life cycle, reflected as the `state` attribute. */
export type SubscribeFormState =
  'idle' | 'submitting' | 'success' | 'pending-confirmation' | 'already-subscribed' | 'error';

const maxEmailLength = 254;

const messages: Partial<Record<SubscribeFormState, string>> = {
  success: en.formSuccess,
  'pending-confirmation': en.formPending,
  'already-subscribed': en.formAlready,
  error: en.formError,
};

/**
 * An email sign-up form that posts to the site owner's own endpoint.
 *
 * @summary "Get trending papers in your email inbox!" — a sign-up form for any provider.
 * @tag subscribe-form
 *
 * @slot privacy - A link to the privacy policy, shown under the form.
 *
 * @fires {SubscribeFormSubmitEvent} subscribe-form-submit - Before sending; cancel it to handle the sign-up yourself.
 * @fires {SubscribeFormSuccessEvent} subscribe-form-success - The endpoint accepted the sign-up.
 * @fires {SubscribeFormErrorEvent} subscribe-form-error - The sign-up failed; the typed address stays.
 *
 * @csspart heading - The heading.
 * @csspart form - The `<form>`.
 * @csspart label - The email label.
 * @csspart input - The email input.
 * @csspart button - The Subscribe button.
 * @csspart status - The message after submitting.
 *
 * @cssprop [--subscribe-form-background=var(--paper-color-surface-subtle, #f6f8fa)] - Background of the banner.
 * @cssprop [--subscribe-form-radius=var(--paper-radius-m, 0.75rem)] - Corner radius of the banner.
 * @cssprop [--subscribe-form-button-background=var(--paper-color-accent, #0969da)] - Button colour.
 */
export class SubscribeFormElement extends LitElement {
  static override styles = subscribeFormStyles;

  /** The endpoint sign-ups are POSTed to. */
  @property() action = '';

  /**
   * The heading above the form.
   * @type {string}
   * @default 'Get trending papers in your email inbox!' (in the page's language)
   */
  @property() heading = en.formHeading;

  /** Request body encoding: `json` or `form` (urlencoded). */
  @property() encoding: 'json' | 'form' = 'json';

  /** The name of the email field in the request. */
  @property() field = 'email';

  /** Colour scheme: `light`, `dark` or `auto`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';

  /** The current state. Read-only; reflected for CSS and tests. */
  @property({ reflect: true }) state: SubscribeFormState = 'idle';

  /** The address was refused (by the browser's check or by the endpoint): an inline message says so. */
  @state() private invalid = false;

  @query('input[type=email]') private input!: HTMLInputElement;

  protected override render() {
    const message = this.invalid ? en.formInvalid : messages[this.state];
    return html`
      <form part="form" novalidate @submit=${this.#submit}>
        <p part="heading" class="heading">${this.heading}</p>
        <div class="row">
          <label part="label" class="visually-hidden" for="email">${en.formEmail}</label>
          <input
            part="input"
            id="email"
            type="email"
            name="email"
            autocomplete="email"
            required
            maxlength=${maxEmailLength}
            placeholder=${en.formPlaceholder}
            aria-invalid=${this.invalid ? 'true' : 'false'}
            aria-describedby="status"
            @input=${this.#edited}
          />
          <button part="button" type="submit" ?disabled=${this.state === 'submitting'}>
            ${this.state === 'submitting' ? en.formSubmitting : en.formSubmit}
          </button>
        </div>
        <p part="status" id="status" class="status ${this.state}" role="status" aria-live="polite">
          ${message ?? nothing}
        </p>
        <slot name="privacy"></slot>
      </form>
    `;
  }

  #edited = (): void => {
    this.invalid = false;
    if (this.state === 'error') this.state = 'idle';
  };

  #submit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    if (this.state === 'submitting') return;
    const email = this.input.value.trim();
    this.input.value = email;
    if (email === '' || email.length > maxEmailLength || !this.input.checkValidity()) {
      this.invalid = true;
      this.input.focus();
      return;
    }
    const fields = this.#hiddenFields();
    if (!this.dispatchEvent(new SubscribeFormSubmitEvent({ email, fields }))) return;
    const action = safeUrl(this.action, document.baseURI);
    if (!action) {
      this.#fail(email, new Error('subscribe-form has no valid action URL.'));
      return;
    }
    this.state = 'submitting';
    try {
      const outcome = await sendSignUp(
        action,
        { email, fields },
        {
          encoding: this.encoding === 'form' ? 'form' : 'json',
          field: this.field || 'email',
          idempotencyKey: crypto.randomUUID(),
        },
      );
      if (outcome === 'invalid') {
        this.invalid = true;
        this.#fail(email, new Error('The endpoint refused the address as invalid.'));
      } else if (outcome === 'error') {
        this.#fail(email, new Error('The endpoint refused the sign-up.'));
      } else {
        this.state = outcome;
        this.dispatchEvent(new SubscribeFormSuccessEvent({ email, outcome }));
      }
    } catch (error) {
      this.#fail(email, error);
    }
  };

  #fail(email: string, error: unknown): void {
    this.state = 'error';
    this.dispatchEvent(new SubscribeFormErrorEvent({ email, error }));
  }

  /** Hidden inputs the page author put inside the element travel with every sign-up. */
  #hiddenFields(): Record<string, string> {
    const fields: Record<string, string> = {};
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=hidden][name]')) {
      fields[input.name] = input.value;
    }
    return fields;
  }
}
