import { expect } from '@open-wc/testing';
import type { Paper } from '../../src/data/paper.js';
import { selectPapers } from '../../src/data/select.js';

const paper = (id: string, fields: Partial<Paper>): Paper => ({
  id,
  title: id,
  abstract: '',
  authors: [],
  tags: [],
  source: 'rss',
  ...fields,
});
const now = Date.parse('2025-12-10T12:00:00Z');
const papers = [
  paper('old-popular', { published: '2025-11-01T00:00:00Z', upvotes: 300, title: 'Schrödinger bridges' }),
  paper('new-quiet', { published: '2025-12-10T06:00:00Z', upvotes: 5, authors: ['Ada Lovelace'] }),
  paper('new-popular', { published: '2025-12-09T12:00:00Z', upvotes: 80, abstract: 'Diffusion models for graphs.' }),
  paper('undated', {}),
];
const ids = (list: Paper[]) => list.map((item) => item.id);

describe('selectPapers', () => {
  it('should keep the feed’s order by default and never change the input', () => {
    const copy = [...papers];
    expect(ids(selectPapers(papers, {}))).to.deep.equal(ids(copy));
    selectPapers(papers, { sort: 'upvotes' });
    expect(papers).to.deep.equal(copy);
  });

  it('should sort newest first, undated last', () => {
    expect(ids(selectPapers(papers, { sort: 'newest' }))).to.deep.equal([
      'new-quiet',
      'new-popular',
      'old-popular',
      'undated',
    ]);
  });

  it('should sort by upvotes', () => {
    expect(ids(selectPapers(papers, { sort: 'upvotes' }))).to.deep.equal([
      'old-popular',
      'new-popular',
      'new-quiet',
      'undated',
    ]);
  });

  it('should rank trending papers by upvotes discounted by age', () => {
    expect(ids(selectPapers(papers, { sort: 'trending' }, now)).slice(0, 2)).to.deep.equal([
      'new-popular',
      'new-quiet',
    ]);
  });

  it('should find every word of the query in title, authors or abstract, ignoring case and accents', () => {
    expect(ids(selectPapers(papers, { query: 'schrodinger' }))).to.deep.equal(['old-popular']);
    expect(ids(selectPapers(papers, { query: 'LOVELACE' }))).to.deep.equal(['new-quiet']);
    expect(ids(selectPapers(papers, { query: 'graphs diffusion' }))).to.deep.equal(['new-popular']);
    expect(ids(selectPapers(papers, { query: 'graphs lovelace' }))).to.deep.equal([]);
    expect(ids(selectPapers(papers, { query: '   ' }))).to.have.length(4);
  });

  it('should sort by citations, papers without a count last in the feed’s order, and keep only min-citations', () => {
    const cited = [
      paper('none-1', {}),
      paper('zero', { citations: 0 }),
      paper('many', { citations: 90 }),
      paper('none-2', {}),
      paper('some', { citations: 5 }),
    ];
    expect(ids(selectPapers(cited, { sort: 'citations' }))).to.deep.equal(['many', 'some', 'zero', 'none-1', 'none-2']);
    expect(ids(selectPapers(cited, { minCitations: 5 }))).to.deep.equal(['many', 'some']);
    expect(ids(selectPapers(cited, { minCitations: 0 }))).to.have.length(5);
  });

  it('should keep only papers with at least min-upvotes', () => {
    expect(ids(selectPapers(papers, { minUpvotes: 50 }))).to.deep.equal(['old-popular', 'new-popular']);
  });
});
