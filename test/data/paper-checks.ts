import { expect } from '@open-wc/testing';
import { paperLimits, type Paper } from '../../src/data/paper.js';

// What every reader's papers must be, whatever it is given — shared by the property tests of all
// formats (properties.test.ts, scholarly.test.ts, zotero-orcid-dblp-properties.test.ts).

/** What a reader must never write itself: a value turned into text the wrong way. */
export const junk = /undefined|null|NaN|\[object Object\]|Invalid Date/;

const urlFields = ['url', 'pdfUrl', 'codeUrl', 'projectUrl', 'thumbnail'] as const;
const countFields = ['upvotes', 'comments', 'githubStars', 'citations'] as const;
/** A catalogue's year or month (ISO 8601 reduced precision: `2021`, `2021-03`) stays that precise. */
const reducedDate = /^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/;

/** Strings anywhere in a value, keys included. */
export function* strings(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const item of value) yield* strings(item);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* strings(item);
    }
  }
}

/** True when no string in `value` is {@link junk}: generated input a reader may not be blamed for. */
export const clean = (value: unknown) => ![...strings(value)].some((text) => junk.test(text));

/**
 * A paper as every reader must give it: http(s) links only, counts that are whole numbers ≥ 0, a
 * bare DOI, dates in ISO 8601 (a year or a month kept that precise), a title within its cap, an
 * abstract within its cap, and no junk text anywhere.
 */
export function expectWellFormed(paper: Paper): void {
  for (const field of urlFields) {
    const url = paper[field];
    if (url !== undefined) expect(['http:', 'https:']).to.include(new URL(url).protocol);
  }
  for (const field of countFields) {
    const count = paper[field];
    if (count !== undefined) expect(Number.isSafeInteger(count) && count >= 0, `${field}: ${count}`).to.equal(true);
  }
  for (const field of ['published', 'updated'] as const) {
    const date = paper[field];
    if (date !== undefined && !reducedDate.test(date)) expect(new Date(date).toISOString()).to.equal(date);
  }
  if (paper.doi !== undefined) expect(paper.doi).to.match(/^10\.\d{4,9}(?:\.\d+)*\/\S+$/);
  expect(paper.title).to.be.a('string').and.not.equal('');
  expect(paper.title.length).to.be.at.most(paperLimits.title);
  expect(paper.abstract.length).to.be.at.most(paperLimits.abstract);
  for (const text of strings(paper)) expect(text).to.not.match(junk);
}
