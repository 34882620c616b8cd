import { FeedError } from '../src/data/feed-error.js';
import { parseCommand, usage, UsageError } from './args.js';
import { useNodeReaders } from './node-readers.js';
import { snapshot, SourcesFailedError } from './snapshot.js';

/** An error in one line: a {@link FeedError} with the address it was about. */
function describe(error: unknown): string {
  if (error instanceof FeedError) return `${error.message}${error.url ? ` (${error.url})` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The time the snapshot is dated: now, or `SOURCE_DATE_EPOCH` (seconds) for a snapshot that comes
 * out the same byte for byte from the same source (reproducible-builds.org).
 */
function snapshotTime(epoch: string | undefined): Date {
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/** Exit status: written, every source read. */
export const exitWritten = 0;
/** Exit status: nothing written (every source failed, or the writing did). */
export const exitFailed = 1;
/** Exit status: bad arguments. */
export const exitUsage = 2;
/** Exit status: written, but without the sources that failed. */
export const exitPartial = 3;

/**
 * `paper-feed snapshot <source> [<source>…] --out <dir>`: the feed kit's command. Progress and
 * errors go to stderr; the exit status is {@link exitWritten}, {@link exitFailed},
 * {@link exitUsage} or {@link exitPartial}.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const say = (line: string) => process.stderr.write(`${line}\n`);
  try {
    const command = parseCommand(argv);
    if (command.command === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    useNodeReaders();
    const { failed } = await snapshot(command.options, say, snapshotTime(process.env.SOURCE_DATE_EPOCH));
    if (failed.length === 0) return exitWritten;
    say(`paper-feed: written without ${failed.map(({ source }) => source).join(', ')}, which could not be read.`);
    return exitPartial;
  } catch (error) {
    if (error instanceof UsageError) {
      say(`paper-feed: ${error.message} (paper-feed --help)`);
      return exitUsage;
    }
    if (error instanceof SourcesFailedError) {
      for (const { source, error: cause } of error.failures) say(`paper-feed: ${source}: ${describe(cause)}`);
    }
    say(`paper-feed: ${describe(error)} Nothing was changed.`);
    return exitFailed;
  }
}
