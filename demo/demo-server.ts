import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { dailyPapersEndpoint } from './daily-papers-endpoint.js';
import { subscribeEndpoint } from './subscribe-endpoint.js';

/**
 * The demo's local back end for `npm start`: `/` opens the demo page, `POST /api/subscribe`
 * stores sign-ups in `.data/subscribers.json` (git-ignored), and `GET /api/daily-papers?url=…`
 * answers the feed's Hugging Face requests from the sample days in `demo/data/days/`.
 */
export function demoServer(): Plugin {
  const subscribe = subscribeEndpoint(resolve(import.meta.dirname, '../.data/subscribers.json'));
  const dailyPapers = dailyPapersEndpoint(resolve(import.meta.dirname, 'data/days'));
  return {
    name: 'paper-feed-demo-server',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.writeHead(302, { Location: '/demo/' }).end();
        } else if (request.url === '/api/subscribe' && request.method === 'POST') {
          subscribe(request, response).catch(next);
        } else if (request.url?.startsWith('/api/daily-papers?') && request.method === 'GET') {
          dailyPapers(request, response).catch(next);
        } else {
          next();
        }
      });
    },
  };
}
