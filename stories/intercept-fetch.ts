/** One story's stand-in for the network: requests whose URL starts with `prefix` get `respond()`. */
interface Route {
  prefix: string;
  respond: () => Promise<Response>;
}

const routes: Route[] = [];
let unmocked: typeof fetch | undefined;

/**
 * Answers `fetch` for URLs starting with `prefix` in the page until the returned cleanup runs:
 * stories use it to serve a feed, hold a request open (the loading state) or be offline (the stale
 * state) without any network. A docs page renders all of a file's stories at once, so every story
 * adds a route of its own (give each its own URL) to one shared `fetch`, and its cleanup removes
 * only that route; the page's own `fetch` comes back when the last one goes.
 */
export function interceptFetch(prefix: string, respond: () => Promise<Response>): () => void {
  const route: Route = { prefix, respond };
  routes.push(route);
  if (!unmocked) {
    const original = globalThis.fetch;
    unmocked = original;
    globalThis.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      // The longest prefix is the most specific route.
      const match = routes
        .filter((candidate) => url.startsWith(candidate.prefix))
        .reduce<Route | undefined>(
          (best, candidate) => (best && best.prefix.length >= candidate.prefix.length ? best : candidate),
          undefined,
        );
      return match ? match.respond() : original(input, init);
    };
  }
  return () => {
    const index = routes.indexOf(route);
    if (index !== -1) routes.splice(index, 1);
    if (routes.length === 0 && unmocked) {
      globalThis.fetch = unmocked;
      unmocked = undefined;
    }
  };
}
