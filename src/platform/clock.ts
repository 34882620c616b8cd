import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One timer for the whole page, however many elements say "Updated 5 minutes ago": each element
 * subscribes while it is connected, and the timer runs only while someone listens.
 */
export class PageClock {
  readonly #period: number;
  readonly #listeners = new Set<() => void>();
  #timer: ReturnType<typeof setInterval> | undefined;

  /** @param period Milliseconds between ticks. */
  constructor(period: number) {
    this.#period = period;
  }

  /** Whether the timer is running: as long as one listener is subscribed. */
  get running(): boolean {
    return this.#timer !== undefined;
  }

  /** How many listeners are subscribed. */
  get size(): number {
    return this.#listeners.size;
  }

  /** Calls `listener` on every tick until the returned function is called. */
  subscribe(listener: () => void): () => void {
    // Wrapped, so the same function subscribed twice is two subscriptions, each ended once.
    const entry = () => {
      listener();
    };
    this.#listeners.add(entry);
    this.#timer ??= setInterval(() => {
      for (const each of [...this.#listeners]) each();
    }, this.#period);
    return () => {
      this.#listeners.delete(entry);
      if (this.#listeners.size === 0 && this.#timer !== undefined) {
        clearInterval(this.#timer);
        this.#timer = undefined;
      }
    };
  }
}

/** The page's minute clock: what every "N minutes ago" in the page is updated by. */
export const pageClock = new PageClock(60_000);

/** Updates its host on every tick of `clock` while the host is connected. */
export class ClockController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #clock: PageClock;
  #unsubscribe: (() => void) | undefined;

  constructor(host: ReactiveControllerHost, clock = pageClock) {
    this.#host = host;
    this.#clock = clock;
    host.addController(this);
  }

  hostConnected(): void {
    this.#unsubscribe ??= this.#clock.subscribe(() => {
      this.#host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }
}
