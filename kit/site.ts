import type { Feed } from '../src/data/paper.js';

/** What every written file says about the snapshot as a whole. */
export interface SnapshotInfo {
  feed: Feed;
  /** The feed's title: `--title`, else the source's own, else a plain default. */
  title: string;
  /** The site the snapshot is served from (`--site-url`), ending in `/`; the files' links resolve against it. */
  siteUrl?: string | undefined;
  /** The sources' addresses, as given (an OpenAlex `api_key` in one is left out). */
  sources: readonly string[];
  /** When the snapshot was made. */
  generated: Date;
}

/** A file of the snapshot, by its name, absolute when `--site-url` was given. */
export function fileUrl(info: SnapshotInfo, name: string): string | undefined {
  return info.siteUrl ? new URL(name, info.siteUrl).href : undefined;
}

// Characters XML 1.0 does not allow at all (C0 controls but tab, newline and return; U+FFFE, U+FFFF).
// eslint-disable-next-line no-control-regex
const notXml = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]/g;

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe as XML or HTML text or attribute value: never markup, whatever it holds. */
export function escapeText(value: string): string {
  return value.replace(notXml, '').replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * The start of every HTML page the kit writes, up to and including `</head>`: English, UTF-8, the
 * mobile viewport, light and dark colour schemes, and the escaped title. `meta` is added before the
 * title, `style` after it; each a whole line (or lines) ending in a newline.
 */
export function documentHead(title: string, { meta = '', style = '' }: { meta?: string; style?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
${meta}<title>${escapeText(title)}</title>
${style}</head>
`;
}
