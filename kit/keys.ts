import { withParameter } from '../src/data/polite-url.js';

/**
 * The API keys the kit sends, each read from an environment variable (a CI secret) and never from
 * the command line, a page or a file: how each catalogue wants its key.
 * - OpenAlex: the `api_key` query parameter (https://developers.openalex.org/guides/authentication;
 *   a free key is required for regular use since February 2026).
 * - Semantic Scholar: the `x-api-key` header (https://www.semanticscholar.org/product/api).
 */
export const apiKeys = [
  { variable: 'OPENALEX_API_KEY', host: 'api.openalex.org', parameter: 'api_key' },
  { variable: 'SEMANTIC_SCHOLAR_API_KEY', host: 'api.semanticscholar.org', header: 'x-api-key' },
] as const;

export type Environment = Readonly<Record<string, string | undefined>>;

/** A request with the key its host wants, when the environment holds one. */
export interface KeyedRequest {
  url: string;
  headers: Record<string, string>;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/**
 * `url` with the API key its catalogue wants, from `env`: OpenAlex's as `api_key`, Semantic
 * Scholar's as the `x-api-key` header. Any other host, or no key set, gets nothing.
 */
export function withApiKey(url: string, env: Environment): KeyedRequest {
  const host = hostOf(url);
  for (const key of apiKeys) {
    const value = env[key.variable]?.trim();
    if (!value || host !== key.host) continue;
    if ('header' in key) return { url, headers: { [key.header]: value } };
    const parsed = new URL(url);
    if (parsed.searchParams.has(key.parameter)) return { url, headers: {} };
    return { url: withParameter(parsed, key.parameter, value), headers: {} };
  }
  return { url, headers: {} };
}

/**
 * An OpenAlex address someone wrote with its `api_key` in it, split into the address without the
 * key (what logs, errors and files may show) and the key (sent as if it came from
 * `OPENALEX_API_KEY`). Any other address comes back whole, with no key.
 */
export function splitApiKey(source: string): { source: string; key: string | undefined } {
  if (hostOf(source) !== 'api.openalex.org') return { source, key: undefined };
  const url = new URL(source);
  const key = url.searchParams.get('api_key') ?? undefined;
  if (key === undefined) return { source, key };
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => !new URLSearchParams(pair).has('api_key'));
  url.search = kept.length ? `?${kept.join('&')}` : '';
  return { source: url.href, key: key.trim() || undefined };
}

/** `source` as logs and files may show it: without an OpenAlex `api_key` written into it. */
export const withoutApiKey = (source: string): string => splitApiKey(source).source;
