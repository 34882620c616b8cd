import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { huggingFaceDailyUrl, isHuggingFaceDaily } from '../src/data/formats/hugging-face.js';
import { mergeFeeds } from '../src/data/merge.js';
import type { Feed } from '../src/data/paper.js';
import { selectPapers } from '../src/data/select.js';
import { UsageError, type SnapshotOptions } from './args.js';
import { digestHtml } from './digest.js';
import { jsonFeed } from './json-feed-writer.js';
import { splitApiKey, withoutApiKey, type Environment } from './keys.js';
import { papersFragment, papersPage } from './papers-html.js';
import { rssFeed } from './rss-writer.js';
import type { SnapshotInfo } from './site.js';
import { isWebAddress, readSource } from './source.js';

/** The files a snapshot writes, by name. */
export const snapshotFiles = ['feed.json', 'feed.xml', 'digest.html', 'papers.html', 'papers.fragment.html'] as const;

/** A source that could not be read, and why. */
export interface SourceFailure {
  source: string;
  error: unknown;
}

export interface SnapshotResult {
  papers: number;
  files: string[];
  /** The sources left out because they failed; the snapshot holds the others'. */
  failed: SourceFailure[];
}

/** Every source failed: nothing was written. */
export class SourcesFailedError extends Error {
  override name = 'SourcesFailedError';
  constructor(readonly failures: SourceFailure[]) {
    super(`None of the ${failures.length} sources could be read.`);
  }
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Refuses an `--out` that is a file (the user's file is never replaced by a folder). */
export async function checkOut(out: string): Promise<void> {
  const found = await stat(out).catch(() => undefined);
  if (found && !found.isDirectory()) throw new UsageError(`--out must be a folder, but ${out} is a file.`);
}

/** The address to read: Hugging Face's daily papers get the sort and the period as its own query. */
export function sourceAddress(source: string, options: Pick<SnapshotOptions, 'sort' | 'period'>): string {
  const { sort, period } = options;
  if (!isWebAddress(source) || !isHuggingFaceDaily(source)) return source;
  return huggingFaceDailyUrl(source, { trending: sort === 'trending', period });
}

/**
 * Reads every source in parallel and merges them ({@link mergeFeeds}: the same paper from two
 * sources is one). A source that fails is left out and reported through `log`; when every source
 * fails, rejects (one source: with its own error; several: a {@link SourcesFailedError}).
 */
export async function readSources(
  options: SnapshotOptions,
  log: (line: string) => void,
  env: Environment,
): Promise<{ feed: Feed; failed: SourceFailure[] }> {
  const { sources, format, proxy, mailto } = options;
  const results = await Promise.allSettled(
    sources.map((given) => {
      // A key written into an address is sent as OPENALEX_API_KEY is, and shown nowhere.
      const { source, key } = splitApiKey(given);
      const address = sourceAddress(source, options);
      if (options.period && address === source) {
        log(`--${options.period.unit} applies to Hugging Face's daily papers only: ${source} is read as it is.`);
      }
      log(`Reading ${address}${proxy ? ` through ${proxy}` : ''}`);
      const keys = key && !env.OPENALEX_API_KEY ? { ...env, OPENALEX_API_KEY: key } : env;
      return readSource(address, { format, proxy, mailto, env: keys });
    }),
  );
  const feeds: Feed[] = [];
  const failed: SourceFailure[] = [];
  results.forEach((result, index) => {
    if (result.status === 'fulfilled') feeds.push(result.value);
    else failed.push({ source: withoutApiKey(sources[index] ?? ''), error: result.reason });
  });
  const [only] = feeds;
  if (!only) throw failed.length === 1 ? failed[0]?.error : new SourcesFailedError(failed);
  for (const { source, error } of failed) log(`Could not read ${source}: ${failureText(error)} It is left out.`);
  return { feed: feeds.length === 1 ? only : mergeFeeds(feeds), failed };
}

/**
 * Reads the sources and writes every file of the snapshot into `options.out`. The files are written
 * into a temporary folder inside it first and each then renamed over the old one, so sources that
 * all fail, or a write that fails, leave the previous snapshot as it was. API keys come from `env`
 * and go to their catalogue's requests only: no file holds one.
 */
export async function snapshot(
  options: SnapshotOptions,
  log: (line: string) => void = () => undefined,
  now = new Date(),
  env: Environment = process.env,
): Promise<SnapshotResult> {
  await checkOut(options.out);
  const { feed, failed } = await readSources(options, log, env);
  const selected = selectPapers(feed.papers, { sort: options.sort }, now.getTime());
  const papers = options.limit === undefined ? selected : selected.slice(0, options.limit);
  log(`Read ${feed.papers.length} papers${papers.length < feed.papers.length ? `, keeping ${papers.length}` : ''}`);
  const info: SnapshotInfo = {
    feed: { ...feed, papers },
    title: options.title ?? feed.title ?? 'Papers',
    siteUrl: options.siteUrl,
    sources: options.sources.map(withoutApiKey),
    generated: now,
  };
  const fragment = papersFragment(info);
  const contents: Record<(typeof snapshotFiles)[number], string> = {
    'feed.json': jsonFeed(info),
    'feed.xml': rssFeed(info),
    'digest.html': digestHtml(info, options.digestSize),
    'papers.html': papersPage(info, fragment),
    'papers.fragment.html': fragment,
  };
  await mkdir(options.out, { recursive: true });
  const temporary = await mkdtemp(join(options.out, '.snapshot-'));
  try {
    for (const name of snapshotFiles) await writeFile(join(temporary, name), contents[name]);
    for (const name of snapshotFiles) await rename(join(temporary, name), join(options.out, name));
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  log(`Wrote ${snapshotFiles.join(', ')} to ${options.out}`);
  return { papers: papers.length, files: [...snapshotFiles], failed };
}
