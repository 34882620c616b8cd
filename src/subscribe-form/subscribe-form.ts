import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Outbox, OutboxItem } from '../data/subscribe/outbox.js';
import { endpointOf, type ProviderOptions } from '../data/subscribe/providers.js';
import type { SignUpOutcome } from '../data/subscribe/send-sign-up.js';
import { LanguageController } from '../i18n/language-controller.js';
import { formStringsFor, type FormStrings } from '../i18n/strings.js';
import { attributeOf, baseURI, inputIn, rootNodeOf } from '../platform/dom.js';
import { readForm, type FormProblem } from './read-form.js';
import { SignUpController, type FailureProblem, type Submission } from './sign-up-controller.js';
import {
  SubscribeFormErrorEvent,
  SubscribeFormQueuedEvent,
  SubscribeFormSubmitEvent,
  SubscribeFormSuccessEvent,
} from './subscribe-form.events.js';
import { subscribeFormStyles } from './subscribe-form.styles.js';
import { ownForm, statusLine } from './subscribe-form.templates.js';
import { version } from '../version.js';

/** The form's life cycle, reflected as the `state` attribute. */
export type SubscribeFormState =
  'idle' | 'submitting' | 'success' | 'pending-confirmation' | 'already-subscribed' | 'queued' | 'error';

type Problem = FormProblem | FailureProblem;

const messages: Partial<Record<SubscribeFormState, keyof FormStrings>> = {
  success: 'formSuccess',
  'pending-confirmation': 'formPending',
  'already-subscribed': 'formAlready',
  error: 'formError',
};

const done = new Set<SubscribeFormState>(['success', 'pending-confirmation', 'already-subscribed']);

const ms = (value: number, fallback: number) => (Number.isFinite(value) && value >= 0 ? value : fallback);

/**
 * An email sign-up form for the site owner's own provider: progressive enhancement of a plain
 * `<form>`, an IndexedDB outbox so no sign-up is lost or sent twice, and honest messages.
 *
 * Without a light-DOM `<form>` child it renders its own form. With one (`<form action method="post">`
 * and an `<input type="email">`), that form works before and without the script, and once the
 * element upgrades it is enhanced in place: sent with `fetch`, with the states and the outbox.
 * A light-DOM input with `data-honeypot` is treated as a honeypot.
 *
 * @summary "Get trending papers in your email inbox!" — a sign-up form for any provider.
 * @tag subscribe-form
 *
 * @slot - A plain `<form>` to enhance (it works without JavaScript), or `<input type="hidden">`s that travel with every sign-up.
 * @slot privacy - A link to the privacy policy, shown under the form.
 *
 * @fires {SubscribeFormSubmitEvent} subscribe-form-submit - Before sending; cancel it to handle the sign-up yourself.
 * @fires {SubscribeFormSuccessEvent} subscribe-form-success - The provider accepted the sign-up (or the reader was already subscribed).
 * @fires {SubscribeFormQueuedEvent} subscribe-form-queued - Offline, no answer, or the service answered 5xx / 429: the sign-up waits in the outbox.
 * @fires {SubscribeFormErrorEvent} subscribe-form-error - The sign-up failed; the typed address stays.
 *
 * @csspart heading - The heading.
 * @csspart form - The `<form>`.
 * @csspart label - The labels of the email and name fields.
 * @csspart input - The email input (and the name input, which also has part `name`).
 * @csspart name - The name input (`name-field`).
 * @csspart consent - The consent checkbox and its text (`consent`).
 * @csspart button - The Subscribe button.
 * @csspart status - The message after submitting: the one polite live region.
 *
 * @cssprop [--subscribe-form-background=var(--paper-color-surface-subtle, #f6f8fa)] - Background of the banner.
 * @cssprop [--subscribe-form-radius=var(--paper-radius-m, 0.75rem)] - Corner radius of the banner.
 * @cssprop [--subscribe-form-button-background=var(--paper-color-accent, #0969da)] - Button colour.
 * @cssprop [--paper-color-control-border=#818b98] - Edge of the text fields (at least 3:1 against the field and the banner).
 */
export class SubscribeFormElement extends LitElement {
  static override styles = subscribeFormStyles;

  /** This copy's version: a second copy on the page warns when it differs. */
  static readonly version = version;

  /** `generic` (default), `buttondown`, `kit` or `mailchimp`: whose embed form the request copies. */
  @property() provider = 'generic';

  /**
   * Where sign-ups go. `generic`: your endpoint; `mailchimp`: the list's post URL
   * (`https://<dc>.list-manage.com/subscribe/post?u=…&id=…`); `buttondown` and `kit`: overrides
   * their endpoint (a relay of your own). Defaults to the light-DOM form's `action`.
   */
  @property() action = '';

  /** Buttondown: the newsletter's username. */
  @property() username = '';

  /** Kit (ConvertKit): the form id. */
  @property({ attribute: 'form-id' }) formId = '';

  /** `generic`: request body encoding, `json` or `form` (urlencoded); default `json`, `form` when enhancing a light-DOM form. */
  @property() encoding?: 'json' | 'form';

  /** `generic`: the email field's name in the request; default `email`, or the light-DOM input's name. */
  @property() field?: string;

  /** The heading above the form; default "Get trending papers in your email inbox!" in the page's language. */
  @property() heading?: string;

  /** Shows an optional name field, sent as the provider's first-name field. */
  @property({ attribute: 'name-field', type: Boolean }) nameField = false;

  /** The text of a consent checkbox ("I agree to receive…"); when set, it must be ticked to sign up. */
  @property() consent = '';

  /** Milliseconds the form must have been on screen before a sign-up is sent; one submitted sooner is held until then (default 2000). */
  @property({ attribute: 'min-time', type: Number }) minTime = 2000;

  /** Milliseconds to wait for an answer before the reader is told the sign-up is queued; the request goes on (default 10000). */
  @property({ type: Number }) timeout = 10_000;

  /**
   * Colour scheme of the form's surface: `light` (the default), `dark` or `auto`. In a feed's
   * `footer` slot, the feed's `theme` when the form has none of its own.
   */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  /** Keeps the field labels for screen readers only; by default they show above the fields. */
  @property({ attribute: 'label-hidden', type: Boolean }) labelHidden = false;

  /** The page's own wording for any of the form's strings; the rest follow the page language. */
  @property({ attribute: false }) strings?: Partial<FormStrings>;

  /** The outbox sign-ups wait in; unset, one shared IndexedDB database, `paper-feed-outbox`, loaded when first needed. */
  @property({ attribute: false }) outbox?: Outbox;

  /** The current state. Read-only; reflected for CSS and tests. */
  @property({ reflect: true }) state: SubscribeFormState = 'idle';

  /** What the reader must fix, or why nothing could be queued; shown in the live region. */
  @state() private problem?: Problem | undefined;

  /** Why the sign-up is `queued`: the reader is offline, or the service answered "not now" (5xx, 429). */
  @state() private queuedBy: 'formQueued' | 'formRetrying' = 'formQueued';

  readonly #signUps = new SignUpController(this);
  #shownAt = 0;

  constructor() {
    super();
    // A light-DOM form's submit bubbles to the host; the shadow form's does not leave its root.
    this.addEventListener('submit', this.#submit);
    this.addController({ hostConnected: () => (this.#shownAt = performance.now()) });
  }

  /** @internal Where this form's sign-ups go: the controller flushes the outbox for it. */
  endpoint(): string | undefined {
    return endpointOf(this.#options(), baseURI());
  }

  /** @internal A sign-up from an earlier visit still waits: the form says so instead of looking idle. */
  waiting({ email, failure }: OutboxItem): void {
    if (this.state !== 'idle') return;
    const input = this.#emailInput();
    if (input && !input.value) input.value = email;
    this.queuedBy = failure === 'unavailable' ? 'formRetrying' : 'formQueued';
    this.state = 'queued';
  }

  /** @internal A sign-up queued earlier was delivered or finally refused. */
  delivered({ email, outcome }: { email: string; outcome: SignUpOutcome }): void {
    if (this.state !== 'idle' && this.state !== 'queued') return;
    const input = this.#emailInput();
    if (input && !input.value) input.value = email;
    this.#answer(email, outcome);
  }

  get #light(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  #emailInput(): HTMLInputElement | null | undefined {
    const form = this.#light ?? this.renderRoot.querySelector('form');
    return form && inputIn(form, 'input[type=email]');
  }

  readonly #language = new LanguageController(this);

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.#language.settled;
    return (await super.getUpdateComplete()) && done;
  }

  protected override render() {
    // Until the page's language has arrived (a few milliseconds): the page's own form, if any, as it is.
    if (!this.#language.ready) return html`<slot></slot>`;
    const text = formStringsFor(this.#language.locale, this.strings);
    const message = this.problem ?? (this.state === 'queued' ? this.queuedBy : messages[this.state]);
    const kind = this.problem ? 'error' : this.state === 'idle' || this.state === 'submitting' ? undefined : this.state;
    const status = statusLine(kind, message && text[message]);
    // The default slot also tells us when a light-DOM form arrives after the upgrade.
    const slot = html`<slot
      @slotchange=${() => {
        this.requestUpdate();
      }}
    ></slot>`;
    if (this.#light) return html`${slot}${status}<slot name="privacy"></slot>`;
    return html`${slot}${ownForm({
      text,
      heading: this.heading ?? text.formHeading,
      nameField: this.nameField,
      consent: this.consent,
      labelHidden: this.labelHidden,
      busy: this.state === 'submitting',
      invalid: this.problem === 'formInvalid' ? 'email' : this.problem === 'formConsent' ? 'consent' : undefined,
      status,
      edited: this.#edited,
      submit: this.#submit,
    })}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Done: the address leaves the field, so the form reads as finished and a second address can follow.
    if (changed.has('state') && done.has(this.state)) {
      const form = this.#light ?? this.renderRoot.querySelector('form');
      for (const input of form?.querySelectorAll<HTMLInputElement>('input[type=email], input[name=name]') ?? []) {
        input.value = '';
      }
    }
  }

  #edited = (): void => {
    this.problem = undefined;
    if (this.state === 'error') this.state = 'idle';
  };

  #options(form = this.#light): ProviderOptions {
    return {
      provider: this.provider,
      action: this.action || (form ? (attributeOf(form, 'action') ?? '') : ''),
      username: this.username,
      formId: this.formId,
      encoding: this.encoding ?? (form ? 'form' : 'json'),
      field: this.field ?? (form && inputIn(form, 'input[type=email]')?.name) ?? 'email',
    };
  }

  #submit = (event: Event): void => {
    const form = event.target as HTMLFormElement;
    const light = form === this.#light;
    if (!light && rootNodeOf(form) !== this.renderRoot) return;
    event.preventDefault();
    if (this.state === 'submitting') return;
    const { email, name, fields, problem, trapped } = readForm(form, light, this);
    this.problem = problem?.key;
    if (problem) {
      problem.control?.focus();
      return;
    }
    if (trapped) {
      // A bot: it is told it succeeded, and nothing is sent.
      this.state = 'success';
      return;
    }
    if (!this.dispatchEvent(new SubscribeFormSubmitEvent({ email, ...(name && { name }), fields }))) return;
    this.state = 'submitting';
    const hold = Math.max(0, this.#shownAt + ms(this.minTime, 2000) - performance.now());
    void this.#signUps.submit({ email, name, fields }, this.#options(light ? form : null), hold).then((submission) => {
      this.#report(email, submission);
    });
  };

  #report(email: string, submission: Submission): void {
    if ('outcome' in submission) {
      this.#answer(email, submission.outcome);
    } else if (submission.queued) {
      this.queuedBy = submission.retrying ? 'formRetrying' : 'formQueued';
      this.state = 'queued';
      this.dispatchEvent(new SubscribeFormQueuedEvent({ email, error: submission.error }));
    } else {
      this.#fail(email, submission.error, submission.problem);
    }
  }

  #answer(email: string, outcome: SignUpOutcome): void {
    if (outcome === 'invalid') {
      this.#fail(email, new Error('The provider refused the address as invalid.'), 'formInvalid');
    } else if (outcome === 'error') {
      this.#fail(email, new Error('The provider refused the sign-up.'));
    } else {
      this.state = outcome;
      this.dispatchEvent(new SubscribeFormSuccessEvent({ email, outcome }));
    }
  }

  #fail(email: string, error: unknown, problem?: Problem): void {
    this.problem = problem;
    this.state = 'error';
    this.dispatchEvent(new SubscribeFormErrorEvent({ email, error }));
  }
}
