/**
 * The feed kit as a module, for scripts and tests in Node: the same readers as the widget (with
 * the Node DOM parser set), and the snapshot the `paper-feed` command writes.
 */
export { parseFeed } from '../src/data/formats/parse-feed.js';
export type { FeedFormat } from '../src/data/formats/detect.js';
export { decodeFeed } from '../src/data/formats/decode.js';
export { FeedError } from '../src/data/feed-error.js';
export type { Feed, Paper } from '../src/data/paper.js';
export { nodeDomParser, useNodeReaders, expandInternalEntities } from './node-readers.js';
export { parseCommand, usage, UsageError, type SnapshotOptions } from './args.js';
export { snapshot, snapshotFiles, readSources, SourcesFailedError, type SourceFailure } from './snapshot.js';
export { apiKeys, withApiKey, withoutApiKey } from './keys.js';
export { politeUrl } from '../src/data/polite-url.js';
export { main, exitWritten, exitFailed, exitUsage, exitPartial } from './cli.js';
