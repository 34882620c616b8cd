/**
 * A file loaded on need that could not be loaded: a sibling of the one-file bundle that was not
 * copied beside it (or the network failed), or, in the npm build, a chunk the app's bundler split
 * off and the server no longer has.
 */
export class MissingFileError extends Error {
  override name = 'MissingFileError';
  /** The file's name, as it must sit beside the bundle (or the module's, in the npm build). */
  readonly file: string;

  constructor(file: string, cause: unknown) {
    super(`paper-feed could not load ${file}: copy it into the folder paper-feed.js is served from.`, { cause });
    this.file = file;
  }
}

/** Imports a module on need, turning a failure into a {@link MissingFileError} naming `file`. */
export function loadOnNeed<Module>(file: string, load: () => Promise<Module>): Promise<Module> {
  return load().catch((cause: unknown) => {
    throw new MissingFileError(file, cause);
  });
}
