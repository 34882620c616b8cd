import type { ReactiveController, ReactiveElement } from 'lit';

/** Elements a feed hands its `theme` to when they are slotted into it. */
const themed = 'subscribe-form, paper-card';

/**
 * Hands the host's `theme` to the elements slotted into it, except those with a theme of their
 * own: after each update, and on `slotchange` through {@link hand}.
 */
export class SlotThemeController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #theme: () => string | undefined;
  /** Slotted elements whose `theme` the host set, with the value it set: only those may change. */
  #handed = new WeakMap<Element, string>();

  constructor(host: ReactiveElement, theme: () => string | undefined) {
    this.#host = host;
    this.#theme = theme;
    host.addController(this);
  }

  hostUpdated(): void {
    this.hand();
  }

  /** Hands the theme to every element slotted now; a `slotchange` listener. */
  hand = (): void => {
    const theme = this.#theme();
    const slots = this.#host.renderRoot.querySelectorAll<HTMLSlotElement>('slot[name]');
    for (const element of [...slots].flatMap((slot) => slot.assignedElements({ flatten: true }))) {
      if (!element.matches(themed)) continue;
      const own = element.getAttribute('theme');
      if (own !== null && own !== this.#handed.get(element)) continue;
      if (theme) {
        element.setAttribute('theme', theme);
        this.#handed.set(element, theme);
      } else {
        element.removeAttribute('theme');
        this.#handed.delete(element);
      }
    }
  };
}
