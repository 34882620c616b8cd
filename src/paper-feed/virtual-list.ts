import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadVirtualizer } from './load-virtualizer.js';
import type { Virtualizer } from './virtualizer.js';

/** Above this many cards, only the ones near the viewport are in the DOM. */
export const virtualThreshold = 200;
// Shown while the virtualizer loads: enough to fill a screen, few enough to render at once.
const firstScreen = 12;

/**
 * Keeps a long list bounded: the host renders `range(items)` into one container and calls
 * `attach(container)` after each update; the virtualizer (loaded on first use) watches the scroll
 * position and the cards' sizes and says which slice belongs in the DOM. When it cannot be loaded
 * (a self-hosted copy without its file), {@link available} turns false and the host renders the
 * plain list instead: every card shown, none cut off silently.
 */
export class VirtualListController<T> implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #container: HTMLElement | undefined;
  #virtualizer: Virtualizer | undefined;
  #items: readonly T[] = [];
  #first = 0;
  #last = firstScreen - 1;
  #connected = false;
  #failed = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Whether a long list can be virtual: false once the virtualizer failed to load. */
  get available(): boolean {
    return !this.#failed;
  }

  /** The slice of `items` to render now, and the position of its first item in `items`. */
  range(items: readonly T[]): { slice: readonly T[]; start: number } {
    this.#items = items;
    const first = Math.min(this.#first, Math.max(0, items.length - 1));
    return { slice: items.slice(first, this.#last + 1), start: first };
  }

  /** Hands over the rendered container (`undefined` when the list is short enough to render whole). */
  attach(container: HTMLElement | undefined): void {
    if (container !== this.#container) {
      this.#virtualizer?.disconnected();
      this.#virtualizer = undefined;
      this.#container = container;
      this.#first = 0;
      this.#last = firstScreen - 1;
      if (container) void this.#start(container);
    } else if (this.#virtualizer && this.#virtualizer.items !== this.#items) {
      this.#virtualizer.items = this.#items as unknown[];
    }
  }

  hostConnected(): void {
    this.#connected = true;
    this.#virtualizer?.connected();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#virtualizer?.disconnected();
  }

  async #start(container: HTMLElement): Promise<void> {
    let loaded: Awaited<ReturnType<typeof loadVirtualizer>>;
    try {
      loaded = await loadVirtualizer();
    } catch (error) {
      // Said once for the site's owner; the reader gets the plain list.
      console.warn('paper-feed: the virtualizer could not be loaded; showing the plain list.', error);
      this.#failed = true;
      this.#host.requestUpdate();
      return;
    }
    const { Virtualizer, flow } = loaded;
    if (container !== this.#container) return;
    container.addEventListener('rangeChanged', (event) => {
      this.#first = event.first;
      this.#last = event.last;
      this.#host.requestUpdate();
    });
    this.#virtualizer = new Virtualizer({ hostElement: container, layout: flow() });
    this.#virtualizer.items = this.#items as unknown[];
    // A feed removed while the virtualizer loaded gets it connected only if it comes back: a
    // connected virtualizer listens to the window, which would keep the feed alive for ever.
    if (this.#connected) this.#virtualizer.connected();
  }
}
