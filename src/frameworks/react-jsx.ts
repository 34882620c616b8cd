/**
 * React 19 JSX types for the raw tags `<paper-feed>`, `<paper-card>` and `<subscribe-form>`, for
 * apps that render the elements themselves: `import type {} from 'paper-feed/react';` once in the
 * app (or list it in tsconfig `types`). The components in ./react.ts are the way for apps that
 * render on the server and hydrate.
 *
 * React 19 sets a prop as a property when the element has one (`noCache`, `paper`, `limit`), else
 * as an attribute; `on<event-name>` props listen to the element's events, e.g.
 * `onpaper-feed-load={(event) => event.detail.papers}`. Rendered on the client that works; hydrated
 * from server HTML, React 19 neither sets those properties nor adds those listeners
 * (facebook/react#35446).
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ElementClasses, ElementEvents, ElementProperties } from './elements.js';

type Tag = keyof ElementClasses;

/** `on<event-name>` listeners, typed by the event each one receives. */
export type EventListenerProps<Events> = {
  [Name in keyof Events & string as `on${Name}`]?: (event: Events[Name]) => void;
};

/** The props one custom element takes in JSX. */
export type ReactElementProps<T extends Tag> = Omit<
  DetailedHTMLProps<HTMLAttributes<ElementClasses[T]>, ElementClasses[T]>,
  keyof ElementProperties[T]
> &
  ElementProperties[T] &
  EventListenerProps<ElementEvents[T]>;

type PaperFeedIntrinsicElements = { [T in Tag]: ReactElementProps<T> };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace.
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended to add the tags.
    interface IntrinsicElements extends PaperFeedIntrinsicElements {}
  }
}
