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
  const unicode = unicodeEncoding(bytes);
  if (unicode) return new TextDecoder(unicode).decode(bytes);
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256)).trimStart();
  if (head.startsWith('{') || head.startsWith('[')) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return decodeWith([label], bytes);
    }
  }
  // The `encoding` of an XML declaration at the very start.
  const declared = head.startsWith('<?xml')
    ? /\sencoding\s*=\s*["']([\w.:-]+)["']/.exec(head.split('?>', 1)[0] ?? '')?.[1]
    : undefined;
  return decodeWith([declared, label], bytes);
}

/**
 * UTF-8 or UTF-16 by a byte-order mark, or UTF-16 without one by its zero bytes: an ASCII
 * character next to a zero byte (RFC 4627, XML 1.0 appendix F).
 */
function unicodeEncoding(bytes: Uint8Array): string | undefined {
  const [a = 1, b = 1, c = 1, d = 1] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if ((a === 0xff && b === 0xfe) || (a && !b && c && !d)) return 'utf-16le';
  if ((a === 0xfe && b === 0xff) || (!a && b && !c && d)) return 'utf-16be';
  return undefined;
}

/** The first of `labels` the browser knows and that fits bytes which are not UTF-16; else UTF-8. */
function decodeWith(labels: (string | undefined)[], bytes: Uint8Array): string {
  for (const label of labels) {
    if (!label) continue;
    try {
      const decoder = new TextDecoder(label);
      if (!decoder.encoding.startsWith('utf-16')) return decoder.decode(bytes);
    } catch {
      // A charset the browser does not know: try the next.
    }
  }
  return new TextDecoder().decode(bytes);
}
