import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { huggingFaceDailyUrl, isHuggingFaceDaily } from '../src/data/formats/hugging-face.js';
import { selectPapers } from '../src/data/select.js';
import { UsageError, type SnapshotOptions } from './args.js';
import { digestHtml } from './digest.js';
import { jsonFeed } from './json-feed-writer.js';
import { papersFragment, papersPage } from './papers-html.js';
import { rssFeed } from './rss-writer.js';
import type { SnapshotInfo } from './site.js';
import { isWebAddress, readSource } from './source.js';

/** The files a snapshot writes, by name. */
export const snapshotFiles = ['feed.json', 'feed.xml', 'digest.html', 'papers.html', 'papers.fragment.html'] as const;

export interface SnapshotResult {
  papers: number;
  files: string[];
}

/** Refuses an `--out` that is a file (the user's file is never replaced by a folder). */
export async function checkOut(out: string): Promise<void> {
  const found = await stat(out).catch(() => undefined);
  if (found && !found.isDirectory()) throw new UsageError(`--out must be a folder, but ${out} is a file.`);
}

/** The address to read: Hugging Face's daily papers get the sort and the period as its own query. */
export function sourceAddress(options: SnapshotOptions): string {
  const { source, sort, period } = options;
  if (!isWebAddress(source) || !isHuggingFaceDaily(source)) return source;
  return huggingFaceDailyUrl(source, { trending: sort === 'trending', period });
}

/**
 * Reads the source and writes every file of the snapshot into `options.out`. The files are written
 * into a temporary folder inside it first and each then renamed over the old one, so a source that
 * fails, or a write that fails, leaves the previous snapshot as it was.
 */
export async function snapshot(
  options: SnapshotOptions,
  log: (line: string) => void = () => undefined,
  now = new Date(),
): Promise<SnapshotResult> {
  await checkOut(options.out);
  const address = sourceAddress(options);
  if (options.period && address === options.source) {
    log(`--${options.period.unit} applies to Hugging Face's daily papers only: the source is read as it is.`);
  }
  log(`Reading ${address}${options.proxy ? ` through ${options.proxy}` : ''}`);
  const feed = await readSource(address, { format: options.format, proxy: options.proxy });
  const selected = selectPapers(feed.papers, { sort: options.sort }, now.getTime());
  const papers = options.limit === undefined ? selected : selected.slice(0, options.limit);
  log(`Read ${feed.papers.length} papers${papers.length < feed.papers.length ? `, keeping ${papers.length}` : ''}`);
  const info: SnapshotInfo = {
    feed: { ...feed, papers },
    title: options.title ?? feed.title ?? 'Papers',
    siteUrl: options.siteUrl,
    source: options.source,
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
  return { papers: papers.length, files: [...snapshotFiles] };
}
