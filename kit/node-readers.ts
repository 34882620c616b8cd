import { DOMParser as XmlParser } from '@xmldom/xmldom';
import { DOMParser as HtmlParser } from 'linkedom';
import { useDomParser, type DomParser } from '../src/data/dom-parser.js';
import { refuseDangerousEntities } from '../src/data/formats/dtd.js';

const reference = /&([^\s&;#]+);/g;

/**
 * `text` with the references to its internal entities replaced by their values, as a browser's
 * parser expands them (xmldom leaves them undeclared). The entities have passed
 * {@link refuseDangerousEntities} first: no external or parameter entity, no cycle, and a bounded
 * expansion.
 */
export function expandInternalEntities(text: string): string {
  const subset = refuseDangerousEntities(text);
  if (!subset?.values.size) return text;
  const { values, end } = subset;
  const expanded = new Map<string, string>();
  const expand = (name: string): string => {
    let value = expanded.get(name);
    if (value === undefined) {
      value = (values.get(name) ?? '').replace(reference, (found, inner: string) =>
        values.has(inner) ? expand(inner) : found,
      );
      expanded.set(name, value);
    }
    return value;
  };
  return (
    text.slice(0, end) +
    text.slice(end).replace(reference, (found, name: string) => (values.has(name) ? expand(name) : found))
  );
}

/**
 * The DOM parser the readers use in Node: `@xmldom/xmldom` for XML (namespaces as the browsers
 * have them; malformed XML throws), `linkedom` for the HTML inside feed text (`querySelectorAll`,
 * entities). Neither loads anything.
 */
export const nodeDomParser: DomParser = {
  parseFromString(text, type) {
    if (type === 'text/html') {
      const html = `<!doctype html><html><head></head><body>${text}</body></html>`;
      return new HtmlParser().parseFromString(html, 'text/html') as unknown as Document;
    }
    const parser = new XmlParser({
      onError(level, message) {
        if (level !== 'warning') throw new Error(message);
      },
    });
    return parser.parseFromString(expandInternalEntities(text), 'application/xml') as unknown as Document;
  },
};

// What windows-1252 has at 0x80–0x9F (the rest is ISO-8859-1); 0 where it keeps the C1 control.
const windows1252High = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0, 0, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];

/**
 * Node 20's `TextDecoder('windows-1252')` (also what `latin1`, `iso-8859-1` and `ascii` mean, as
 * in browsers) decodes as ISO-8859-1: 0x96 becomes a control character instead of "–"
 * (nodejs/node#56542, fixed in later Node). The readers' `decodeFeed` follows the Encoding
 * Standard, so the kit gives Node a decoder that does too, for that one encoding.
 */
function mendWindows1252(): void {
  const Native = globalThis.TextDecoder;
  if (new Native('windows-1252').decode(new Uint8Array([0x96])) === '\u2013') return;
  globalThis.TextDecoder = class extends Native {
    override decode(input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
      if (this.encoding !== 'windows-1252' || input === undefined) return super.decode(input, options);
      const bytes = ArrayBuffer.isView(input)
        ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
        : new Uint8Array(input);
      let text = '';
      for (let at = 0; at < bytes.length; at += 8192) {
        const codes = Array.from(bytes.subarray(at, at + 8192), (byte) =>
          byte >= 0x80 && byte <= 0x9f ? (windows1252High[byte - 0x80] ?? 0) || byte : byte,
        );
        text += String.fromCharCode(...codes);
      }
      return text;
    }
  };
}

/** Makes every reader run in Node as in the browser: {@link nodeDomParser}, and decoding by the Encoding Standard. */
export function useNodeReaders(): void {
  useDomParser(() => nodeDomParser);
  mendWindows1252();
}
