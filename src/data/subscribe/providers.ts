/** The email providers `<subscribe-form>` knows the plain embed forms of. */
export type Provider = 'generic' | 'buttondown' | 'kit' | 'mailchimp';

/** Where and how to send sign-ups: the element's attributes, as given. */
export interface ProviderOptions {
  provider?: string | undefined;
  /** `generic`: the endpoint. `mailchimp`: the list's post URL. Others: overrides the provider's endpoint. */
  action?: string | undefined;
  /** Buttondown: the newsletter's username. */
  username?: string | undefined;
  /** Kit (ConvertKit): the form id. */
  formId?: string | undefined;
  /** `generic`: `json` or `form`. */
  encoding?: string | undefined;
  /** `generic`: the email field's name. */
  field?: string | undefined;
}

/** One reader's sign-up, before it is shaped for a provider. */
export interface SignUp {
  email: string;
  name?: string | undefined;
  /** Extra fields sent along as they are (hidden inputs, the light-DOM form's other fields). */
  fields?: Record<string, string> | undefined;
}

/** A sign-up shaped for its provider: what is POSTed, and where. Plain data, so the outbox can keep it. */
export interface SignUpRequest {
  url: string;
  encoding: 'json' | 'form';
  body: Record<string, string>;
  /**
   * Whether the endpoint answers cross-origin reads. Providers' embed endpoints do not: they get a
   * CORS-safe request (`no-cors`, no custom headers) and an opaque answer means "check your inbox".
   */
  cors: boolean;
}

/**
 * The attributes cannot make a sign-up: nothing is sent, and the message (for the site's owner)
 * names the attribute to fix.
 */
export class SignUpConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SignUpConfigError';
  }
}

/** `value` as an absolute http(s) URL, or `undefined`: fetch needs nothing more (it runs no `javascript:`). */
function httpUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

// A Buttondown username or a Kit form id goes into the endpoint's path: letters, digits, `_` and `-`
// only, so no `.`/`..`, `/`, `?`, `#` or `%`-encoded form of them can move the sign-up elsewhere.
const pathPart = /^[\w-]{1,100}$/;

// Names a JSON body or a form field cannot carry as an own key in every reader of it: `__proto__`
// sets a plain object's prototype instead (the address would be lost).
const reservedField = '__proto__';

export function providerOf(name: string | undefined): Provider {
  return name === 'buttondown' || name === 'kit' || name === 'mailchimp' ? name : 'generic';
}

/** What is wrong with the attributes, in words for the site's owner, or `undefined` when they can make a sign-up. */
export function configProblem(options: ProviderOptions, base: string): string | undefined {
  const provider = providerOf(options.provider);
  const action = options.action?.trim();
  if (action && !httpUrl(action, base)) return `subscribe-form: action="${action}" is not an http(s) URL.`;
  if (!action && provider === 'buttondown' && !pathPart.test(options.username ?? '')) {
    return 'subscribe-form: provider="buttondown" needs username="…" of letters, digits, "_" and "-" only (or an action URL).';
  }
  if (!action && provider === 'kit' && !pathPart.test(options.formId ?? '')) {
    return 'subscribe-form: provider="kit" needs form-id="…" of letters, digits, "_" and "-" only (or an action URL).';
  }
  if (!action && (provider === 'generic' || provider === 'mailchimp')) {
    return `subscribe-form: provider="${provider}" needs an action URL (the action attribute, or a light-DOM form's action).`;
  }
  if (provider === 'generic' && options.field === reservedField) {
    return `subscribe-form: field="${reservedField}" cannot carry the address; name the email field something else.`;
  }
  return undefined;
}

/** The URL sign-ups go to, or `undefined` when the attributes do not make one ({@link configProblem} says why). */
export function endpointOf(options: ProviderOptions, base: string): string | undefined {
  if (configProblem(options, base)) return undefined;
  const action = httpUrl(options.action?.trim(), base);
  switch (providerOf(options.provider)) {
    case 'buttondown':
      return action ?? `https://buttondown.com/api/emails/embed-subscribe/${options.username ?? ''}`;
    case 'kit':
      return action ?? `https://app.convertkit.com/forms/${options.formId ?? ''}/subscriptions`;
    case 'mailchimp': {
      // Mailchimp's script embed posts to /subscribe/post-json with a JSONP callback; the plain
      // form posts to /subscribe/post, which needs no script the page's CSP must allow.
      const url = new URL((action ?? '').replace('/subscribe/post-json', '/subscribe/post'));
      url.searchParams.delete('c');
      return url.href;
    }
    default:
      return action;
  }
}

/**
 * Builds the request the provider's own plain embed form sends (see PROVIDERS.md): Buttondown
 * `email` + `embed=1`, Kit `email_address` + `fields[first_name]`, Mailchimp `EMAIL` + `FNAME` and
 * its empty bot field `b_<u>_<id>`, all form-encoded; `generic` sends JSON or form fields named by
 * `field`, plus `name` (form-encoded to another origin, CORS-safe like a plain form). Throws a
 * {@link SignUpConfigError} when the attributes cannot make one, so nothing is sent without the
 * address.
 */
export function buildRequest(options: ProviderOptions, signUp: SignUp, base: string): SignUpRequest {
  const problem = configProblem(options, base);
  const url = endpointOf(options, base);
  if (problem || !url) throw new SignUpConfigError(problem ?? 'subscribe-form has no valid action URL.');
  const { email, name } = signUp;
  // No prototype: a field named `constructor`, `toString` or `__proto__` is a field like any other.
  const body: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, signUp.fields);
  const named = (key: string) => {
    if (name) body[key] = name;
  };
  const provider = providerOf(options.provider);
  switch (provider) {
    case 'buttondown':
      body.email = email;
      body.embed = '1';
      named('metadata__name');
      break;
    case 'kit':
      body.email_address = email;
      named('fields[first_name]');
      break;
    case 'mailchimp': {
      const query = new URL(url).searchParams;
      body.EMAIL = email;
      named('FNAME');
      body[`b_${query.get('u') ?? ''}_${query.get('id') ?? ''}`] = '';
      break;
    }
    default:
      // An empty field name falls back too.
      // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
      body[options.field || 'email'] = email;
      named('name');
      if (options.encoding !== 'form') return { url, encoding: 'json', body, cors: true };
      // Form-encoded to another origin is what a plain form posts: sent the same CORS-safe way, so
      // an endpoint that allows no cross-origin reads still receives it.
      return { url, encoding: 'form', body, cors: new URL(url).origin === new URL(base).origin };
  }
  return { url, encoding: 'form', body, cors: false };
}
