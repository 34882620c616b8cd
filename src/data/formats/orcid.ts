import type { Paper } from '../paper.js';
import { cleanText, plainText } from '../text.js';
import { safeUrl } from '../url-safety.js';
import { bareDoi } from '../doi.js';
import { arxivAbsUrl, arxivId } from './arxiv.js';
import { papersFrom, toPaper } from './draft.js';
import { isObject } from './hugging-face.js';
import { partialDate } from '../partial-date.js';
import type { ReadFeed } from './xml-feed.js';

type Json = Record<string, unknown>;

/** ORCID writes most values one level down: `{ "title": { "value": "…" } }`. */
const valueOf = (value: unknown): unknown => (isObject(value) ? value.value : undefined);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * True for the works section of an ORCID record (`https://pub.orcid.org/v3.0/<id>/works`, JSON):
 * an object whose `group` list holds `work-summary` lists — or is empty in a record's `/works`.
 */
export function isOrcid(data: unknown): boolean {
  if (!isObject(data) || !Array.isArray(data.group)) return false;
  if (data.group.length === 0) return typeof data.path === 'string' && data.path.endsWith('/works');
  return data.group.some((group) => isObject(group) && Array.isArray(group['work-summary']));
}

/**
 * Reads an ORCID record's works: one paper per work group — the versions of one work that
 * different sources added — from its preferred version (the highest `display-index`, which is
 * what "preferred source" sets). Title, date parts (a year alone stays a year), DOI, arXiv id,
 * link and journal; ORCID's summaries carry no abstracts or authors. Works without a title are skipped.
 */
export function readOrcid(data: unknown): ReadFeed {
  if (!isObject(data)) return { papers: [] };
  return { papers: papersFrom(objects(data.group), readGroup) };
}

function readGroup(group: Json): Paper | undefined {
  const summary = preferred(objects(group['work-summary']));
  if (!summary) return undefined;
  const title = isObject(summary.title) ? plainText(valueOf(summary.title.title)) : undefined;
  if (!title) return undefined;
  // The summary's own identifiers; the group's are the union over all its versions.
  const own = ownIds(summary['external-ids']);
  const ids = own.length ? own : ownIds(group['external-ids']);
  const doi = ids.flatMap(({ type, value }) => (type === 'doi' ? (bareDoi(value) ?? []) : []))[0];
  const arxiv = ids.flatMap(({ type, value }) => (type === 'arxiv' ? (arxivId(value) ?? []) : []))[0];
  const date = isObject(summary['publication-date']) ? summary['publication-date'] : {};
  const path = cleanText(summary.path);
  return toPaper(
    {
      id: path ? `orcid:${path}` : undefined,
      title,
      // A work on arXiv links there, so it is the same paper as in an arXiv feed.
      url:
        (arxiv ? arxivAbsUrl(arxiv) : undefined) ??
        safeUrl(valueOf(summary.url)) ??
        (doi ? safeUrl(`https://doi.org/${doi}`) : undefined) ??
        ids.map(({ url }) => url).find(Boolean),
      doi,
      published: partialDate(valueOf(date.year), valueOf(date.month), valueOf(date.day)),
      venue: plainText(valueOf(summary['journal-title'])),
    },
    'orcid',
  );
}

/** The version with the highest display index (a string, "0", "1" …); the first on a tie. */
function preferred(summaries: Json[]): Json | undefined {
  let best: Json | undefined;
  let bestIndex = -Infinity;
  for (const summary of summaries) {
    const index = Number(summary['display-index']);
    const rank = Number.isFinite(index) ? index : -1;
    if (!best || rank > bestIndex) {
      best = summary;
      bestIndex = rank;
    }
  }
  return best;
}

interface ExternalId {
  type: string;
  value: string;
  url: string | undefined;
}

/**
 * The identifiers of the work itself: relationship `self` (or none given). `part-of` names the
 * journal or book it is in, `version-of` another version of it: neither is this work's DOI.
 */
function ownIds(value: unknown): ExternalId[] {
  return objects(isObject(value) ? value['external-id'] : undefined).flatMap((id) => {
    const type = cleanText(id['external-id-type'])?.toLowerCase();
    const text = cleanText(valueOf(id['external-id-normalized'])) ?? cleanText(id['external-id-value']);
    const relationship = cleanText(id['external-id-relationship'])?.toLowerCase();
    if (!type || !text || (relationship !== undefined && relationship !== 'self')) return [];
    return [{ type, value: text, url: safeUrl(valueOf(id['external-id-url'])) }];
  });
}
