/**
 * Decodes a feed's bytes by what they are, not by what the response's `Content-Type` says, which
 * servers often get wrong:
 * - A byte-order mark outranks everything (UTF-8, UTF-16LE, UTF-16BE).
 * - UTF-16 without one shows in its zero bytes around the first character (`{`, `[`, `<`).
 * - JSON is UTF-8 (RFC 8259), whatever the label says; only bytes that are not valid UTF-8 fall
 *   back to a label that names another charset.
 * - XML follows its declaration's `encoding` (ISO-8859-1 and Windows-1252 feeds are common), then
 *   the label, then UTF-8. The declaration outranks the label (RFC 7303 has it the other way)
 *   because the document names its own bytes while servers add a default charset to everything.
 * A UTF-16 label or declaration on bytes that are plainly not UTF-16 is ignored, and so is an
 * encoding the browser does not know: the body is then read as UTF-8 rather than refused.
 */
export function decodeFeed(bytes: Uint8Array, contentType = ''): string {
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const utf16 = utf16ByZeros(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  const label = charsetOf(contentType);
  const first = bytes[firstNonSpace(bytes)];
  if (first === 0x7b || first === 0x5b) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decodeWith([label], bytes);
    }
  }
  return decodeWith(first === 0x3c ? [xmlEncoding(bytes), label] : [label], bytes);
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): Encoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 without a byte-order mark: an ASCII character next to a zero byte (RFC 4627, XML 1.0 F.1). */
function utf16ByZeros(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4) return undefined;
  const [a = 1, b = 1, c = 1, d = 1] = bytes;
  if (a === 0 && b !== 0 && c === 0 && d !== 0) return 'utf-16be';
  if (a !== 0 && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return undefined;
}

function firstNonSpace(bytes: Uint8Array): number {
  let index = 0;
  while (
    index < bytes.length &&
    (bytes[index] === 0x20 || bytes[index] === 0x09 || bytes[index] === 0x0a || bytes[index] === 0x0d)
  ) {
    index++;
  }
  return index;
}

function charsetOf(contentType: string): string | undefined {
  return /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
}

/** The `encoding` of an XML declaration at the start of the body. */
function xmlEncoding(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256)).trimStart();
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const declaration = end < 0 ? head : head.slice(0, end);
  return /\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(declaration)?.[1];
}

/** The first of `labels` the browser knows and that fits bytes which are not UTF-16; else UTF-8. */
function decodeWith(labels: (string | undefined)[], bytes: Uint8Array): string {
  for (const label of labels) {
    if (!label) continue;
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(label);
    } catch {
      continue;
    }
    if (!decoder.encoding.startsWith('utf-16')) return decoder.decode(bytes);
  }
  return new TextDecoder().decode(bytes);
}
