import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { foldTitle, groupSamePapers, mergeFeeds, paperIdentity } from '../../src/data/merge.js';
import type { Feed, Paper } from '../../src/data/paper.js';

const paper = (id: string, fields: Partial<Paper> = {}): Paper => ({
  id,
  title: id,
  abstract: '',
  authors: [],
  tags: [],
  source: 'rss',
  ...fields,
});
const ids = (feed: Feed) => feed.papers.map((item) => item.id);

describe('mergeFeeds', () => {
  it('should make one paper of a DOI found in two sources, keeping the richer field of each', () => {
    const fromHub = paper('2401.00001', {
      title: 'Graph diffusion',
      abstract: 'Short.',
      authors: ['A. Lovelace'],
      upvotes: 40,
      published: '2024-01-02T00:00:00.000Z',
      url: 'https://huggingface.co/papers/2401.00001',
      doi: '10.1000/graph',
      tags: ['graphs'],
      source: 'hugging-face',
    });
    const fromCatalogue = paper('https://openalex.org/W1', {
      title: 'Graph Diffusion',
      abstract: 'A much longer abstract of the journal version.',
      authors: ['Ada Lovelace', 'Charles Babbage'],
      citations: 12,
      venue: 'Journal of Graphs',
      published: '2024-06-01T00:00:00.000Z',
      doi: '10.1000/graph',
      tags: ['diffusion', 'graphs'],
      source: 'openalex',
    });
    const merged = mergeFeeds([{ papers: [fromHub] }, { papers: [fromCatalogue] }]);
    expect(merged.papers).to.have.length(1);
    expect(merged.papers[0]).to.deep.equal({
      id: '2401.00001',
      title: 'Graph Diffusion',
      abstract: 'A much longer abstract of the journal version.',
      authors: ['Ada Lovelace', 'Charles Babbage'],
      tags: ['graphs', 'diffusion'],
      source: 'hugging-face',
      published: '2024-01-02T00:00:00.000Z',
      upvotes: 40,
      citations: 12,
      url: 'https://huggingface.co/papers/2401.00001',
      venue: 'Journal of Graphs',
      doi: '10.1000/graph',
    });
  });

  it('should make one paper of an arXiv id, however each source writes it', () => {
    const arxiv = paper('2401.00002', { title: 'Preprint title', source: 'arxiv-api' });
    const viaDoi = paper('W2', { title: 'Published title', doi: '10.48550/arxiv.2401.00002', citations: 3 });
    const viaPdf = paper('W3', { title: 'Third title', pdfUrl: 'https://arxiv.org/pdf/2401.00002v2' });
    const merged = mergeFeeds([{ papers: [arxiv] }, { papers: [viaDoi, viaPdf] }]);
    expect(ids(merged)).to.deep.equal(['2401.00002']);
    expect(merged.papers[0]!.citations).to.equal(3);
    expect(merged.papers[0]!.doi).to.equal('10.48550/arxiv.2401.00002');
  });

  it('should prefer a journal DOI to arXiv’s DOI for the preprint', () => {
    const preprint = paper('2401.00003', { doi: '10.48550/arxiv.2401.00003' });
    const journal = paper('W4', { doi: '10.1000/journal', pdfUrl: 'https://arxiv.org/pdf/2401.00003' });
    expect(mergeFeeds([{ papers: [preprint, journal] }]).papers[0]!.doi).to.equal('10.1000/journal');
  });

  it('should make one paper of titles that differ only in case, accents, punctuation and spaces', () => {
    const a = paper('a', { title: 'Schrödinger Bridges: Self-Attention, Revisited.' });
    const b = paper('b', { title: 'schrodinger bridges — self attention revisited' });
    const c = paper('c', { title: 'ＳＣＨＲＯＤＩＮＧＥＲ BRIDGES SELF ATTENTION REVISITED' });
    expect(foldTitle(b.title)).to.equal(foldTitle(a.title));
    expect(foldTitle(c.title)).to.equal(foldTitle(a.title));
    expect(ids(mergeFeeds([{ papers: [a] }, { papers: [b, c] }]))).to.deep.equal(['a']);
  });

  it('should keep papers apart whose titles match but whose DOIs or arXiv ids differ', () => {
    const editorials = [
      paper('e1', { title: 'Editorial', doi: '10.1000/e1' }),
      paper('e2', { title: 'Editorial', doi: '10.1000/e2' }),
      paper('2401.00005', { title: 'Introduction' }),
      paper('2401.00006', { title: 'Introduction' }),
    ];
    expect(ids(mergeFeeds([{ papers: editorials }]))).to.deep.equal(['e1', 'e2', '2401.00005', '2401.00006']);
  });

  it('should keep apart a paper that could be either of two that disagree, whatever the order', () => {
    const one = paper('one', { title: 'Results', doi: '10.1000/one' });
    const two = paper('two', { title: 'Results', doi: '10.1000/two' });
    const bare = paper('bare', { title: 'results' });
    expect(ids(mergeFeeds([{ papers: [bare] }, { papers: [one, two] }]))).to.deep.equal(['bare', 'one', 'two']);
    expect(ids(mergeFeeds([{ papers: [one] }, { papers: [bare, two] }]))).to.deep.equal(['one', 'bare', 'two']);
  });

  it('should keep the order of the sources, a merged paper where its first copy stood', () => {
    const merged = mergeFeeds([
      { papers: [paper('a'), paper('b', { doi: '10.1/b' }), paper('c')] },
      { papers: [paper('d'), paper('b2', { doi: '10.1/b' }), paper('e')] },
    ]);
    expect(ids(merged)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
  });

  it('should give back a paper with no copy as it was, and take the first feed title there is', () => {
    const alone = paper('alone', { title: 'Alone' });
    const merged = mergeFeeds([{ papers: [] }, { papers: [alone], title: 'Second' }, { papers: [], title: 'Third' }]);
    expect(merged.papers[0] === alone).to.equal(true);
    expect(merged.title).to.equal('Second');
    expect(mergeFeeds([])).to.deep.equal({ papers: [] });
  });

  it('should keep the earliest publication date and the latest update', () => {
    const merged = mergeFeeds([
      {
        papers: [
          paper('x', { doi: '10.1/x', published: '2024-05-01T00:00:00.000Z', updated: '2024-05-02T00:00:00.000Z' }),
          paper('y', { doi: '10.1/x', published: '2023-01-01T00:00:00.000Z', updated: '2024-09-01T00:00:00.000Z' }),
        ],
      },
    ]).papers[0]!;
    expect([merged.published, merged.updated]).to.deep.equal(['2023-01-01T00:00:00.000Z', '2024-09-01T00:00:00.000Z']);
  });

  it('should give different papers that share an id different ids', () => {
    const merged = mergeFeeds([
      { papers: [paper('1', { title: 'First' }), paper('1', { title: 'Second' })] },
      { papers: [paper('1', { title: 'Third' }), paper('1~2', { title: 'Fourth' })] },
    ]);
    expect(ids(merged)).to.deep.equal(['1', '1~2', '1~3', '1~2~2']);
  });

  it('should merge ten thousand papers, half of them copies', () => {
    const first = Array.from({ length: 5_000 }, (_, n) => paper(`p${n}`, { doi: `10.1/${n}`, upvotes: n }));
    const second = Array.from({ length: 5_000 }, (_, n) =>
      paper(`W${n}`, { title: `P${n}!`, citations: n, ...(n % 2 ? { doi: `10.1/${n}` } : {}) }),
    );
    const merged = mergeFeeds([{ papers: first }, { papers: second }]);
    expect(merged.papers.length).to.equal(5_000);
    expect(merged.papers[4_999]!.citations).to.equal(4_999);
  });
});

// A small pool of identifiers, so that generated papers often share them.
const doi = fc.constantFrom('10.1/a', '10.1/b', '10.1/c', '10.48550/arxiv.2401.00001');
const arxivPdf = fc.constantFrom('2401.00001', '2401.00002', '2401.00003').map((id) => `https://arxiv.org/pdf/${id}`);
const title = fc.constantFrom('Graph diffusion', 'graph  Diffusion.', 'Results', 'RESULTS!', 'Other', 'Ωmega');
const generated = fc.record(
  { doi, pdfUrl: arxivPdf, title, citations: fc.nat(50), upvotes: fc.nat(50), abstract: fc.string({ maxLength: 4 }) },
  { requiredKeys: ['title'] },
);
const feeds = fc.array(fc.array(generated, { maxLength: 6 }), { minLength: 1, maxLength: 4 }).map((lists) => {
  let n = 0;
  return lists.map((list): Feed => ({ papers: list.map((fields) => paper(`p${n++}`, fields)) }));
});
const groupSignature = (list: readonly Feed[]) =>
  groupSamePapers(list.flatMap((feed) => feed.papers))
    .map((group) =>
      group
        .map((item) => item.id)
        .sort()
        .join(' '),
    )
    .sort();

describe('mergeFeeds properties', () => {
  it('should fold plain ASCII titles as the Unicode path folds them', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) }),
        (text) => {
          expect(foldTitle(`${text}é`)).to.equal(`${foldTitle(text)}e`);
        },
      ),
    );
  });

  it('should give the same papers when merged again', () => {
    fc.assert(
      fc.property(feeds, (list) => {
        // Unless one DOI came with two arXiv ids: the merged paper can keep only one of them.
        const arxivsOf = new Map<string, Set<string | undefined>>();
        for (const identity of list.flatMap((feed) => feed.papers).map(paperIdentity))
          if (identity.doi) arxivsOf.set(identity.doi, (arxivsOf.get(identity.doi) ?? new Set()).add(identity.arxiv));
        fc.pre([...arxivsOf.values()].every((set) => set.size === 1 || (set.size === 2 && set.has(undefined))));
        const once = mergeFeeds(list);
        expect(mergeFeeds([once])).to.deep.equal(once);
      }),
    );
  });

  it('should find the same groups whatever the order of the sources', () => {
    fc.assert(
      fc.property(
        feeds.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length }))),
        ([list, shuffled]) => {
          expect(groupSignature(shuffled)).to.deep.equal(groupSignature(list));
        },
      ),
    );
  });

  it('should never lose a paper that has no copy, nor count any paper twice', () => {
    fc.assert(
      fc.property(feeds, (list) => {
        const all = list.flatMap((feed) => feed.papers);
        const groups = groupSamePapers(all);
        expect(groups.flat().length).to.equal(all.length);
        const keys = all.map((item) => ({ ...paperIdentity(item), title: foldTitle(item.title) }));
        const count = new Map<string, number>();
        for (const identity of keys)
          for (const [kind, value] of Object.entries(identity))
            count.set(`${kind}:${value}`, (count.get(`${kind}:${value}`) ?? 0) + 1);
        const merged = new Set(mergeFeeds(list).papers);
        all.forEach((item, index) => {
          const alone = Object.entries(keys[index]!).every(([kind, value]) => count.get(`${kind}:${value}`) === 1);
          if (alone) expect(merged.has(item), item.id).to.equal(true);
        });
      }),
    );
  });
});
