// Text contrast measured as a reader sees it: every text node of a document, shadow roots and
// slotted content included, against the colours really behind it (walking the flat tree up to
// the page's own background), by the WCAG 2 formula. axe-core's color-contrast rule does not
// descend into every shadow root, so the walk is our own. Nodes may come from an iframe's realm:
// they are told apart by nodeType and name, never by instanceof.

type Rgba = [number, number, number, number];

const canvas = document.createElement('canvas');
canvas.width = 1;
canvas.height = 1;
const context = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the browser computed (`rgb()`, `color(srgb …)`, …) as 0–255 channels and 0–1 alpha. */
export function parseColor(value: string): Rgba {
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = '#000';
  context.fillStyle = value;
  context.fillRect(0, 0, 1, 1);
  const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a / 255];
}

/** `top` painted over an opaque `bottom`. */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top[3];
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG 2 contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The parent in the flat tree: the slot a node is assigned to, else its parent, else its shadow root's host. */
function flatParent(node: Node): Element | null {
  if ((node as Element | Text).assignedSlot) return (node as Element | Text).assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.parentNode;
  return root?.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? (root as ShadowRoot).host : null;
}

function* flatAncestors(node: Node): Generator<Element> {
  for (let element = flatParent(node); element; element = flatParent(element)) yield element;
}

/** Every text node in the flat tree under `root`, in reading order. */
function* flatText(node: Node): Generator<Text> {
  if (node.nodeType === Node.TEXT_NODE) {
    yield node as Text;
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
  const element = node as Element;
  if (['style', 'script', 'template'].includes(element.localName)) return;
  let children: Iterable<Node> = node.childNodes;
  if (element.shadowRoot) children = element.shadowRoot.childNodes;
  else if (element.localName === 'slot' && (element as HTMLSlotElement).assignedNodes().length) {
    children = (element as HTMLSlotElement).assignedNodes();
  }
  for (const child of [...children]) yield* flatText(child);
}

/** The colour behind `element`: its own and its flat ancestors' backgrounds, down to the first opaque one. */
export function backdropOf(element: Element, view: Window): Rgba | string {
  const layers: Rgba[] = [];
  for (const layer of [element, ...flatAncestors(element)]) {
    const style = view.getComputedStyle(layer);
    if (style.backgroundImage !== 'none') return `a background image on <${layer.localName}>`;
    const color = parseColor(style.backgroundColor);
    if (color[3] > 0) layers.push(color);
    if (color[3] >= 1) break;
  }
  // The canvas behind everything is white when the page paints nothing.
  return layers.reduceRight<Rgba>((below, layer) => over(layer, below), [255, 255, 255, 1]);
}

/** Whether a reader can see the text at all: laid out, on screen, not clipped to a pixel, not disabled. */
function visible(text: Text, view: Window): boolean {
  const range = text.ownerDocument.createRange();
  range.selectNodeContents(text);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 1 && rect.height > 1);
  if (!rects.some((rect) => rect.right > 0 && rect.bottom > 0)) return false;
  for (const element of flatAncestors(text)) {
    const style = view.getComputedStyle(element);
    if (style.display === 'contents') continue;
    if (style.visibility === 'hidden' || style.opacity === '0') return false;
    const box = element.getBoundingClientRect();
    if (box.width <= 1 || box.height <= 1) return false;
    if ((element as HTMLButtonElement).disabled) return false;
  }
  return true;
}

export interface Measured {
  text: string;
  ratio: number;
  needed: number;
  /** Where the text is: the nearest element with a part or a class, and the custom element around it. */
  where: string;
}

function whereOf(text: Text): string {
  const names: string[] = [];
  for (const element of flatAncestors(text)) {
    if (element.localName.includes('-')) {
      names.push(element.localName);
      break;
    }
    if (names.length === 0)
      names.push(element.getAttribute('part') ?? element.getAttribute('class') ?? element.localName);
  }
  return names.reverse().join(' ');
}

/** The contrast of every visible text under `root` (a document or an element). */
export function measureText(root: Node, view: Window): (Measured | { text: string; where: string; problem: string })[] {
  const results: (Measured | { text: string; where: string; problem: string })[] = [];
  for (const text of flatText(root)) {
    const content = text.data.trim().replace(/\s+/g, ' ');
    if (!content || !visible(text, view)) continue;
    const parent = flatParent(text)!;
    const style = view.getComputedStyle(parent);
    const backdrop = backdropOf(parent, view);
    const where = whereOf(text);
    if (typeof backdrop === 'string') {
      results.push({ text: content, where, problem: backdrop });
      continue;
    }
    let opacity = 1;
    for (const element of [parent, ...flatAncestors(parent)]) opacity *= Number(view.getComputedStyle(element).opacity);
    const color = parseColor(style.color);
    color[3] *= opacity;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(over(color, backdrop), backdrop);
    results.push({ text: content, ratio: Math.round(ratio * 100) / 100, needed: large ? 3 : 4.5, where });
  }
  return results;
}

/** The edge of every text field under `root` against the field's own background and what is behind it. */
export function measureFields(root: Node, view: Window): Measured[] {
  const fields: HTMLInputElement[] = [];
  const visit = (node: Node): void => {
    const input = node as HTMLInputElement;
    if (input.localName === 'input' && input.type !== 'checkbox' && input.type !== 'hidden') fields.push(input);
    if ((node as Element).shadowRoot) visit((node as Element).shadowRoot!);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return fields
    .filter((field) => field.getBoundingClientRect().right > 0 && !field.closest('[aria-hidden="true"]'))
    .flatMap((field) => {
      const style = view.getComputedStyle(field);
      const inside = backdropOf(field, view);
      const outside = backdropOf(flatParent(field)!, view);
      if (typeof inside === 'string' || typeof outside === 'string') return [];
      const edge = over(parseColor(style.borderTopColor), outside);
      const ratio = Math.min(contrast(edge, inside), contrast(edge, outside));
      return [
        { text: `<input ${field.type}> border`, ratio: Math.round(ratio * 100) / 100, needed: 3, where: field.id },
      ];
    });
}
