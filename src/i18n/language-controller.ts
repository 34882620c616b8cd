import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeOf } from './format.js';
import { languageOf, loadTranslation, translationFor } from './strings.js';

/**
 * The page's language for one element: `locale` from the element's closest `lang` (across shadow
 * roots), and whether that language's strings are `ready` — always for English, else once its file
 * arrived or the page gave up waiting for it (then English shows). The host is updated when they
 * arrive; its `updateComplete` should wait for {@link settled}.
 */
export class LanguageController implements ReactiveController {
  /** The page's locale, as of the host's last update. */
  locale = 'en';
  readonly #host: ReactiveControllerHost & Element;
  #waiting: Promise<void> | undefined;
  /** Locales whose file failed or kept us waiting too long: English shows for them. */
  #gaveUp = new Set<string>();

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    this.locale = localeOf(this.#host);
    if (this.ready || this.#waiting) return;
    const locale = this.locale;
    this.#waiting = loadTranslation(locale, () => {
      this.#host.requestUpdate();
    }).then(() => {
      this.#gaveUp.add(locale);
      this.#waiting = undefined;
      this.#host.requestUpdate();
    });
  }

  /** Whether the host can render in `locale` now: English, or the translation arrived, or we stopped waiting. */
  get ready(): boolean {
    return !languageOf(this.locale) || !!translationFor(this.locale) || this.#gaveUp.has(this.locale);
  }

  /** Resolves when the strings the host waits for are there (or it stopped waiting); the update it asked for is then queued. */
  get settled(): Promise<void> {
    return this.#waiting ?? Promise.resolve();
  }
}
