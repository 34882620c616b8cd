import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Where the demo keeps its sign-ups (git-ignored). */
const storePath = resolve(import.meta.dirname, '../.data/subscribers.json');
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Subscriber {
  email: string;
  at: string;
  idempotencyKey?: string;
}

/**
 * The demo's local back end for `npm start`: `/` opens the demo page, and `POST /api/subscribe`
 * answers like a real email provider — 201 subscribed, 409 already subscribed, 400 invalid email —
 * storing sign-ups in `.data/subscribers.json`.
 */
export function demoServer(): Plugin {
  return {
    name: 'paper-feed-demo-server',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.writeHead(302, { Location: '/demo/' }).end();
        } else if (request.url === '/api/subscribe' && request.method === 'POST') {
          subscribe(request, response).catch(next);
        } else {
          next();
        }
      });
    },
  };
}

async function subscribe(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const fields = parseBody(request.headers['content-type'] ?? '', await readBody(request));
  const given = fields.email ?? fields.EMAIL ?? fields.email_address;
  const email = typeof given === 'string' ? given.trim().toLowerCase() : '';
  if (!emailPattern.test(email) || email.length > 254) {
    send(response, 400, { error: 'Please enter a valid email address.' });
    return;
  }
  const subscribers = await readSubscribers();
  const key = request.headers['idempotency-key'];
  const existing = subscribers.find((subscriber) => subscriber.email === email);
  if (existing) {
    // The same submission retried (same key) gets the answer it would have had the first time.
    const retried = typeof key === 'string' && existing.idempotencyKey === key;
    send(
      response,
      retried ? 201 : 409,
      retried ? { status: 'subscribed' } : { error: 'This address is already subscribed.' },
    );
    return;
  }
  subscribers.push({ email, at: new Date().toISOString(), ...(typeof key === 'string' && { idempotencyKey: key }) });
  await mkdir(dirname(storePath), { recursive: true });
  await writeFile(storePath, `${JSON.stringify(subscribers, null, 2)}\n`);
  send(response, 201, { status: 'subscribed' });
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      done(body);
    });
    request.on('error', fail);
  });
}

function parseBody(contentType: string, body: string): Record<string, unknown> {
  if (contentType.includes('application/json')) {
    try {
      const data: unknown = JSON.parse(body);
      return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(body));
}

async function readSubscribers(): Promise<Subscriber[]> {
  try {
    return JSON.parse(await readFile(storePath, 'utf8')) as Subscriber[];
  } catch {
    return [];
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}
