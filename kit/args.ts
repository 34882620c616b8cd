import { parseArgs } from 'node:util';
import { feedFormats, isFeedFormat, type FeedFormat } from '../src/data/formats/detect.js';
import { parsePeriod, periodUnits, type Period } from '../src/data/period.js';
import { isMailto } from '../src/data/polite-url.js';
import { paperSorts, type PaperSort } from '../src/data/select.js';

/** Bad arguments: the command prints the message on one line and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface SnapshotOptions {
  /** One or more sources, read in parallel and merged into one list (the same paper from two is one). */
  sources: string[];
  out: string;
  format: FeedFormat;
  limit?: number | undefined;
  sort: PaperSort;
  period?: Period | undefined;
  proxy?: string | undefined;
  /** A contact address added as `mailto=` to Crossref and OpenAlex requests (their polite pool). */
  mailto?: string | undefined;
  title?: string | undefined;
  siteUrl?: string | undefined;
  digestSize: number;
}

export type Command = { command: 'help' } | { command: 'snapshot'; options: SnapshotOptions };

export const defaultDigestSize = 10;

export const usage = `Usage: paper-feed snapshot <source> [<source>...] --out <dir> [options]

Reads feeds with the same readers as <paper-feed> and writes a static snapshot into <dir>:
  feed.json            JSON Feed 1.1; <paper-feed src=".../feed.json"> reads back every field
  feed.xml             RSS 2.0, for feed readers and RSS-to-email (Buttondown, Kit, Mailchimp)
  digest.html          an email-ready digest of the top papers
  papers.html          the papers pre-rendered, readable without JavaScript
  papers.fragment.html the same list, to paste or include in a page

Each <source> is an http(s) address or a file. Several sources are read in parallel and merged
into one list: the same paper from two of them (by DOI, then arXiv id, then title) is one.

Options:
  --out <dir>          where to write (created if missing; other files in it are kept)
  --format <format>    ${feedFormats.join(' | ')} (default: auto), for every source
  --limit <n>          keep the first n papers (after sorting)
  --sort <order>       ${paperSorts.join(' | ')} (default: feed)
  --date <YYYY-MM-DD>  Hugging Face daily papers of that day (or "today")
  --week <YYYY-Www>    ... of that ISO week
  --month <YYYY-MM>    ... of that month
  --proxy <url>        fetch through this proxy; {url} in it stands for the source's address
  --mailto <address>   your contact address, added as mailto= to Crossref and OpenAlex requests
                       (their "polite pool"); sent to no other host
  --title <text>       the snapshot's title (default: the feed's own)
  --site-url <url>     where the snapshot is served; links in the files point there
  --digest-size <n>    papers in digest.html (default: ${defaultDigestSize})
  -h, --help           show this help

API keys come from environment variables only, never from the command line, and are never
written into the files:
  OPENALEX_API_KEY          sent to api.openalex.org as its api_key parameter
  SEMANTIC_SCHOLAR_API_KEY  sent to api.semanticscholar.org as the x-api-key header
Neither is sent through --proxy.

Exit status:
  0  written, every source read
  1  nothing written: every source failed, or the writing did (the previous snapshot is left as it was)
  2  bad arguments
  3  written without the sources that failed (each named on stderr)`;

function positive(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new UsageError(`--${name} must be a whole number above 0, not "${value}".`);
  return Number(value);
}

function webUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(value.replaceAll('{url}', 'paper-feed-url-marker'));
  } catch {
    throw new UsageError(`--${name} must be an http(s) address, not "${value}".`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--${name} must be an http(s) address, not "${value}".`);
  }
  return value;
}

/** Reads the command line (without `node` and the script). Throws a {@link UsageError} for anything it cannot use. */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        format: { type: 'string' },
        limit: { type: 'string' },
        sort: { type: 'string' },
        date: { type: 'string' },
        week: { type: 'string' },
        month: { type: 'string' },
        proxy: { type: 'string' },
        mailto: { type: 'string' },
        title: { type: 'string' },
        'site-url': { type: 'string' },
        'digest-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    // node:util's own message, first line only ("Unknown option '--x'. To specify a positional …").
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(message.split(/(?<=\.) /, 1)[0] ?? message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  const [command, ...sources] = positionals;
  if (command === undefined) throw new UsageError('Missing command: paper-feed snapshot <source> --out <dir>.');
  if (command !== 'snapshot') throw new UsageError(`Unknown command "${command}": the command is "snapshot".`);
  if (sources.length === 0) throw new UsageError('Missing source: paper-feed snapshot <source> --out <dir>.');
  const repeated = sources.find((source, index) => sources.indexOf(source) !== index);
  if (repeated !== undefined) throw new UsageError(`The source "${repeated}" is given twice.`);
  if (!values.out) throw new UsageError('Missing --out <dir>: where to write the snapshot.');
  const format = values.format ?? 'auto';
  if (!isFeedFormat(format))
    throw new UsageError(`--format must be one of ${feedFormats.join(', ')}, not "${format}".`);
  const sort = values.sort ?? 'feed';
  if (!paperSorts.includes(sort as PaperSort)) {
    throw new UsageError(`--sort must be one of ${paperSorts.join(', ')}, not "${sort}".`);
  }
  const given = periodUnits.filter((unit) => values[unit] !== undefined);
  if (given.length > 1) throw new UsageError('Give one of --date, --week and --month, not several.');
  let period: Period | undefined;
  const [unit] = given;
  if (unit) {
    period = parsePeriod(unit, values[unit]);
    if (!period) throw new UsageError(`--${unit} cannot be read: "${values[unit]}".`);
  }
  const siteUrl = webUrl('site-url', values['site-url']);
  const mailto = values.mailto?.trim();
  if (mailto !== undefined && !isMailto(mailto)) {
    throw new UsageError(`--mailto must be an email address, not "${values.mailto}".`);
  }
  return {
    command: 'snapshot',
    options: {
      sources,
      out: values.out,
      format,
      limit: positive('limit', values.limit),
      sort: sort as PaperSort,
      period,
      proxy: webUrl('proxy', values.proxy),
      mailto,
      title: values.title,
      siteUrl: siteUrl && (siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`),
      digestSize: positive('digest-size', values['digest-size']) ?? defaultDigestSize,
    },
  };
}
