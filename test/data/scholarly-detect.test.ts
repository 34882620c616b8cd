import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import { scholarlyReaders } from '../../src/data/formats/scholarly.js';

const fixtures: [file: string, source: string][] = [
  ['openalex-works.json', 'openalex'],
  ['openalex-work.json', 'openalex'],
  ['crossref-works.json', 'crossref'],
  ['crossref-work.json', 'crossref'],
  ['semantic-scholar-search.json', 'semantic-scholar'],
  ['semantic-scholar-author-papers.json', 'semantic-scholar'],
  ['semantic-scholar-batch.json', 'semantic-scholar'],
  ['zotero-items.json', 'zotero'],
  ['orcid-works.json', 'orcid'],
  ['dblp-search.json', 'dblp'],
  ['dblp-single.json', 'dblp'],
];

const load = async (file: string) => (await fetch(`/test/fixtures/formats/${file}`)).text();

describe('scholarly catalogues: each answer is known by its own shape, and only by it', () => {
  for (const [file, source] of fixtures) {
    it(`should read ${file} as ${source} without being told`, async () => {
      const text = await load(file);
      const feed = parseFeed(text);
      expect(feed.papers.length, file).to.be.greaterThan(0);
      expect([...new Set(feed.papers.map((paper) => paper.source))]).to.deep.equal([source]);
      const data: unknown = JSON.parse(text);
      const claimed = scholarlyReaders.filter((reader) => reader.is(data)).map((reader) => reader.format);
      expect(claimed, `readers claiming ${file}`).to.deep.equal([source]);
    });
  }

  it('should leave Hugging Face and JSON Feed answers to their own readers', async () => {
    for (const file of [
      'formats/hf-paper.json',
      'formats/hf-search.json',
      'formats/papers.json',
      'formats/papers-1.0.json',
      'daily-papers.json',
      'empty-array.json',
    ]) {
      const data: unknown = await (await fetch(`/test/fixtures/${file}`)).json();
      expect(
        scholarlyReaders.filter((reader) => reader.is(data)).map((reader) => reader.format),
        file,
      ).to.deep.equal([]);
    }
  });
});
