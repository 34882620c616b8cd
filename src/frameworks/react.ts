/**
 * React components for `<paper-feed>`, `<paper-card>` and `<subscribe-form>`, made with
 * `@lit/react`: every property is a prop and every event an `on…` prop (`onPaperFeedLoad`,
 * `onSubscribeFormSuccess`), in pages rendered on the client and in pages rendered on the server
 * (`react-dom/server`) and hydrated (`hydrateRoot`).
 *
 * ```tsx
 * import { PaperFeed } from 'paper-feed/react';
 * <PaperFeed src="/papers.json" noCache onPaperFeedLoad={(event) => setCount(event.detail.papers.length)} />
 * ```
 *
 * On the server the elements are written as their tags with their children; their properties and
 * listeners are set in the browser, where the first mount also registers the elements (see
 * {@link register}). This module also declares the JSX types of the raw tags (./react-jsx.ts).
 * @module
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import type { ElementType, ForwardRefExoticComponent, HTMLAttributes, PropsWithoutRef, RefAttributes } from 'react';
import { PaperCardElement } from '../paper-card/paper-card.js';
import { PaperFeedErrorEvent, PaperFeedLoadEvent } from '../paper-feed/paper-feed.events.js';
import { PaperFeedElement } from '../paper-feed/paper-feed.js';
import {
  SubscribeFormErrorEvent,
  SubscribeFormQueuedEvent,
  SubscribeFormSubmitEvent,
  SubscribeFormSuccessEvent,
} from '../subscribe-form/subscribe-form.events.js';
import { SubscribeFormElement } from '../subscribe-form/subscribe-form.js';
import type { ElementClasses, ElementEvents, ElementProperties } from './elements.js';

export type { EventListenerProps, ReactElementProps } from './react-jsx.js';

type Tag = keyof ElementClasses;

/** `paper-feed-load` → `PaperFeedLoad`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<Name>;

/** Each event's prop (`onPaperFeedLoad`) → the event's name (`paper-feed-load`). */
type EventProps<T extends Tag> = {
  [Name in keyof ElementEvents[T] & string as `on${Pascal<Name>}`]: Name;
};

/** The `on…` props of a component, each typed by the event it receives. */
export type EventHandlerProps<T extends Tag> = {
  [Name in keyof ElementEvents[T] & string as `on${Pascal<Name>}`]?:
    ((event: ElementEvents[T][Name]) => void) | undefined;
};

/** The props of the component for one tag: its properties, its events, and the usual HTML attributes. */
export type ComponentProps<T extends Tag> = Omit<
  HTMLAttributes<ElementClasses[T]>,
  keyof ElementProperties[T] | keyof EventHandlerProps<T>
> &
  ElementProperties[T] &
  EventHandlerProps<T>;

/** A component for one tag; its `ref` is the element. */
export type Component<T extends Tag> = ForwardRefExoticComponent<
  PropsWithoutRef<ComponentProps<T>> & RefAttributes<ElementClasses[T]>
>;

export type PaperFeedProps = ComponentProps<'paper-feed'>;
export type PaperCardProps = ComponentProps<'paper-card'>;
export type SubscribeFormProps = ComponentProps<'subscribe-form'>;

type Definition = readonly [tag: Tag, elementClass: CustomElementConstructor];

/**
 * Registers the elements a component needs, once. Deliberately not at import: in a page rendered
 * on the server, an element registered before hydration would start at once with its defaults
 * (the default `src` requested, its events fired with no listener yet). Registered in the first
 * mount's layout effect, after `@lit/react` has set the properties and listeners on the
 * not-yet-upgraded element, it upgrades with them already in place (Lit keeps properties set
 * before the upgrade). Pages that load `paper-feed/define` or the script tag as well keep working;
 * their elements just start earlier.
 */
function register(definitions: readonly Definition[]): void {
  for (const [tag, elementClass] of definitions) {
    if (!customElements.get(tag)) customElements.define(tag, elementClass);
  }
}

// React 18 warns about layout effects on the server, where there is nothing to register anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

function component<T extends Tag>(options: {
  tagName: T;
  elementClass: new () => ElementClasses[T];
  events: EventProps<T>;
  registers: readonly Definition[];
  displayName: string;
}): Component<T> {
  const { tagName, elementClass, events, registers, displayName } = options;
  // Typed by our props (ElementProperties: the settable ones) instead of @lit/react's (every member).
  const Wrapped: ElementType = createComponent({ react: React, tagName, elementClass, events, displayName });
  const Registering = React.forwardRef<ElementClasses[T], ComponentProps<T>>((props, ref) => {
    // Child effects run before their parent's: @lit/react's (in Wrapped) have set everything.
    useClientLayoutEffect(() => {
      register(registers);
    }, []);
    return React.createElement(Wrapped, { ...props, ref });
  });
  Registering.displayName = displayName;
  return Registering;
}

const paperCard: Definition = ['paper-card', PaperCardElement];

/** `<paper-feed>`: every property a prop; `onPaperFeedLoad`, `onPaperFeedError`. */
export const PaperFeed = component({
  tagName: 'paper-feed',
  elementClass: PaperFeedElement,
  events: {
    onPaperFeedLoad: PaperFeedLoadEvent.type,
    onPaperFeedError: PaperFeedErrorEvent.type,
  },
  registers: [paperCard, ['paper-feed', PaperFeedElement]],
  displayName: 'PaperFeed',
});

/** `<paper-card>`: every property a prop (it fires no events). */
export const PaperCard = component({
  tagName: 'paper-card',
  elementClass: PaperCardElement,
  events: {},
  registers: [paperCard],
  displayName: 'PaperCard',
});

/**
 * `<subscribe-form>`: every property a prop; `onSubscribeFormSubmit`, `onSubscribeFormSuccess`,
 * `onSubscribeFormQueued`, `onSubscribeFormError`.
 */
export const SubscribeForm = component({
  tagName: 'subscribe-form',
  elementClass: SubscribeFormElement,
  events: {
    onSubscribeFormSubmit: SubscribeFormSubmitEvent.type,
    onSubscribeFormSuccess: SubscribeFormSuccessEvent.type,
    onSubscribeFormQueued: SubscribeFormQueuedEvent.type,
    onSubscribeFormError: SubscribeFormErrorEvent.type,
  },
  registers: [['subscribe-form', SubscribeFormElement]],
  displayName: 'SubscribeForm',
});
