import { version } from '../version.js';

/**
 * Says on the console that `tag` was already defined when this copy of the package came to define
 * it, naming both versions; nothing when the holder is this same version (the npm build and the
 * script-tag file of one release meet on many pages, and either serves). Our element classes carry
 * a static `version`; a holder without one is another package, or a copy older than the field.
 */
export function warnOnClash(tag: string, held: CustomElementConstructor): void {
  const theirs: unknown = (held as { version?: unknown }).version;
  if (theirs !== version) {
    const holder = typeof theirs === 'string' ? `paper-feed ${theirs}` : 'an unknown version';
    console.warn(`<${tag}> is already defined by ${holder}, so paper-feed ${version} is not used for it.`);
  }
}
