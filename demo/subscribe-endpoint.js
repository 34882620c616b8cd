// @ts-check
// The demo's sign-up endpoint, answering like a real email provider: 201 subscribed, 409 already
// subscribed, 400 invalid email. Used by `npm start` (demo/demo-server.ts) and by the test server.
// A browser posting the plain form without JavaScript (it asks for text/html) gets a small page
// with the same status instead of JSON.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const emailPattern = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** @typedef {{ email: string, at: string, idempotencyKey?: string }} Subscriber */

/**
 * A `(request, response)` handler for `POST /api/subscribe` that keeps sign-ups in a JSON file.
 * Requests are handled one at a time, so two sign-ups never overwrite each other's write.
 * @param {string} storePath
 */
export function subscribeEndpoint(storePath) {
  let queue = Promise.resolve();
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return (request, response) => {
    const handled = queue.then(() => subscribe(storePath, request, response));
    queue = handled.catch(() => undefined);
    return handled;
  };
}

/**
 * @param {string} storePath
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function subscribe(storePath, request, response) {
  const accept = request.headers.accept ?? '';
  const wantsPage = accept.includes('text/html') && !accept.includes('application/json');
  /** @type {typeof send} */
  const answer = wantsPage ? sendPage : send;
  const fields = parseBody(request.headers['content-type'] ?? '', await readBody(request));
  const given = fields.email ?? fields.EMAIL ?? fields.email_address;
  const email = typeof given === 'string' ? given.trim().toLowerCase() : '';
  if (email.length > 254 || !emailPattern.test(email)) {
    answer(response, 400, { error: 'Please enter a valid email address.' });
    return;
  }
  const subscribers = await readSubscribers(storePath);
  const key = request.headers['idempotency-key'];
  const existing = subscribers.find((subscriber) => subscriber.email === email);
  if (existing) {
    // The same submission retried (same key) gets the answer it would have had the first time.
    const retried = typeof key === 'string' && existing.idempotencyKey === key;
    answer(
      response,
      retried ? 201 : 409,
      retried ? { status: 'subscribed' } : { error: 'This address is already subscribed.' },
    );
    return;
  }
  subscribers.push({ email, at: new Date().toISOString(), ...(typeof key === 'string' && { idempotencyKey: key }) });
  await mkdir(dirname(storePath), { recursive: true });
  await writeFile(storePath, `${JSON.stringify(subscribers, null, 2)}\n`);
  answer(response, 201, { status: 'subscribed' });
}

/** @param {import('node:http').IncomingMessage} request @returns {Promise<string>} */
function readBody(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (/** @type {string} */ chunk) => (body += chunk));
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

/** @param {string} contentType @param {string} body @returns {Record<string, unknown>} */
function parseBody(contentType, body) {
  if (contentType.includes('application/json')) {
    try {
      const data = JSON.parse(body);
      return typeof data === 'object' && data !== null ? data : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

/** @param {string} storePath @returns {Promise<Subscriber[]>} */
async function readSubscribers(storePath) {
  try {
    return JSON.parse(await readFile(storePath, 'utf8'));
  } catch {
    return [];
  }
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
function send(response, status, body) {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
function sendPage(response, status, body) {
  const { error } = /** @type {{ error?: string }} */ (body);
  const message = error ?? 'Thanks — you’re subscribed!';
  response
    .writeHead(status, { 'Content-Type': 'text/html; charset=utf-8' })
    .end(
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>Newsletter</title><p>${message}</p><p><a href="/demo/">Back to the blog</a></p></html>\n`,
    );
}
