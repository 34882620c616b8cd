// The sibling files of dist/paper-feed.js carry a hash of their content in their names
// (paper-feed-virtualizer.1a2b3c4d.js): tests match the name, whatever the hash.

/** Whether `path` (or a URL) is sibling `name` (`virtualizer`, `xml`, `sign-up`, `lang-de`, …), in `folder` when given. */
export function isSibling(path: string, name: string, folder = ''): boolean {
  const pathname = new URL(path, location.href).pathname;
  const file = pathname.slice(pathname.lastIndexOf('/') + 1);
  return (
    /^[\w-]{8}\.js$/.test(file.slice(`paper-feed-${name}.`.length)) &&
    file.startsWith(`paper-feed-${name}.`) &&
    pathname.startsWith(folder)
  );
}

/** The paths of the sibling files `page` requested (or tried to). */
export function siblingsRequested(page: Window, name: string): string[] {
  return page.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => isSibling(path, name));
}

/** The file name sibling `name` has in this build (dist/paper-feed-siblings.json, written by the build). */
export async function siblingFile(name: string): Promise<string> {
  const names = (await (await fetch('/dist/paper-feed-siblings.json')).json()) as Record<string, string>;
  const file = names[name];
  if (!file) throw new Error(`No sibling ${name} in this build.`);
  return file;
}
