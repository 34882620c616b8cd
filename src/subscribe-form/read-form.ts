import { inputIn } from '../platform/dom.js';

const maxEmailLength = 254;

/** What the reader must fix before anything is sent. */
export type FormProblem = 'formInvalid' | 'formConsent';

/** A submitted form, read the same way whether it is the element's own or the page's light-DOM one. */
export interface FormReading {
  /** The address, trimmed (and written back trimmed). */
  email: string;
  name?: string | undefined;
  fields: Record<string, string>;
  /** What to fix, and the control to focus for it. */
  problem?: { key: FormProblem; control: HTMLInputElement | null } | undefined;
  /** The honeypot was filled in. */
  trapped: boolean;
}

/**
 * Reads `form`. The element's own form has `#name`, `input[name=consent]` and the `#website`
 * honeypot, and takes the host's light-DOM hidden inputs along; a light-DOM form sends all its
 * fields as the native post would, but the email and an `input[data-honeypot]`. Emails pass the
 * browser's own validity check and a 254-character limit.
 */
export function readForm(form: HTMLFormElement, light: boolean, host: Element): FormReading {
  const input = inputIn(form, 'input[type=email]');
  const email = input?.value.trim() ?? '';
  if (input) input.value = email;
  const consent = light ? null : inputIn(form, 'input[name=consent]');
  const trap = inputIn(form, light ? 'input[data-honeypot]' : '#website');
  const fields: Record<string, string> = {};
  const reading: FormReading = { email, fields, trapped: Boolean(trap?.value) };
  if (!input || !email || email.length > maxEmailLength || !input.checkValidity()) {
    reading.problem = { key: 'formInvalid', control: input };
  } else if (consent && !consent.checked) {
    reading.problem = { key: 'formConsent', control: consent };
  }
  if (light) {
    for (const [key, value] of new FormData(form)) {
      if (key !== input?.name && key !== trap?.name && typeof value === 'string') fields[key] = value;
    }
  } else {
    reading.name = inputIn(form, '#name')?.value.trim();
    for (const hidden of host.querySelectorAll<HTMLInputElement>('input[type=hidden][name]')) {
      fields[hidden.name] = hidden.value;
    }
    if (consent) fields.consent = 'yes';
  }
  return reading;
}
