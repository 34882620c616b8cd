/**
 * Svelte 5 types for `<paper-feed>`, `<paper-card>` and `<subscribe-form>`, checked by
 * svelte-check: `import type {} from 'paper-feed/svelte';` once in the app.
 *
 * Svelte sets an attribute as a property when the element has one (`paper={...}`, `limit={5}`),
 * else as an attribute; `onpaper-feed-load={...}` listens to the element's event.
 * @module
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { ElementClasses, ElementEvents, ElementProperties } from './elements.js';

type Tag = keyof ElementClasses;

/** `on<event-name>` listeners, typed by the event each one receives. */
export type SvelteEventAttributes<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** The attributes one custom element takes in Svelte markup. */
export type SvelteElementAttributes<T extends Tag> = Omit<
  HTMLAttributes<ElementClasses[T]>,
  keyof ElementProperties[T]
> &
  ElementProperties[T] &
  SvelteEventAttributes<ElementEvents[T]>;

type PaperFeedSvelteElements = { [T in Tag]: SvelteElementAttributes<T> };

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended to add the tags.
  interface SvelteHTMLElements extends PaperFeedSvelteElements {}
}
