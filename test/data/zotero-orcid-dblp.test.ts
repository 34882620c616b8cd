import { expect } from '@open-wc/testing';
import { isDblp, readDblp } from '../../src/data/formats/dblp.js';
import { isHuggingFace } from '../../src/data/formats/hugging-face.js';
import { isJsonFeed } from '../../src/data/formats/json-feed.js';
import { isOrcid, readOrcid } from '../../src/data/formats/orcid.js';
import { partialDate, partialDateText } from '../../src/data/partial-date.js';
import { isZotero, readZotero } from '../../src/data/formats/zotero.js';
import { paperLimits, type Paper } from '../../src/data/paper.js';

const fixture = async (name: string): Promise<unknown> =>
  (await fetch(`/test/fixtures/formats/${name}`)).json() as Promise<unknown>;

const detectors = { isZotero, isOrcid, isDblp, isHuggingFace, isJsonFeed };
/** Which of the shape checks say yes: exactly one for every body a reader is meant for. */
const claimedBy = (data: unknown) =>
  Object.entries(detectors)
    .filter(([, is]) => is(data))
    .map(([name]) => name);

// The other scholarly answers (OpenAlex, Crossref, Semantic Scholar) in their documented outlines:
// none of the three checks here may claim them.
const otherCatalogues: unknown[] = [
  {
    meta: { count: 1, page: 1 },
    results: [{ id: 'https://openalex.org/W1', title: 'x', publication_date: '2021-01-01' }],
  },
  { status: 'ok', 'message-type': 'work-list', message: { items: [{ title: ['x'] }], 'total-results': 1 } },
  { total: 1, offset: 0, data: [{ paperId: 'abc', title: 'x' }] },
  [{ paperId: 'abc', title: 'x' }],
];

describe('Zotero, ORCID and DBLP readers', () => {
  describe('detection', () => {
    it('should claim each fixture for its own reader only', async () => {
      expect(claimedBy(await fixture('zotero-items.json'))).to.deep.equal(['isZotero']);
      expect(claimedBy(await fixture('orcid-works.json'))).to.deep.equal(['isOrcid']);
      expect(claimedBy(await fixture('dblp-search.json'))).to.deep.equal(['isDblp']);
      expect(claimedBy(await fixture('dblp-single.json'))).to.deep.equal(['isDblp']);
      expect(claimedBy(await fixture('dblp-empty.json'))).to.deep.equal(['isDblp']);
      expect(claimedBy({ group: [], path: '/0000-0002-1825-0097/works' })).to.deep.equal(['isOrcid']);
    });

    it('should leave the other formats and catalogues alone', async () => {
      for (const name of ['hf-search.json', 'hf-paper.json', 'papers.json', 'papers-1.0.json']) {
        const claimed = claimedBy(await fixture(name)).filter((check) =>
          ['isZotero', 'isOrcid', 'isDblp'].includes(check),
        );
        expect(claimed, name).to.deep.equal([]);
      }
      for (const data of otherCatalogues) expect(claimedBy(data), JSON.stringify(data)).to.deep.equal([]);
      for (const data of [null, 1, 'x', [], {}, { group: 'x' }, { result: null }, [{ data: {} }], { group: [] }]) {
        expect(claimedBy(data), JSON.stringify(data)).to.deep.equal([]);
      }
    });
  });

  describe('Zotero', () => {
    it('should read every work in a library and skip its notes and attachments', async () => {
      const { papers } = readZotero(await fixture('zotero-items.json'));
      expect(papers.map((paper) => paper.title)).to.deep.equal([
        'Quorum sensing in Escherichia coli biofilms under flow',
        'Sparse attention for long genomic sequences',
        'Toolformer: Language Models Can Teach Themselves to Use Tools',
        'Phylogeography and biogeography of the horseshoe bats',
        'Energy-aware scheduling for edge clusters',
      ]);
      expect(papers[0]).to.deep.equal({
        id: 'https://www.zotero.org/z_public_library/items/X42A7DEE',
        title: 'Quorum sensing in Escherichia coli biofilms under flow',
        abstract: 'We measure how flow changes quorum sensing in biofilms.',
        authors: ['Marta Ortega', 'Erik Lindqvist'],
        tags: ['biofilms', 'flow cells'],
        source: 'zotero',
        published: '2021-03-04T00:00:00.000Z',
        url: 'https://www.sciencedirect.com/science/article/pii/S0167701221000336',
        doi: '10.1016/j.mimet.2021.106158',
        venue: 'Journal of Microbial Methods',
      } satisfies Paper);
    });

    it("should keep Zotero's parsed date as precise as it is, and read the free-text date without guessing a day", async () => {
      const { papers } = readZotero(await fixture('zotero-items.json'));
      expect(papers.map((paper) => paper.published)).to.deep.equal([
        '2021-03-04T00:00:00.000Z',
        '2021-03',
        '2023-02-09T00:00:00.000Z',
        '2003',
        '2021',
      ]);
    });

    it('should take the venue from the proceedings, the conference or the book, and a DOI from extra', async () => {
      const { papers } = readZotero(await fixture('zotero-items.json'));
      expect(papers[1]).to.include({ venue: 'Proceedings of the Workshop on Machine Learning in Genomics' });
      expect(papers[1]).to.not.have.property('doi');
      expect(papers[1]!.url).to.equal('https://www.zotero.org/z_public_library/items/P8WQZ3KM');
      expect(papers[3]).to.include({
        venue: 'Horseshoe bats of the world',
        doi: '10.5555/horseshoe.2003.11',
        url: 'https://doi.org/10.5555/horseshoe.2003.11',
      });
      expect(papers[3]!.authors).to.deep.equal(['A. Guillen-Servent', 'Bat Research Consortium']);
    });

    it('should identify a preprint on arXiv by its arXiv id', async () => {
      const { papers } = readZotero(await fixture('zotero-items.json'));
      expect(papers[2]).to.include({
        id: '2302.04761',
        url: 'http://arxiv.org/abs/2302.04761',
        pdfUrl: 'https://arxiv.org/pdf/2302.04761',
        doi: '10.48550/arxiv.2302.04761',
      });
      expect(papers[2]!.tags).to.deep.equal([]);
    });

    it('should read the answer for a single item, an object rather than a list', async () => {
      const [first] = (await fixture('zotero-items.json')) as unknown[];
      expect(isZotero(first)).to.equal(true);
      expect(readZotero(first).papers.map((paper) => paper.title)).to.deep.equal([
        'Quorum sensing in Escherichia coli biofilms under flow',
      ]);
    });

    it('should link to arXiv from the archive id when the item has no URL', () => {
      const { papers } = readZotero([
        { key: 'K', data: { itemType: 'preprint', title: 'T', archiveID: 'arXiv:2101.00001', url: '' } },
        { key: 'L', data: { itemType: 'report', title: 'U', extra: 'tex.x: y\narXiv: 2101.00002' } },
      ]);
      expect(papers.map((paper) => [paper.id, paper.url])).to.deep.equal([
        ['2101.00001', 'https://arxiv.org/abs/2101.00001'],
        ['2101.00002', 'https://arxiv.org/abs/2101.00002'],
      ]);
    });

    it('should list every creator of an item that names no author', () => {
      const { papers } = readZotero([
        {
          data: {
            itemType: 'book',
            title: 'Edited volume',
            creators: [
              { creatorType: 'editor', firstName: 'Ann', lastName: 'Editor' },
              { creatorType: 'seriesEditor', name: 'Series Board' },
            ],
          },
        },
      ]);
      expect(papers[0]!.authors).to.deep.equal(['Ann Editor', 'Series Board']);
    });

    it('should read dates people typed as precisely as they can be read', () => {
      const dated = (date: unknown, parsedDate?: unknown) =>
        readZotero([{ meta: { parsedDate }, data: { itemType: 'book', title: 'T', date } }]).papers[0]!.published;
      expect(dated('2021')).to.equal('2021');
      expect(dated('March 2021')).to.equal('2021-03');
      expect(dated('Sept. 2019')).to.equal('2019-09');
      expect(dated('2021-3-4')).to.equal('2021-03-04T00:00:00.000Z');
      expect(dated('3/4/2021')).to.equal('2021');
      expect(dated('04.03.2021')).to.equal('2021');
      expect(dated('in press')).to.equal(undefined);
      expect(dated('spring 20211')).to.equal(undefined);
      expect(dated('x', '1993-00-00')).to.equal('1993');
      expect(dated('x', '2021-02-30')).to.equal('2021-02');
      expect(dated(2021)).to.equal(undefined);
    });
  });

  describe('ORCID', () => {
    it('should read one paper per work group, from its preferred version', async () => {
      const { papers } = readOrcid(await fixture('orcid-works.json'));
      expect(papers).to.have.length(4);
      expect(papers[0]).to.deep.equal({
        id: 'orcid:/0000-0002-1825-0097/work/178603',
        title: 'ORCID: a system to uniquely identify researchers',
        abstract: '',
        authors: [],
        tags: [],
        source: 'orcid',
        published: '2012-10-01T00:00:00.000Z',
        url: 'https://onlinelibrary.wiley.com/doi/10.1087/20120404',
        doi: '10.1087/20120404',
        venue: 'Learned Publishing',
      } satisfies Paper);
    });

    it('should give a work on arXiv its arXiv link and id, and keep a year-month date a year and month', async () => {
      const { papers } = readOrcid(await fixture('orcid-works.json'));
      expect(papers[1]).to.deep.equal({
        id: '1706.03762',
        title: 'Attention is all you need',
        abstract: '',
        authors: [],
        tags: [],
        source: 'orcid',
        published: '2017-06',
        url: 'https://arxiv.org/abs/1706.03762',
        pdfUrl: 'https://arxiv.org/pdf/1706.03762',
      } satisfies Paper);
    });

    it('should link to the DOI when there is no URL, and never take a DOI of what the work is part of', async () => {
      const { papers } = readOrcid(await fixture('orcid-works.json'));
      expect(papers[2]).to.include({
        published: '2020',
        doi: '10.5555/conf.2020.42',
        url: 'https://doi.org/10.5555/conf.2020.42',
      });
      expect(papers[3]).to.include({
        title: 'A chapter in an edited volume',
        published: '2019',
        url: 'http://tempuri.org/',
      });
      expect(papers[3]).to.not.have.property('doi');
    });

    it('should fall back to the group identifiers and take the first version on a tie', () => {
      const summary = (title: string, index: unknown) => ({
        title: { title: { value: title } },
        'display-index': index,
      });
      const { papers } = readOrcid({
        group: [
          {
            'external-ids': {
              'external-id': [{ 'external-id-type': 'DOI', 'external-id-value': 'https://doi.org/10.5555/ABC' }],
            },
            'work-summary': [summary('first', '2'), summary('second', '2'), summary('third', 'x')],
          },
        ],
      });
      expect(papers[0]).to.include({ title: 'first', doi: '10.5555/abc', url: 'https://doi.org/10.5555/abc' });
    });
  });

  describe('DBLP', () => {
    it('should read titles without the closing full stop, authors without homonym numbers, year, venue and link', async () => {
      const { papers } = readDblp(await fixture('dblp-search.json'));
      expect(papers).to.have.length(4);
      expect(papers[0]).to.deep.equal({
        id: 'https://dblp.org/rec/conf/nips/VaswaniSPUJGKP17',
        title: 'Attention is All you Need',
        abstract: '',
        authors: [
          'Ashish Vaswani',
          'Noam Shazeer',
          'Niki Parmar',
          'Jakob Uszkoreit',
          'Llion Jones',
          'Aidan N. Gomez',
          'Lukasz Kaiser',
          'Illia Polosukhin',
        ],
        tags: [],
        source: 'dblp',
        published: '2017',
        url: 'https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html',
        venue: 'NIPS',
      } satisfies Paper);
      expect(papers[2]).to.include({
        title: 'Graph neural networks for traffic forecasting: a survey',
        doi: '10.5555/eswa.2022.117921',
        venue: 'Expert Syst. Appl.',
        published: '2022',
      });
      expect(papers[2]!.authors).to.deep.equal(['Wei Wang', 'Maria Garcia-Lopez']);
      expect(papers[3]).to.include({ title: 'Why do benchmarks saturate?', venue: 'NeurIPS' });
      expect(papers[3]!.authors).to.deep.equal(['Ada Nwosu']);
    });

    it('should link to the arXiv edition when a hit has one, so it is the same paper as in an arXiv feed', async () => {
      const { papers } = readDblp(await fixture('dblp-search.json'));
      expect(papers[2]).to.include({ id: '2101.11174', url: 'https://arxiv.org/abs/2101.11174' });
      expect(papers[1]).to.include({
        doi: '10.48550/arxiv.1706.03762',
        url: 'https://doi.org/10.48550/arXiv.1706.03762',
      });
    });

    it('should read a single hit written as an object, and an answer with no hits', async () => {
      expect(readDblp(await fixture('dblp-single.json')).papers.map((paper) => paper.title)).to.deep.equal([
        'Why do benchmarks saturate?',
      ]);
      expect(readDblp(await fixture('dblp-empty.json')).papers).to.deep.equal([]);
    });

    it('should strip one full stop only, and keep names that merely end in digits', () => {
      const { papers } = readDblp({
        result: {
          hits: {
            hit: [
              { info: { title: 'And so on...', authors: { author: ['Jo 2000x', 'R2D2 1234'] } } },
              { info: { title: 'Ends in e.g.', authors: { author: { text: '0001' } } } },
            ],
          },
        },
      });
      expect(papers.map((paper) => paper.title)).to.deep.equal(['And so on...', 'Ends in e.g']);
      expect(papers[0]!.authors).to.deep.equal(['Jo 2000x', 'R2D2']);
      expect(papers[1]!.authors).to.deep.equal(['0001']);
    });
  });

  describe('reduced-precision dates', () => {
    it('should write a year, a year and month, or a whole date, as valid as its parts are', () => {
      expect(partialDate(2021)).to.equal('2021');
      expect(partialDate('2021', '3')).to.equal('2021-03');
      expect(partialDate('2021', '02', '29')).to.equal('2021-02');
      expect(partialDate('2024', '02', '29')).to.equal('2024-02-29T00:00:00.000Z');
      expect(partialDate('2021', '0', '0')).to.equal('2021');
      expect(partialDate('2021', 13, 1)).to.equal('2021');
      expect(partialDate('999')).to.equal(undefined);
      expect(partialDate('20210')).to.equal(undefined);
      expect(partialDate(2021.5)).to.equal(undefined);
      expect(partialDate(null, 1, 1)).to.equal(undefined);
      expect(partialDateText('2021-03-04T00:00:00Z')).to.equal(undefined);
      expect(partialDateText(' 2021-03 ')).to.equal('2021-03');
    });

    it('should give every paper of the three readers a year, a month, or a whole day as every reader writes one', async () => {
      const papers = [
        ...readZotero(await fixture('zotero-items.json')).papers,
        ...readOrcid(await fixture('orcid-works.json')).papers,
        ...readDblp(await fixture('dblp-search.json')).papers,
      ];
      const dates = papers.flatMap((paper) => paper.published ?? []);
      expect(dates.length).to.be.greaterThan(10);
      for (const date of dates) {
        expect(date).to.match(/^\d{4}(?:-\d{2}(?:-\d{2}T00:00:00\.000Z)?)?$/);
        // The date a browser makes of it is the first instant of that year, month or day, in UTC.
        const [year, month = '01', day = '01T00:00:00.000Z'] = date.split('-');
        expect(new Date(date).toISOString()).to.equal(`${year}-${month}-${day}`);
      }
    });
  });

  describe('hostile answers', () => {
    const everyone = [readZotero, readOrcid, readDblp];

    it('should read nothing, without throwing, from values of the wrong shape', () => {
      const shapes: unknown[] = [
        null,
        undefined,
        0,
        'text',
        true,
        [],
        {},
        [null, 1, 'x', [], {}],
        { group: null },
        { group: [null, { 'work-summary': null }, { 'work-summary': [null, 1] }] },
        { result: { hits: { hit: null } } },
        { result: { hits: { hit: [null, 1, { info: null }, { info: [] }] } } },
        [{ data: null }, { data: [] }, { data: { itemType: 'journalArticle' } }],
      ];
      for (const read of everyone) {
        for (const shape of shapes)
          expect(read(shape).papers, `${read.name} ${JSON.stringify(shape)}`).to.deep.equal([]);
      }
    });

    it('should skip works without a title instead of showing "null" or a link as one', () => {
      expect(
        readZotero([{ data: { itemType: 'book', title: null, url: 'https://example.org/' } }]).papers,
      ).to.deep.equal([]);
      expect(
        readOrcid({
          group: [{ 'work-summary': [{ title: { title: { value: '   ' } }, url: { value: 'https://example.org/' } }] }],
        }).papers,
      ).to.deep.equal([]);
      expect(
        readDblp({ result: { hits: { hit: { info: { title: '.', ee: 'https://example.org/' } } } } }).papers,
      ).to.deep.equal([]);
    });

    it('should drop javascript: and other unsafe links from every field that holds one', () => {
      const bad = 'javascript:alert(1)';
      const zotero = readZotero([
        {
          links: { alternate: { href: 'data:text/html,x' } },
          data: { itemType: 'book', title: 'Z', url: bad, DOI: bad, archiveID: bad },
        },
      ]).papers[0]!;
      const orcid = readOrcid({
        group: [
          {
            'work-summary': [
              {
                title: { title: { value: 'O' } },
                url: { value: ' JaVaScRiPt:alert(1)' },
                'external-ids': {
                  'external-id': [
                    { 'external-id-type': 'doi', 'external-id-value': bad, 'external-id-url': { value: bad } },
                  ],
                },
              },
            ],
          },
        ],
      }).papers[0]!;
      const dblp = readDblp({
        result: {
          hits: { hit: { info: { title: 'D.', ee: [bad, 'java\tscript:alert(1)'], url: '&#106;avascript:alert(1)' } } },
        },
      }).papers[0]!;
      for (const paper of [zotero, orcid, dblp]) {
        expect(JSON.stringify(paper)).to.not.match(/script:|data:/i);
        expect(paper).to.not.have.property('url');
        expect(paper).to.not.have.property('doi');
      }
    });

    it('should read text, not markup, and never write null, undefined or an object as text', () => {
      const zotero = readZotero([
        {
          key: { x: 1 },
          meta: { parsedDate: { y: 1 } },
          data: {
            itemType: 'book',
            title: '<img src=x onerror=alert(1)>Safe <b>title</b>',
            abstractNote: null,
            creators: [null, { firstName: null, lastName: 'Solo' }, { name: { first: 'x' } }, 'plain'],
            tags: [{ tag: null }, { tag: '<script>alert(1)</script>' }, 'loose'],
            publicationTitle: ['not', 'text'],
            date: null,
          },
        },
      ]).papers[0]!;
      expect(zotero).to.deep.equal({
        id: 'Safe title',
        title: 'Safe title',
        abstract: '',
        authors: ['Solo'],
        tags: ['<script>alert(1)</script>'],
        source: 'zotero',
      } satisfies Paper);
      const orcid = readOrcid({
        group: [
          {
            'work-summary': [
              {
                title: { title: { value: 'O' } },
                'publication-date': { year: null, month: { value: 3 } },
                'journal-title': null,
              },
            ],
          },
        ],
      }).papers[0]!;
      expect(orcid).to.deep.equal({
        id: 'O',
        title: 'O',
        abstract: '',
        authors: [],
        tags: [],
        source: 'orcid',
      } satisfies Paper);
      const dblp = readDblp({
        result: {
          hits: {
            hit: [
              { info: { title: 'D.', authors: { author: [null, { text: null }, 7] }, venue: [null, {}], year: 'x' } },
            ],
          },
        },
      }).papers[0]!;
      expect(dblp).to.deep.equal({
        id: 'D',
        title: 'D',
        abstract: '',
        authors: [],
        tags: [],
        source: 'dblp',
      } satisfies Paper);
    });

    it('should hold huge lists and long values to the limits every paper has', () => {
      const many = Array.from({ length: paperLimits.authors + 500 }, (_, index) => ({
        creatorType: 'author',
        name: `Person-${index}`,
      }));
      const long = 'x'.repeat(paperLimits.title + 100);
      const zotero = readZotero([{ data: { itemType: 'book', title: long, creators: many } }]).papers[0]!;
      expect(zotero.authors).to.have.length(paperLimits.authors);
      expect(zotero.title).to.have.length(paperLimits.title);
      const hits = Array.from({ length: 2000 }, (_, index) => ({
        info: {
          title: `Paper ${index}.`,
          authors: { author: index === 1999 ? many.map((person) => person.name) : 'One' },
        },
      }));
      const dblp = readDblp({ result: { hits: { hit: hits } } }).papers;
      expect(dblp).to.have.length(2000);
      expect(dblp[1999]!.authors).to.have.length(paperLimits.authors);
      const groups = Array.from({ length: 2000 }, (_, index) => ({
        'work-summary': Array.from({ length: 50 }, (_, version) => ({
          title: { title: { value: `W${index}` } },
          'display-index': String(version),
        })),
      }));
      expect(readOrcid({ group: groups }).papers).to.have.length(2000);
    });
  });
});
