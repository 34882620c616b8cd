import { LitElement, adoptStyles, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { Outbox } from '../data/subscribe/outbox.js';
import { LanguageController } from '../i18n/language-controller.js';
import { formStringsFor, type FormStrings } from '../i18n/strings.js';
import { attributeOf } from '../platform/dom.js';
import { themeStyles } from '../styles/theme.js';
import { version } from '../version.js';
import { loadSubscribeForm } from './load-subscribe-form.js';
import type { SubscribeFormController } from './subscribe-form-controller.js';

/** The form's life cycle, reflected as the `state` attribute. */
export type SubscribeFormState =
  'idle' | 'submitting' | 'success' | 'pending-confirmation' | 'already-subscribed' | 'queued' | 'error';

type Implementation = Awaited<ReturnType<typeof loadSubscribeForm>>;

let loading: Promise<Implementation> | undefined;

/** The form's code, loaded once per page; a failed load is tried again by the next form that connects. */
function implementation(): Promise<Implementation> {
  loading ??= loadSubscribeForm().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

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
  static override styles = themeStyles;

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

  /** What does the work (templates, styles, sending), once its code has arrived. */
  #controller: SubscribeFormController | undefined;
  /** Its code could not be loaded: the page's own form works as it does without JavaScript. */
  #missing = false;
  /** A light-DOM form was submitted while the code was on its way, or without it and nowhere to post to. */
  #held: { form: HTMLFormElement; submitter: HTMLElement | null } | undefined;
  #arrival: Promise<void> | undefined;
  readonly #language = new LanguageController(this);

  constructor() {
    super();
    // A light-DOM form's submit bubbles to the host; the shadow form's does not leave its root.
    this.addEventListener('submit', this.#submit);
    this.addController({
      hostConnected: () => {
        this.#load();
      },
    });
  }

  /** Loads the form's code when the first form connects (once per page), then attaches it. */
  #load(): void {
    if (this.#controller) return;
    this.#arrival ??= implementation().then(
      (code) => {
        this.#missing = false;
        // The form's styles go after the theme and before a subclass's own.
        const styles = (this.constructor as typeof LitElement).elementStyles;
        const base = SubscribeFormElement.elementStyles.length;
        adoptStyles(this.renderRoot as ShadowRoot, [
          ...styles.slice(0, base),
          code.subscribeFormStyles,
          ...styles.slice(base),
        ]);
        this.#controller = new code.SubscribeFormController(this);
        this.requestUpdate();
        this.#resubmit();
      },
      (error: unknown) => {
        console.warn(
          'paper-feed: <subscribe-form> could not load its code; a form of the page’s own posts as it does without JavaScript.',
          error,
        );
        this.#missing = true;
        this.#arrival = undefined;
        this.requestUpdate();
        this.#resubmit();
      },
    );
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([this.#language.settled, this.#arrival]);
    return (await super.getUpdateComplete()) && done;
  }

  protected override render() {
    // Until the page's language and the form's code have arrived (a few milliseconds): the page's own form, if any, as it is.
    if (!this.#language.ready) return html`<slot></slot>`;
    const text = formStringsFor(this.#language.locale, this.strings);
    if (this.#controller) return this.#controller.render(text);
    const message = !this.#missing
      ? undefined
      : this.#held
        ? text.formMissing
        : this.#light
          ? undefined
          : text.formUnavailable;
    return html`<slot></slot>${message ? html`<p part="status" role="status">${message}</p>` : nothing}`;
  }

  get #light(): HTMLFormElement | null {
    return this.querySelector('form');
  }

  #submit = (event: SubmitEvent): void => {
    if (this.#controller) {
      this.#controller.submit(event);
      return;
    }
    const form = event.target as HTMLFormElement;
    if (form !== this.#light) return;
    // Without the code, a form with an address of its own posts there, as it does without JavaScript.
    if (this.#missing && attributeOf(form, 'action')) return;
    // Held until the code arrives (or, without an address to post to, kept with the typed address
    // and a message), never posted to the page itself.
    event.preventDefault();
    this.#held = { form, submitter: event.submitter };
    this.requestUpdate();
  };

  /** Submits the held form again, now that the code arrived or is known missing. */
  #resubmit(): void {
    const held = this.#held;
    if (!held || (this.#missing && !attributeOf(held.form, 'action'))) return;
    this.#held = undefined;
    held.form.requestSubmit(held.submitter?.isConnected && held.form.contains(held.submitter) ? held.submitter : null);
  }
}
