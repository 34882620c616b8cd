// The page is not ours: its markup (a comment, a CMS block) can name elements after what a
// document or a form offers: `<img name="baseURI">` turns the document's base URI into that image,
// `<img name="scripts">` replaces the document's script list, `<input name="querySelector">` replaces a
// form's own method (documents and forms let their named elements override even built-ins;
// elements never do). What the widget reads from a document or a form goes through the
// prototypes' own getters and methods instead, which no markup reaches.
// (Documents that DOMParser makes have no named properties in Chromium, Firefox or WebKitGTK, so
// the data layer's parsing needs none of this.) It lives outside src/data/, which never touches
// the page's elements.

function descriptor(prototype: object, key: string): PropertyDescriptor {
  for (let object: object | null = prototype; object; object = Object.getPrototypeOf(object) as object | null) {
    const found = Object.getOwnPropertyDescriptor(object, key);
    if (found) return found;
  }
  throw new TypeError(`This browser has no ${key}.`);
}

const getter = (prototype: object, key: string) => (descriptor(prototype, key) as { get: unknown }).get;
const method = (prototype: object, key: string) => descriptor(prototype, key).value as unknown;

// Captured on first use rather than at import, so that importing a module on a server, where
// there is no DOM, does not throw.
function capture() {
  return {
    baseURI: getter(Node.prototype, 'baseURI') as (this: Node) => string,
    getRootNode: method(Node.prototype, 'getRootNode') as (this: Node) => Node,
    currentScript: getter(Document.prototype, 'currentScript') as (this: Document) => HTMLOrSVGScriptElement | null,
    scripts: getter(Document.prototype, 'scripts') as (this: Document) => HTMLCollectionOf<HTMLScriptElement>,
    scriptSrc: getter(HTMLScriptElement.prototype, 'src') as (this: HTMLScriptElement) => string,
    getAttribute: method(Element.prototype, 'getAttribute') as (this: Element, name: string) => string | null,
    querySelector: method(Element.prototype, 'querySelector') as (this: Element, selector: string) => Element | null,
  };
}
let captured: ReturnType<typeof capture> | undefined;
const real = () => (captured ??= capture());

// The page's document itself: inside the one-file bundle the name `document` is a view that hides
// named elements from Lit (vite.config.ts), and a view is no `this` for the platform's getters.
const page = () => window.document;

/** The base URL relative addresses on the page resolve against: the document's own, unshadowed. */
export function baseURI(node: Node = page()): string {
  return real().baseURI.call(node);
}

/** The `<script>` running now (the real `currentScript`); `null` in a module or a callback. */
export function currentScript(): HTMLOrSVGScriptElement | null {
  return real().currentScript.call(page());
}

/** The page's `<script>` elements, in document order (the real `scripts` list). */
export function scripts(): HTMLScriptElement[] {
  return [...real().scripts.call(page())];
}

/** A `<script>`'s resolved `src`, or `''` for an inline script. */
export function scriptSrc(script: HTMLScriptElement): string {
  return real().scriptSrc.call(script);
}

/** An attribute of any element, a `<form>` included (where `form.getAttribute` may be a field). */
export function attributeOf(element: Element, name: string): string | null {
  return real().getAttribute.call(element, name);
}

/** The first `<input>` under `element` matching `selector` (an input selector), a `<form>` included. */
export function inputIn(element: Element, selector: string): HTMLInputElement | null {
  const found = real().querySelector.call(element, selector);
  return found instanceof HTMLInputElement ? found : null;
}

/** The root of the tree `node` is in: its document or shadow root. */
export function rootNodeOf(node: Node): Node {
  return real().getRootNode.call(node);
}
