/**
 * Vue 3 template types for `<paper-feed>`, `<paper-card>` and `<subscribe-form>`, checked by
 * vue-tsc / Volar: `import type {} from 'paper-feed/vue';` once in the app.
 *
 * Vue must also be told at build time that these tags are custom elements, not Vue components:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => ['paper-feed', 'paper-card', 'subscribe-form'].includes(tag) } } })`.
 * Vue sets a bound prop as a property when the element has one (`:paper`, `:limit`), else as an
 * attribute; `@paper-feed-load` listens to the element's event.
 * @module
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ElementClasses, ElementEvents, ElementProperties } from './elements.js';

type Tag = keyof ElementClasses;

/** One custom element as a Vue global component: its class, its props and its events. */
export type VueCustomElement<T extends Tag> = new () => ElementClasses[T] & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof ElementProperties[T]> & { slot?: string } & ElementProperties[T] & PublicProps;
  /** @deprecated For template type checking only: not a property of the element. */
  $emit: EmitFn<{ [Name in keyof ElementEvents[T]]: (event: ElementEvents[T][Name]) => void }>;
};

type PaperFeedGlobalComponents = { [T in Tag]: VueCustomElement<T> };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- extended to add the tags.
  interface GlobalComponents extends PaperFeedGlobalComponents {}
}
