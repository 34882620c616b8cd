import { version } from '../version.js';

/**
 * What to say when `tag` is already defined as this copy of the package comes to define it:
 * nothing when the holder is this same version (the npm build and the script-tag file of one
 * release meet on many pages, and either serves), else a warning naming both versions, since this
 * copy's elements are not the ones the page will get. Our element classes carry a static `version`;
 * a holder without one is another package, or a copy older than the field.
 */
export function clashMessage(tag: string, held: CustomElementConstructor, ours = version): string | undefined {
  const theirs: unknown = (held as { version?: unknown }).version;
  if (theirs === ours) return undefined;
  const holder = typeof theirs === 'string' ? `paper-feed ${theirs}` : 'an unknown version';
  return (
    `<${tag}> is already defined by ${holder}; paper-feed ${ours} leaves it in place. ` +
    'Load the package once: the script-tag file or the npm build, not both.'
  );
}

/** Warns on the console when `tag` is held by another version (see {@link clashMessage}). */
export function warnOnClash(tag: string, held: CustomElementConstructor): void {
  const message = clashMessage(tag, held);
  if (message) console.warn(message);
}
