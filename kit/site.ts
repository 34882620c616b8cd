import type { Feed } from '../src/data/paper.js';

/** What every written file says about the snapshot as a whole. */
export interface SnapshotInfo {
  feed: Feed;
  /** The feed's title: `--title`, else the source's own, else a plain default. */
  title: string;
  /** The site the snapshot is served from (`--site-url`), ending in `/`; the files' links resolve against it. */
  siteUrl?: string | undefined;
  /** The source's address. */
  source: string;
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
