/**
 * Decodes a feed's bytes by the charset its response declares, else the XML declaration's
 * `encoding` (ISO-8859-1 and Windows-1252 feeds are common), else UTF-8. A byte-order mark is
 * dropped, and outranks both. An unknown label falls back to UTF-8 rather than failing.
 */
export function decodeFeed(bytes: Uint8Array, contentType = ''): string {
  // A UTF-8 byte-order mark outranks every label (as in the HTML and XML specs).
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder().decode(bytes);
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 256));
  const xmlEncoding = /^\s*<\?xml[^>]+\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  for (const label of [declared, xmlEncoding, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding the browser does not know: try the next source.
    }
  }
  return new TextDecoder().decode(bytes);
}
