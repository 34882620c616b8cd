import { html, type ReactiveController } from 'lit';
import type { OutboxItem } from '../data/subscribe/outbox.js';
import { endpointOf, type ProviderOptions } from '../data/subscribe/providers.js';
import type { SignUpOutcome } from '../data/subscribe/send-sign-up.js';
import type { FormStrings } from '../i18n/strings.js';
import { attributeOf, baseURI, inputIn, rootNodeOf } from '../platform/dom.js';
import { readForm, type FormProblem } from './read-form.js';
import { SignUpController, type FailureProblem, type Submission } from './sign-up-controller.js';
import {
  SubscribeFormErrorEvent,
  SubscribeFormQueuedEvent,
  SubscribeFormSubmitEvent,
  SubscribeFormSuccessEvent,
} from './subscribe-form.events.js';
import { ownForm, statusLine } from './subscribe-form.templates.js';
import type { SubscribeFormElement, SubscribeFormState } from './subscribe-form.js';

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
 * Everything a `<subscribe-form>` does beyond holding its properties: its shadow DOM, reading and
 * checking a submitted form, the sign-up's life cycle in the element's `state`, the messages and
 * events. Loaded on need with the form's templates and styles (load-subscribe-form.ts: in the
 * script-tag bundle, the sibling file paper-feed-subscribe.<hash>.js), then attached to each form.
 */
export class SubscribeFormController implements ReactiveController {
  readonly #host: SubscribeFormElement;
  /** What the reader must fix, or why nothing could be queued; shown in the live region. */
  #problem: Problem | undefined;
  /** Why the sign-up is `queued`: the reader is offline, or the service answered "not now" (5xx, 429). */
  #queuedBy: 'formQueued' | 'formRetrying' = 'formQueued';
  #shownAt = performance.now();
  #shownState: SubscribeFormState;
  readonly #signUps: SignUpController;

  constructor(host: SubscribeFormElement) {
    this.#host = host;
    this.#shownState = host.state;
    this.#signUps = new SignUpController(host, {
      endpoint: () => endpointOf(this.#options(), baseURI()),
      waiting: (item) => {
        this.#waiting(item);
      },
      delivered: ({ email, outcome }) => {
        this.#delivered(email, outcome);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.#shownAt = performance.now();
  }

  hostUpdated(): void {
    // Done: the address leaves the field, so the form reads as finished and a second address can follow.
    const state = this.#host.state;
    if (state !== this.#shownState && done.has(state)) {
      for (const input of this.#form()?.querySelectorAll<HTMLInputElement>('input[type=email], input[name=name]') ??
        []) {
        input.value = '';
      }
    }
    this.#shownState = state;
  }

  /** The shadow DOM for `text` (the form's strings in the page's language). */
  render(text: FormStrings) {
    const host = this.#host;
    const problem = this.#problem;
    const message = problem ?? (host.state === 'queued' ? this.#queuedBy : messages[host.state]);
    const kind = problem ? 'error' : host.state === 'idle' || host.state === 'submitting' ? undefined : host.state;
    const status = statusLine(kind, message && text[message]);
    // The default slot also tells us when a light-DOM form arrives after the upgrade.
    const slot = html`<slot
      @slotchange=${() => {
        host.requestUpdate();
      }}
    ></slot>`;
    if (this.#light) return html`${slot}${status}<slot name="privacy"></slot>`;
    return html`${slot}${ownForm({
      text,
      heading: host.heading ?? text.formHeading,
      nameField: host.nameField,
      consent: host.consent,
      labelHidden: host.labelHidden,
      busy: host.state === 'submitting',
      invalid: problem === 'formInvalid' ? 'email' : problem === 'formConsent' ? 'consent' : undefined,
      status,
      edited: this.#edited,
      submit: this.submit,
    })}`;
  }

  /** Handles a submit of the page's light-DOM form (it bubbles to the host) or of the element's own. */
  readonly submit = (event: Event): void => {
    const host = this.#host;
    const form = event.target as HTMLFormElement;
    const light = form === this.#light;
    if (!light && rootNodeOf(form) !== host.renderRoot) return;
    event.preventDefault();
    if (host.state === 'submitting') return;
    const { email, name, fields, problem, trapped } = readForm(form, light, host);
    this.#setProblem(problem?.key);
    if (problem) {
      problem.control?.focus();
      return;
    }
    if (trapped) {
      // A bot: it is told it succeeded, and nothing is sent.
      host.state = 'success';
      return;
    }
    if (!host.dispatchEvent(new SubscribeFormSubmitEvent({ email, ...(name && { name }), fields }))) return;
    host.state = 'submitting';
    const hold = Math.max(0, this.#shownAt + ms(host.minTime, 2000) - performance.now());
    void this.#signUps.submit({ email, name, fields }, this.#options(light ? form : null), hold).then((submission) => {
      this.#report(email, submission);
    });
  };

  get #light(): HTMLFormElement | null {
    return this.#host.querySelector('form');
  }

  #form(): HTMLFormElement | null {
    return this.#light ?? this.#host.renderRoot.querySelector('form');
  }

  #emailInput(): HTMLInputElement | null | undefined {
    const form = this.#form();
    return form && inputIn(form, 'input[type=email]');
  }

  #setProblem(problem: Problem | undefined): void {
    this.#problem = problem;
    this.#host.requestUpdate();
  }

  #setQueued(by: 'formQueued' | 'formRetrying'): void {
    this.#queuedBy = by;
    this.#host.state = 'queued';
    this.#host.requestUpdate();
  }

  /** A sign-up from an earlier visit still waits: the form says so instead of looking idle. */
  #waiting({ email, failure }: OutboxItem): void {
    if (this.#host.state !== 'idle') return;
    const input = this.#emailInput();
    if (input && !input.value) input.value = email;
    this.#setQueued(failure === 'unavailable' ? 'formRetrying' : 'formQueued');
  }

  /** A sign-up queued earlier was delivered or finally refused. */
  #delivered(email: string, outcome: SignUpOutcome): void {
    if (this.#host.state !== 'idle' && this.#host.state !== 'queued') return;
    const input = this.#emailInput();
    if (input && !input.value) input.value = email;
    this.#answer(email, outcome);
  }

  #edited = (): void => {
    this.#setProblem(undefined);
    if (this.#host.state === 'error') this.#host.state = 'idle';
  };

  #options(form = this.#light): ProviderOptions {
    const host = this.#host;
    return {
      provider: host.provider,
      action: host.action || (form ? (attributeOf(form, 'action') ?? '') : ''),
      username: host.username,
      formId: host.formId,
      encoding: host.encoding ?? (form ? 'form' : 'json'),
      field: host.field ?? (form && inputIn(form, 'input[type=email]')?.name) ?? 'email',
    };
  }

  #report(email: string, submission: Submission): void {
    if ('outcome' in submission) {
      this.#answer(email, submission.outcome);
    } else if (submission.queued) {
      this.#setQueued(submission.retrying ? 'formRetrying' : 'formQueued');
      this.#host.dispatchEvent(new SubscribeFormQueuedEvent({ email, error: submission.error }));
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
      this.#host.state = outcome;
      this.#host.dispatchEvent(new SubscribeFormSuccessEvent({ email, outcome }));
    }
  }

  #fail(email: string, error: unknown, problem?: Problem): void {
    this.#setProblem(problem);
    this.#host.state = 'error';
    this.#host.dispatchEvent(new SubscribeFormErrorEvent({ email, error }));
  }
}
