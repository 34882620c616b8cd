import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * Keeps the reader's focus in a feed whose content changes under it. A re-render that removed the
 * focused control (the last "Show more", Retry, a list that replaced its placeholders) would drop
 * focus to the page's <body>: it goes to the list, or the status that stands for it, instead.
 */
export class FocusController implements ReactiveController {
  readonly #host: ReactiveElement;
  /** Whether focus was inside the host when this update began. */
  #hadFocus = false;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.#hadFocus = (this.#host.shadowRoot?.activeElement ?? null) !== null;
  }

  hostUpdated(): void {
    if (!this.#hadFocus || this.#host.shadowRoot?.activeElement) return;
    this.#host.renderRoot
      .querySelector<HTMLElement>('[part="list"], .status[tabindex]')
      ?.focus({ preventScroll: true });
  }

  /** After "Show more": focus on the card at `index`, or on the list when that card is not rendered. */
  async focusCard(index: number): Promise<void> {
    await this.#host.updateComplete;
    const card = [...this.#host.renderRoot.querySelectorAll('paper-card')].find((each) => each.posInSet === index + 1);
    if (card) {
      await card.updateComplete;
      card.focus();
    } else {
      this.#host.renderRoot.querySelector<HTMLElement>('[part="list"]')?.focus();
    }
  }
}
