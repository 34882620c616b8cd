import { defaultDatabaseName } from '../src/data/store/storage.js';

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
export function deleteDatabase(name: string = defaultDatabaseName): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => {
      resolve();
    };
    request.onerror = () => {
      reject(request.error ?? new Error(`Could not delete ${name}`));
    };
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

/** The next event of `type` on `target`, typed from the global event map. Set it up before the action. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return new Promise((resolve) => {
    target.addEventListener(
      type,
      (event) => {
        resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { once: true },
    );
  });
}

export interface RecordedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** An endpoint on the test server that records what is posted to it, and a way to read that back. */
export function recordingEndpoint(): { url: string; lastRequest: () => Promise<RecordedRequest | null> } {
  const url = `${location.origin}/echo?key=${crypto.randomUUID()}`;
  return {
    url,
    lastRequest: async () => (await fetch(url)).json() as Promise<RecordedRequest | null>,
  };
}

/** Opens `path` in an iframe of the test page, as a reader's browser would load it. Remove it after the test. */
export async function openFrame(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  frame.width = '1200';
  frame.height = '900';
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  document.body.append(frame);
  await loaded;
  return frame;
}

export interface RequestStats {
  requests: number;
  aborted: number;
  /** Answered 2xx: sign-ups the endpoint accepted. */
  delivered: number;
  lastUrl?: string;
  /** The Idempotency-Key header of each delivered request. */
  keys: string[];
  /** The Idempotency-Key header of every request, answered or not. */
  sentKeys: string[];
}

/** How many requests the test server had for fixture URLs with this `key`, how many were cut off by the client, and how many it answered 2xx. */
export async function requestStats(key: string): Promise<RequestStats> {
  return (await fetch(`/fixture-stats?key=${encodeURIComponent(key)}`)).json() as Promise<RequestStats>;
}

/** Turns the test server's switch `name` on or off: fixture URLs with `down=name` drop the connection while it is off. */
export async function setSwitch(name: string, up: boolean): Promise<void> {
  await fetch(`/fixture-switch?name=${encodeURIComponent(name)}&up=${up ? 1 : 0}`);
}
