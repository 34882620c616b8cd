/** How a sign-up ended, as far as the page can tell. */
export type SignUpOutcome = 'success' | 'pending-confirmation' | 'already-subscribed' | 'invalid' | 'error';

export interface SignUp {
  email: string;
  /** Extra fields sent along (hidden inputs, a name). */
  fields?: Record<string, string>;
}

export interface SendOptions {
  /** `json` (default) or `form` (urlencoded, what providers' own embed forms send). */
  encoding?: 'json' | 'form';
  /** Name of the email field in the request. */
  field?: string;
  signal?: AbortSignal;
  /** One key per sign-up, so a retried request is not counted twice by the endpoint. */
  idempotencyKey?: string;
}

/**
 * Posts one sign-up to `action` and reads the answer the way providers give it: 2xx is success
 * (202 means a confirmation email is on its way), 409 already subscribed, 400/422 an address the
 * provider refused. A response the page may not read (opaque, redirected) is reported as
 * `pending-confirmation`, never as a false error. Network failures reject.
 */
export async function sendSignUp(action: string, signUp: SignUp, options: SendOptions = {}): Promise<SignUpOutcome> {
  const { encoding = 'json', field = 'email', signal, idempotencyKey } = options;
  const values = { ...signUp.fields, [field]: signUp.email };
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const init: RequestInit = { method: 'POST', headers, ...(signal ? { signal } : {}) };
  if (encoding === 'form') {
    init.body = new URLSearchParams(values);
  } else {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(values);
  }
  const response = await fetch(action, init);
  if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.redirected) {
    return 'pending-confirmation';
  }
  if (response.status === 202) return 'pending-confirmation';
  if (response.ok) return 'success';
  if (response.status === 409) return 'already-subscribed';
  if (response.status === 400 || response.status === 422) return 'invalid';
  return 'error';
}
