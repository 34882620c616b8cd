import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import type { FormStrings } from '../i18n/strings.js';

// The pieces of <subscribe-form>'s shadow DOM, as functions of what they show. The element owns
// every state and every handler; these only turn values into markup.

/** What the status line says, which decides its icon and colour. */
export type StatusKind = 'error' | 'success' | 'pending-confirmation' | 'already-subscribed' | 'queued';

// A shape as well as a colour tells the messages apart (WCAG 1.4.1): a reader who cannot tell red
// from green still sees "!" for a problem, a tick for done, "i" for "already subscribed".
const icons: Record<StatusKind, SVGTemplateResult> = {
  error: svg`<circle cx="8" cy="8" r="7"></circle><rect x="7" y="3.5" width="2" height="6"></rect><rect x="7" y="10.8" width="2" height="2"></rect>`,
  success: svg`<circle cx="8" cy="8" r="7"></circle><polyline points="4.6,8.2 7,10.5 11.4,5.8"></polyline>`,
  'pending-confirmation': svg`<circle cx="8" cy="8" r="7"></circle><polyline points="4.6,8.2 7,10.5 11.4,5.8"></polyline>`,
  'already-subscribed': svg`<circle cx="8" cy="8" r="7"></circle><rect x="7" y="6.8" width="2" height="5.8"></rect><rect x="7" y="3.5" width="2" height="2"></rect>`,
  queued: svg`<circle cx="8" cy="8" r="7"></circle><polyline points="8,4.2 8,8 10.6,9.6"></polyline>`,
};

/**
 * The one polite live region. Empty (class `quiet`), CSS takes it out of the layout, while it stays
 * in the accessibility tree for the next message.
 */
export function statusLine(kind: StatusKind | undefined, message: string | undefined) {
  return html`<p
    part="status"
    id="status"
    class="status ${kind && message ? kind : 'quiet'}"
    role="status"
    aria-live="polite"
  >
    ${
      kind && message
        ? html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true">${icons[kind]}</svg><span>${message}</span>`
        : nothing
    }
  </p>`;
}

export interface OwnForm {
  text: FormStrings;
  heading: string;
  nameField: boolean;
  consent: string;
  /** The labels above the fields (default), or only for screen readers (`label-hidden`). */
  labelHidden: boolean;
  busy: boolean;
  /** The control the reader must fix, if any: it gets `aria-invalid` and points at the status. */
  invalid: 'email' | 'consent' | undefined;
  status: unknown;
  edited: () => void;
  submit: (event: Event) => void;
}

/** The element's own form: heading, labelled fields, Subscribe, consent, honeypot and status. */
export function ownForm(form: OwnForm) {
  const { text, invalid } = form;
  const label = form.labelHidden ? 'visually-hidden' : 'label';
  return html`<form part="form" novalidate @submit=${form.submit}>
    <p part="heading" class="heading">${form.heading}</p>
    <div class="row">
      ${
        form.nameField
          ? html`<div class="field">
              <label part="label" class=${label} for="name">${text.formName}</label>
              <input part="input name" id="name" name="name" autocomplete="name" placeholder=${text.formName} />
            </div>`
          : nothing
      }
      <div class="field">
        <label part="label" class=${label} for="email">${text.formEmail}</label>
        <input
          part="input"
          id="email"
          type="email"
          name="email"
          autocomplete="email"
          required
          maxlength="254"
          placeholder=${text.formPlaceholder}
          aria-invalid=${invalid === 'email' ? 'true' : 'false'}
          aria-describedby=${invalid === 'email' ? 'status' : nothing}
          @input=${form.edited}
        />
      </div>
      <button part="button" type="submit" ?disabled=${form.busy}>
        ${form.busy ? text.formSubmitting : text.formSubmit}
      </button>
    </div>
    ${
      form.consent
        ? html`<label part="consent" class="consent">
            <input
              type="checkbox"
              name="consent"
              value="yes"
              required
              aria-invalid=${invalid === 'consent' ? 'true' : 'false'}
              aria-describedby=${invalid === 'consent' ? 'status' : nothing}
              @change=${form.edited}
            />
            ${form.consent}
          </label>`
        : nothing
    }
    <div class="bot" aria-hidden="true">
      <label for="website">${text.formBot}</label>
      <input id="website" name="website" tabindex="-1" autocomplete="off" />
    </div>
    ${form.status}
    <slot name="privacy"></slot>
  </form>`;
}
