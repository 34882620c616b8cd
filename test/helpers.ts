import { defaultCacheName } from '../src/data/store/feed-cache.js';

/** A URL on the test server (test/server/fixture-middleware.mjs) for a file in test/fixtures. */
export function fixtureUrl(name: string, query: Record<string, string | number> = {}): string {
  const url = new URL(`/fixture/${name}`, location.origin);
  for (const [key, value] of Object.entries(query)) url.searchParams.append(key, String(value));
  return url.href;
}

/** A database name no other test uses. */
export function uniqueName(prefix = 'paper-feed-test'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/**
 * Deletes a database. Our connections close themselves when asked, so this completes; a
 * connection that did not give way would hold it until the test times out. (WebKit fires
 * `blocked` even for connections that close in their `versionchange` handler, so that event alone
 * is no failure.)
 */
export function deleteDatabase(name: string = defaultCacheName): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
  });
}

/** Resolves when `check` returns true, polling each animation frame; rejects after `timeout` ms. */
export async function until(check: () => boolean, timeout = 5000, what = 'condition'): Promise<void> {
  const deadline = performance.now() + timeout;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}
