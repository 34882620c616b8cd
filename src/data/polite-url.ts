/**
 * The catalogues that serve requests naming a contact address from their faster "polite pool":
 * Crossref (https://api.crossref.org/swagger-ui/index.html, "Etiquette") and OpenAlex
 * (https://docs.openalex.org/how-to-use-the-api/rate-limits-and-authentication).
 */
export const politeHosts: readonly string[] = ['api.crossref.org', 'api.openalex.org'];

/** The most characters of an email address (RFC 5321's path limit). */
const maxAddress = 254;

/** A plausible email address: one `@`, something before it, a dotted domain after it, no blanks. */
export function isMailto(value: string | null | undefined): value is string {
  if (!value || value.length > maxAddress || /\s/.test(value)) return false;
  const at = value.indexOf('@');
  if (at < 1 || at !== value.lastIndexOf('@')) return false;
  const domain = value.slice(at + 1);
  const dot = domain.indexOf('.');
  return dot > 0 && !domain.endsWith('.');
}

/**
 * `url` with `mailto=<address>` added when it asks Crossref's or OpenAlex's API, so the request
 * joins that catalogue's polite pool. Any other address, an invalid `mailto`, or a URL that names
 * its own `mailto` already comes back unchanged: the contact address goes to those two hosts only.
 */
export function politeUrl(url: string, mailto: string | null | undefined): string {
  const address = mailto?.trim();
  if (!isMailto(address)) return url;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const web = parsed.protocol === 'https:' || parsed.protocol === 'http:';
  if (!web || !politeHosts.includes(parsed.hostname) || parsed.searchParams.has('mailto')) return url;
  return withParameter(parsed, 'mailto', address);
}

/**
 * `url` with `name=value` added at the end of its query. The query as written stays as it is:
 * going through `URLSearchParams` would re-encode it (`filter=a:b` → `filter=a%3Ab`).
 */
export function withParameter(url: URL, name: string, value: string): string {
  const added = new URL(url.href);
  added.search = `${added.search ? `${added.search}&` : '?'}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  return added.href;
}
