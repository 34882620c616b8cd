import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One `<source src="…" format="…">` child of a feed, as its attributes say it. */
export interface SourceAttributes {
  src: string;
  format: string;
}

const same = (a: readonly SourceAttributes[], b: readonly SourceAttributes[]) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The `<source>` children of a feed, read when it connects and again whenever they change — added,
 * removed, or their `src` or `format` set — so that a framework rendering them after the element
 * (or changing them later) is followed. The host updates only when the list really changed.
 */
export class SourcesController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;
  #sources: readonly SourceAttributes[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The sources, in document order; empty when the feed has no `<source>` children. */
  get sources(): readonly SourceAttributes[] {
    return this.#sources;
  }

  hostConnected(): void {
    this.#read();
    this.#observer ??= new MutationObserver(() => {
      if (this.#read()) this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['src', 'format'],
    });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** Reads the children again; true when the list changed. */
  #read(): boolean {
    const sources: SourceAttributes[] = [];
    for (const child of this.#host.children) {
      if (child.localName !== 'source') continue;
      sources.push({ src: child.getAttribute('src')?.trim() ?? '', format: child.getAttribute('format') ?? 'auto' });
    }
    if (same(sources, this.#sources)) return false;
    this.#sources = sources;
    return true;
  }
}
