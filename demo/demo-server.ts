import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { subscribeEndpoint } from './subscribe-endpoint.js';

/**
 * The demo's local back end for `npm start`: `/` opens the demo page, and `POST /api/subscribe`
 * stores sign-ups in `.data/subscribers.json` (git-ignored).
 */
export function demoServer(): Plugin {
  const subscribe = subscribeEndpoint(resolve(import.meta.dirname, '../.data/subscribers.json'));
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
