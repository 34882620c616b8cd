import { FeedError } from '../feed-error.js';

// Entity text a feed may expand to, in all: far above what real feeds define (a handful of names).
const maxEntityExpansion = 1_000_000;
// Entity declarations a feed may make: a feed that inlines all of XHTML's named characters needs
// about 250. Bounding the count also bounds the depth of the expansion measure below.
const maxEntities = 2_000;

interface EntityDeclaration {
  name: string;
  parameter: boolean;
  /** The replacement text; `undefined` for an external entity (`SYSTEM` / `PUBLIC`). */
  value: string | undefined;
}

const refuse = (why: string) => new FeedError('parse', `The feed ${why}, so it was not read.`);
const notWellFormed = () => refuse('has a document type declaration that is not well-formed');

const isSpace = (character: string | undefined) =>
  character === ' ' || character === '\t' || character === '\n' || character === '\r';

function skipSpace(text: string, at: number): number {
  while (isSpace(text[at])) at += 1;
  return at;
}

/** The index just past the next `end` from `at`; throws when there is none. */
function past(text: string, end: string, at: number): number {
  const found = text.indexOf(end, at);
  if (found < 0) throw notWellFormed();
  return found + end.length;
}

/** The index just past the `>` that closes the declaration at `at`: `>` inside quotes does not count. */
function declarationEnd(text: string, at: number): number {
  for (let index = at; index < text.length; index += 1) {
    const character = text[index];
    if (character === '"' || character === "'") index = past(text, character, index + 1) - 1;
    else if (character === '>') return index + 1;
  }
  throw notWellFormed();
}

// The start of an entity declaration, up to its value's opening quote or its external id.
const entityHead = /^<!ENTITY\s+(%\s+)?([^\s%"'>]+)\s+(?:(["'])|(?:SYSTEM|PUBLIC)\b)/i;

function readEntity(declaration: string): EntityDeclaration {
  const head = entityHead.exec(declaration);
  if (!head) throw notWellFormed();
  const [matched, percent, name = '', quote] = head;
  const value =
    quote === undefined ? undefined : declaration.slice(matched.length, past(declaration, quote, matched.length) - 1);
  return { name, parameter: percent !== undefined, value };
}

/**
 * The entity declarations of the document's internal subset, and where the subset ends. Only the
 * prolog is read — the XML declaration, comments, processing instructions, then the document type
 * declaration — as the XML grammar allows (XML 1.0 §2.8): `<!DOCTYPE` anywhere else (in a comment,
 * in text) declares nothing. Quoted text, comments and processing instructions are skipped as
 * wholes, so a `]>` inside an entity's value cannot end the subset early. One pass, no regex that
 * could backtrack: the work is linear in the length of the text.
 */
function internalSubset(text: string): { entities: EntityDeclaration[]; end: number } | undefined {
  let at = text.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    at = skipSpace(text, at);
    const [open, close] = text.startsWith('<?', at) ? ['<?', '?>'] : text.startsWith('<!--', at) ? ['<!--', '-->'] : [];
    if (open === undefined || close === undefined) break;
    const end = text.indexOf(close, at + open.length);
    // Unterminated: the XML parser refuses the document before it reaches any declaration.
    if (end < 0) return undefined;
    at = end + close.length;
  }
  if (text.slice(at, at + 9).toUpperCase() !== '<!DOCTYPE') return undefined;
  // The root's name and any external id, whose quoted literals may hold `[` or `>`.
  for (at += 9; text[at] !== '['; at += 1) {
    const character = text[at];
    if (character === undefined) throw notWellFormed();
    if (character === '>') return undefined;
    if (character === '"' || character === "'") at = past(text, character, at + 1) - 1;
  }
  const entities: EntityDeclaration[] = [];
  for (at += 1; ;) {
    at = skipSpace(text, at);
    if (text[at] === ']') return { entities, end: at + 1 };
    if (text.startsWith('<!--', at)) at = past(text, '-->', at + 4);
    else if (text.startsWith('<?', at)) at = past(text, '?>', at + 2);
    else if (text[at] === '%') at = past(text, ';', at + 1);
    else if (text.startsWith('<!', at)) {
      const end = declarationEnd(text, at + 2);
      if (text.slice(at, at + 8).toUpperCase() === '<!ENTITY') {
        entities.push(readEntity(text.slice(at, end)));
        if (entities.length > maxEntities) throw refuse('declares more entities than a feed needs');
      }
      at = end;
    } else {
      throw notWellFormed();
    }
  }
}

const reference = /&([^\s&;#]+);/g;

/**
 * Refuses what the browser's XML parser should never be handed: external entities (engines
 * differ on what they become), parameter entities, and entity-expansion bombs. Chromium and
 * Firefox stop a "billion laughs" on their own, but WebKitGTK's parser expands it until the page
 * crashes, so the internal subset is measured first: every general entity's expanded length,
 * times the references to it in the document. Returns the internal entities it measured (for a
 * parser that does not expand them itself) and where the internal subset ends.
 */
export function refuseDangerousEntities(text: string): { values: Map<string, string>; end: number } | undefined {
  const subset = internalSubset(text);
  if (!subset) return undefined;
  const values = new Map<string, string>();
  for (const entity of subset.entities) {
    if (entity.value === undefined) throw refuse('declares external entities, which are never loaded');
    if (entity.parameter) throw refuse('declares parameter entities');
    // The first declaration of a name is the binding one (XML 1.0 §4.2).
    if (!values.has(entity.name)) values.set(entity.name, entity.value);
  }
  const sizes = new Map<string, number>();
  const size = (name: string, open: Set<string>): number => {
    const known = sizes.get(name);
    if (known !== undefined) return known;
    const value = values.get(name);
    if (value === undefined) return name.length + 2;
    if (open.has(name)) return Infinity;
    open.add(name);
    let total = value.length;
    for (const [, inner = ''] of value.matchAll(reference)) total += size(inner, open);
    open.delete(name);
    sizes.set(name, total);
    return total;
  };
  let expansion = 0;
  const references = new RegExp(reference);
  references.lastIndex = subset.end;
  for (let found = references.exec(text); found; found = references.exec(text)) {
    const name = found[1] ?? '';
    if (values.has(name)) expansion += size(name, new Set());
    if (expansion > maxEntityExpansion) throw refuse('defines entities that would expand without bound');
  }
  return { values, end: subset.end };
}
