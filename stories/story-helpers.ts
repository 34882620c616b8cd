import { expect, waitFor } from 'storybook/test';
import type { PaperCardElement } from '../src/paper-card/paper-card.js';
import type { PaperFeedElement, PaperFeedState } from '../src/paper-feed/paper-feed.js';

export { interceptFetch } from './intercept-fetch.js';

/** The one element of this tag the story rendered. */
export function the<K extends keyof HTMLElementTagNameMap>(root: HTMLElement, tag: K): HTMLElementTagNameMap[K] {
  const element = root.querySelector(tag);
  if (!element) throw new Error(`The story rendered no <${tag}>.`);
  return element;
}

/** Waits (up to 8 s: a refused refresh is retried twice) until the feed reaches `state`. */
export async function feedIn(root: HTMLElement, state: PaperFeedState): Promise<PaperFeedElement> {
  const feed = the(root, 'paper-feed');
  await waitFor(() => expect(feed.getAttribute('state')).toBe(state), { timeout: 8000 });
  await feed.updateComplete;
  return feed;
}

/** The cards a feed shows. */
export function cardsOf(feed: PaperFeedElement): PaperCardElement[] {
  return [...(feed.shadowRoot?.querySelectorAll('paper-card') ?? [])];
}

/** A part's text in a card's (or feed's) shadow root, whitespace collapsed. */
export function partText(element: Element, part: string): string | undefined {
  const found = element.shadowRoot?.querySelector(`[part~="${part}"]`);
  return found?.textContent.replace(/\s+/g, ' ').trim();
}

/** An absolute URL on the Storybook server, unique per call so no cache or shared request is reused. */
export function uniqueUrl(path: string): string {
  return new URL(`${path}?story=${crypto.randomUUID()}`, document.baseURI).href;
}
