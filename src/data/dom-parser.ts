/**
 * The DOM parser the readers parse XML and HTML with. In the browser it is the page's own
 * `DOMParser`; the feed kit (kit/) sets a Node implementation with {@link useDomParser}, so the
 * same readers run unchanged there.
 */
export interface DomParser {
  /**
   * Parses `text` as `application/xml` or `text/html`. For malformed XML it may throw or, as
   * browsers do, return a document holding a `<parsererror>` element: the readers handle both.
   */
  parseFromString(text: string, type: 'application/xml' | 'text/html'): Document;
}

let create: () => DomParser = () => new DOMParser();

/** Sets the parser every reader uses from now on (Node has no `DOMParser` of its own). */
export function useDomParser(factory: () => DomParser): void {
  create = factory;
}

/** The parser to use for one document. */
export function domParser(): DomParser {
  return create();
}
