import { FeedError } from '../src/data/feed-error.js';
import { parseCommand, usage, UsageError } from './args.js';
import { useNodeReaders } from './node-readers.js';
import { snapshot } from './snapshot.js';

/**
 * The time the snapshot is dated: now, or `SOURCE_DATE_EPOCH` (seconds) for a snapshot that comes
 * out the same byte for byte from the same source (reproducible-builds.org).
 */
function snapshotTime(epoch: string | undefined): Date {
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

/**
 * `paper-feed snapshot <source> --out <dir>`: the feed kit's command. Progress and errors go to
 * stderr; the exit status is 0 when written, 1 when the source or the writing failed, 2 for bad
 * arguments.
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
    await snapshot(command.options, say, snapshotTime(process.env.SOURCE_DATE_EPOCH));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      say(`paper-feed: ${error.message} (paper-feed --help)`);
      return 2;
    }
    if (error instanceof FeedError) {
      say(`paper-feed: ${error.message}${error.url ? ` (${error.url})` : ''} Nothing was changed.`);
      return 1;
    }
    say(`paper-feed: ${error instanceof Error ? error.message : String(error)} Nothing was changed.`);
    return 1;
  }
}
