import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anything, field, url } from './hostile-values.js';
import { FeedError } from '../../src/data/feed-error.js';
import { readFeed, type FeedFormat } from '../../src/data/formats/detect.js';
import { invertedAbstract, isOpenAlex } from '../../src/data/formats/openalex.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import { isCrossref } from '../../src/data/formats/crossref.js';
import { isSemanticScholar } from '../../src/data/formats/semantic-scholar.js';
import { scholarlyReaders } from '../../src/data/formats/scholarly.js';
import { paperLimits, type Feed, type Paper } from '../../src/data/paper.js';
import { paperDate, partialDate } from '../../src/data/partial-date.js';
import { formatDate } from '../../src/i18n/format.js';
import { clean, expectWellFormed } from './paper-checks.js';

// OpenAlex, Crossref and Semantic Scholar: fixtures written after each source's documentation
// (test/fixtures/formats/scholarly-fixtures.md names the pages), hostile variants and properties.

const bodies = new Map<string, string>();

async function body(path: string): Promise<string> {
  let text = bodies.get(path);
  if (text === undefined) {
    text = await (await fetch(`/test/fixtures/${path}`)).text();
    bodies.set(path, text);
  }
  return text;
}

async function read(path: string, format?: FeedFormat): Promise<Feed> {
  return parseFeed(await body(path), { url: `https://api.example.org/${path}`, format });
}

describe('OpenAlex works', () => {
  it('should read a list of works field by field, rebuilding the abstract and skipping works without a title', async () => {
    const feed = await read('formats/openalex-works.json');
    expect(feed.papers.map((paper) => paper.title)).to.deep.equal([
      'Large language models encode clinical knowledge',
      'Trace is the Next AutoDiff: Generative Optimization with Rich Feedback, Execution Traces, and LLMs',
      'A short note on in situ measurements',
    ]);
    expect(feed.papers[0]).to.deep.equal({
      id: 'W4385245566',
      title: 'Large language models encode clinical knowledge',
      abstract:
        'Large language models (LLMs) have demonstrated impressive capabilities. We evaluate such clinical models',
      authors: ['Karan Singhal', 'Shekoofeh Azizi', 'Vivek Natarajan'],
      tags: [],
      source: 'openalex',
      published: '2023-07-12T00:00:00.000Z',
      url: 'https://doi.org/10.1038/s41586-023-06291-2',
      pdfUrl: 'https://www.nature.com/articles/s41586-023-06291-2.pdf',
      doi: '10.1038/s41586-023-06291-2',
      citations: 2117,
      venue: 'Nature',
    } satisfies Paper);
  });

  it('should read a work on arXiv as the arXiv paper, with its links', async () => {
    const paper = (await read('formats/openalex-works.json')).papers[1]!;
    expect(paper.id).to.equal('2406.16218');
    expect(paper.url).to.equal('https://arxiv.org/abs/2406.16218');
    expect(paper.pdfUrl).to.equal('https://arxiv.org/pdf/2406.16218');
    expect(paper.doi).to.equal('10.48550/arxiv.2406.16218');
    expect(paper.venue).to.equal('arXiv (Cornell University)');
    expect(paper.abstract).to.equal('');
  });

  it('should leave out what a work does not have, never writing "null"', async () => {
    const paper = (await read('formats/openalex-works.json')).papers[2]!;
    expect(paper).to.deep.equal({
      id: 'W3123456789',
      title: 'A short note on in situ measurements',
      abstract: '',
      authors: ['R. Lee'],
      tags: [],
      source: 'openalex',
      published: '1998-01-01T00:00:00.000Z',
      url: 'https://openalex.org/W3123456789',
      citations: 0,
    } satisfies Paper);
  });

  it('should read a single work', async () => {
    const feed = await read('formats/openalex-work.json');
    expect(feed.papers).to.have.length(1);
    const paper = feed.papers[0]!;
    expect(paper.abstract).to.equal('Despite growing interest in Open Access (OA), much remains unknown.');
    expect(paper.doi).to.equal('10.7717/peerj.4375');
    expect(paper.pdfUrl).to.equal('https://peerj.com/articles/4375.pdf');
    expect(paper.venue).to.equal('PeerJ');
    expect(paper.citations).to.equal(1051);
  });

  it('should keep only text and safe links from a hostile list, and skip what is no work', async () => {
    const feed = await read('hostile/scholarly-openalex.json');
    expect(feed.papers.map((paper) => paper.title)).to.deep.equal(['Hostile work', 'Types all wrong']);
    const [hostile, wrong] = feed.papers as [Paper, Paper];
    expect(hostile).to.deep.equal({
      id: 'W1',
      title: 'Hostile work',
      abstract: 'first second __proto__',
      authors: ['Real Name'],
      tags: [],
      source: 'openalex',
      url: 'https://openalex.org/W1',
    } satisfies Paper);
    expect(wrong).to.deep.equal({
      id: 'Types all wrong',
      title: 'Types all wrong',
      abstract: '',
      authors: [],
      tags: [],
      source: 'openalex',
    } satisfies Paper);
  });

  it('should rebuild an abstract from a hostile index without allocating for its positions', () => {
    expect(invertedAbstract({ a: [1e9], b: [2 ** 53 + 1], c: [-1], d: [0.5], e: [Infinity] })).to.equal(undefined);
    expect(invertedAbstract({ last: [paperLimits.abstract / 2 - 1], first: [0] })).to.equal('first last');
    expect(invertedAbstract({ first: [0], far: [paperLimits.abstract / 2] })).to.equal('first');
    // A long abstract stops at the limit instead of joining every word.
    const word = 'x'.repeat(1000);
    const index = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${word}${i}`, [i]]));
    const text = invertedAbstract(index)!;
    expect(text.length).to.be.at.most(paperLimits.abstract + 1100);
    expect(text.startsWith(`${word}0 ${word}1 `)).to.equal(true);
  });
});

describe('Crossref works', () => {
  it('should read a list of works field by field, keeping dates as precise as their parts', async () => {
    const feed = await read('formats/crossref-works.json');
    expect(feed.papers.map((paper) => paper.title)).to.deep.equal([
      'Construction of the Literature Graph in Semantic Scholar',
      'Highly accurate protein structure prediction with AlphaFold',
      'On the complexity of planning',
    ]);
    expect(feed.papers[0]).to.deep.equal({
      id: '10.18653/v1/2020.acl-main.447',
      title: 'Construction of the Literature Graph in Semantic Scholar',
      abstract:
        'We describe a deployed scalable system for organizing published scientific literature into a heterogeneous graph. The graph supports search and recommendation.',
      authors: ['Kyle Lo', 'Lucy Lu Wang', 'Daniel S. Weld'],
      tags: [],
      source: 'crossref',
      published: '2020-07',
      url: 'https://doi.org/10.18653/v1/2020.acl-main.447',
      pdfUrl: 'https://www.aclweb.org/anthology/2020.acl-main.447.pdf',
      doi: '10.18653/v1/2020.acl-main.447',
      citations: 187,
      venue: 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics',
    } satisfies Paper);
    const alphaFold = feed.papers[1]!;
    expect(alphaFold.published).to.equal('2021-07-15T00:00:00.000Z');
    expect(alphaFold.authors).to.deep.equal(['John Jumper', 'Richard Evans', 'AlphaFold Team']);
    expect(alphaFold.pdfUrl).to.equal('https://www.nature.com/articles/s41586-021-03819-2.pdf');
    expect(alphaFold.venue).to.equal('Nature');
    expect(feed.papers[2]!.published).to.equal('1994');
    expect(feed.papers[2]!.doi).to.equal('10.1016/0004-3702(95)00022-4');
  });

  it('should read a single work', async () => {
    const feed = await read('formats/crossref-work.json');
    expect(feed.papers).to.have.length(1);
    expect(feed.papers[0]!.abstract).to.match(
      /^Despite growing interest in Open Access \(OA\) to scholarly literature/,
    );
    expect(feed.papers[0]!.published).to.equal('2018-02-13T00:00:00.000Z');
    expect(feed.papers[0]!.citations).to.equal(1051);
  });

  it('should keep only text and safe links from a hostile list, and skip works without a title', async () => {
    const feed = await read('hostile/scholarly-crossref.json');
    expect(feed.papers.map((paper) => paper.title)).to.deep.equal(['Hostile work', 'Types all wrong']);
    expect(feed.papers[0]).to.deep.equal({
      id: 'Hostile work',
      title: 'Hostile work',
      abstract: 'Text more',
      authors: ['Ada Lovelace'],
      tags: [],
      source: 'crossref',
      published: '2021',
    } satisfies Paper);
    expect(feed.papers[1]).to.deep.equal({
      id: 'Types all wrong',
      title: 'Types all wrong',
      abstract: '',
      authors: [],
      tags: [],
      source: 'crossref',
      published: '2020',
      citations: 12,
    } satisfies Paper);
  });
});

describe('Semantic Scholar Graph API', () => {
  it('should read a paper search field by field, an arXiv paper as the arXiv paper', async () => {
    const feed = await read('formats/semantic-scholar-search.json');
    expect(feed.papers).to.have.length(2);
    expect(feed.papers[0]).to.deep.equal({
      id: '1706.03762',
      title: 'Attention is All you Need',
      abstract:
        'The dominant sequence transduction models are based on complex recurrent or convolutional neural networks.',
      authors: ['Ashish Vaswani', 'Noam M. Shazeer', 'Niki Parmar'],
      tags: [],
      source: 'semantic-scholar',
      published: '2017-06-12T00:00:00.000Z',
      url: 'https://arxiv.org/abs/1706.03762',
      pdfUrl: 'https://arxiv.org/pdf/1706.03762',
      citations: 132457,
      venue: 'Neural Information Processing Systems',
    } satisfies Paper);
    expect(feed.papers[1]).to.deep.equal({
      id: '5c5751d45e298cea054f32b392c12c61027d2fe7',
      title: 'Construction of the Literature Graph in Semantic Scholar',
      abstract: '',
      authors: ['Kyle Lo', 'Lucy Lu Wang'],
      tags: [],
      source: 'semantic-scholar',
      published: '2020',
      url: 'https://www.semanticscholar.org/paper/5c5751d45e298cea054f32b392c12c61027d2fe7',
      pdfUrl: 'https://www.aclweb.org/anthology/2020.acl-main.447.pdf',
      doi: '10.18653/v1/2020.acl-main.447',
      citations: 187,
      venue: 'Proceedings of the 58th Annual Meeting of the Association for Computational Linguistics',
    } satisfies Paper);
  });

  it('should read an author’s papers and a batch with nulls', async () => {
    const author = await read('formats/semantic-scholar-author-papers.json');
    expect(author.papers.map((paper) => [paper.id, paper.published, paper.venue])).to.deep.equal([
      ['649def34f8be52c8b66281af98ae884c09aef38b', '2018', 'Nucleic Acids Research'],
      ['2106.15928', '2021', 'arXiv.org'],
    ]);
    expect(author.papers[0]!.doi).to.equal('10.1093/nar/gkx1122');
    const batch = await read('formats/semantic-scholar-batch.json');
    expect(batch.papers.map((paper) => paper.id)).to.deep.equal([
      '649def34f8be52c8b66281af98ae884c09aef38b',
      '1706.03762',
    ]);
  });

  it('should keep only text and safe links from a hostile page, and unwrap citations and references', async () => {
    const feed = await read('hostile/scholarly-semantic-scholar.json');
    expect(feed.papers).to.deep.equal([
      {
        id: 'abc',
        title: 'Hostile paper',
        abstract: 'An abstract',
        authors: ['Real Name'],
        tags: [],
        source: 'semantic-scholar',
      },
      {
        id: '1706.03762',
        title: 'A wrapped reference',
        abstract: '',
        authors: [],
        tags: [],
        source: 'semantic-scholar',
        published: '2019',
        url: 'https://arxiv.org/abs/1706.03762',
        pdfUrl: 'https://arxiv.org/pdf/1706.03762',
        citations: 3,
      },
    ] satisfies Paper[]);
  });
});

describe('scholarly detection', () => {
  const fixtures: [string, FeedFormat][] = [
    ['formats/openalex-works.json', 'openalex'],
    ['formats/openalex-work.json', 'openalex'],
    ['formats/crossref-works.json', 'crossref'],
    ['formats/crossref-work.json', 'crossref'],
    ['formats/semantic-scholar-search.json', 'semantic-scholar'],
    ['formats/semantic-scholar-author-papers.json', 'semantic-scholar'],
    ['formats/semantic-scholar-batch.json', 'semantic-scholar'],
  ];

  it('should know each source from its content alone, and no other source’s', async () => {
    for (const [path, format] of fixtures) {
      const data = JSON.parse(await body(path)) as unknown;
      const detected = scholarlyReaders.filter((reader) => reader.is(data)).map((reader) => reader.format);
      expect(detected, path).to.deep.equal([format]);
      const auto = await read(path);
      expect(auto.papers.length, path).to.be.above(0);
      expect(
        auto.papers.every((paper) => paper.source === format),
        path,
      ).to.equal(true);
    }
  });

  it('should read a body as the format forced on it, and find nothing in another source’s', async () => {
    expect((await read('formats/crossref-works.json', 'crossref')).papers).to.have.length(3);
    expect((await read('formats/crossref-works.json', 'openalex')).papers).to.deep.equal([]);
    expect((await read('formats/openalex-works.json', 'semantic-scholar')).papers).to.deep.equal([]);
  });

  it('should not take other JSON for a catalogue’s', () => {
    for (const data of [
      { error: 'Too many requests' },
      { meta: {}, results: [{ name: 'an author' }] },
      { status: 'ok', 'message-type': 'member-list', message: { items: [] } },
      { data: [{ id: 1 }] },
      [{ title: 'x' }],
      { total: 3 },
    ]) {
      expect([isOpenAlex(data), isCrossref(data), isSemanticScholar(data)], JSON.stringify(data)).to.deep.equal([
        false,
        false,
        false,
      ]);
      expect(() => parseFeed(JSON.stringify(data)), JSON.stringify(data)).to.throw(FeedError, /not a feed/);
    }
  });

  it('should read an empty page of each catalogue as no papers', () => {
    expect(parseFeed('{"meta":{"count":0},"results":[]}').papers).to.deep.equal([]);
    expect(parseFeed('{"message-type":"work-list","message":{"items":[]}}').papers).to.deep.equal([]);
    expect(parseFeed('{"total":0,"offset":0,"data":[]}').papers).to.deep.equal([]);
  });

  it('should read a catalogue through readFeed, loading its reader on need', async () => {
    const feed = await readFeed(await body('formats/openalex-work.json'));
    expect(feed.papers[0]!.source).to.equal('openalex');
    const forced = await readFeed(await body('formats/crossref-work.json'), { format: 'crossref' });
    expect(forced.papers[0]!.source).to.equal('crossref');
    const error = await readFeed('{"error":"Too many requests"}').then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('unrecognized');
  });
});

describe('DOIs from arXiv', () => {
  it('should fill doi from the arXiv API’s arxiv:doi and the listings’ arxiv:DOI', () => {
    const api = `<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom"
      xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/"><opensearch:totalResults>1</opensearch:totalResults>
      <entry><id>http://arxiv.org/abs/2106.15928v1</id><title>A paper</title>
      <arxiv:doi>10.1103/PhysRevD.104.L041301 10.1234/second</arxiv:doi></entry></feed>`;
    expect(parseFeed(api).papers[0]!.doi).to.equal('10.1103/physrevd.104.l041301');
    const rss = `<rss version="2.0" xmlns:arxiv="http://arxiv.org/schemas/atom"><channel><title>cs updates on arXiv.org</title>
      <link>http://rss.arxiv.org/rss/cs</link><item><title>A paper</title><link>https://arxiv.org/abs/2509.14279</link>
      <description>arXiv:2509.14279v1 Announce Type: new Abstract: Text.</description><guid>oai:arXiv.org:2509.14279v1</guid>
      <arxiv:announce_type>new</arxiv:announce_type><arxiv:DOI>https://doi.org/10.1000/XYZ</arxiv:DOI></item></channel></rss>`;
    expect(parseFeed(rss).papers[0]!.doi).to.equal('10.1000/xyz');
  });
});

describe('dates of reduced precision', () => {
  it('should keep a year or a month as they are, and a whole day as every reader writes one', () => {
    expect(partialDate(2021)).to.equal('2021');
    expect(partialDate(2021, 3)).to.equal('2021-03');
    expect(partialDate(2021, 3, 15)).to.equal('2021-03-15T00:00:00.000Z');
    expect(partialDate(2021, 2, 30)).to.equal('2021-02');
    expect(partialDate(2021, 13, 1)).to.equal('2021');
    for (const year of [null, undefined, 999, 10000, 2021.5, 'x', NaN, Infinity]) {
      expect(partialDate(year), String(year)).to.equal(undefined);
    }
    expect(paperDate('2021')).to.equal('2021');
    expect(paperDate('2021-03')).to.equal('2021-03');
    expect(paperDate('2021-00')).to.equal(undefined);
    expect(paperDate('2021-03-15')).to.equal('2021-03-15T00:00:00.000Z');
    expect(Date.parse('2021-03')).to.equal(Date.UTC(2021, 2, 1));
  });

  it('should show a year as a year and a month as a month, never a made-up first day', () => {
    expect(formatDate('2021', 'en-US')).to.equal('2021');
    expect(formatDate('2021-03', 'en-US')).to.equal('Mar 2021');
    expect(formatDate('2021-03', 'de-DE')).to.equal('März 2021');
    expect(formatDate('2021-03-15T00:00:00.000Z', 'en-US')).to.equal('Mar 15, 2021');
  });

  it('should read a reduced date back from the feed kit’s JSON Feed, with DOI, citations and venue', () => {
    const paper = { id: '10.1234/x', title: 'T', abstract: '', authors: [], tags: [], source: 'crossref' };
    const feed = {
      version: 'https://jsonfeed.org/version/1.1',
      items: [
        {
          id: '10.1234/x',
          title: 'T',
          date_published: '2021-03-01T00:00:00.000Z',
          _paper: { ...paper, published: '2021-03', doi: '10.1234/X', citations: 4, venue: 'A <b>journal</b>' },
        },
      ],
    };
    expect(parseFeed(JSON.stringify(feed)).papers).to.deep.equal([
      { ...paper, published: '2021-03', doi: '10.1234/x', citations: 4, venue: 'A <b>journal</b>' },
    ]);
  });
});

function readsSafely(value: unknown, format: FeedFormat = 'auto'): void {
  let papers: Paper[];
  try {
    papers = parseFeed(JSON.stringify(value), { url: 'https://api.example.org/works', format }).papers;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return;
  }
  for (const paper of papers) expectWellFormed(paper);
}

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.oneof(arbitrary, anything);
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });
const position = fc.oneof(fc.nat(30), fc.integer(), fc.double(), fc.constant(2 ** 40));

const openAlexWork = record({
  id: maybe(fc.nat().map((n) => `https://openalex.org/W${n}`)),
  doi: maybe(url),
  title: field,
  display_name: field,
  publication_date: maybe(fc.date({ noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10))),
  authorships: maybe(fc.array(record({ author: maybe(record({ display_name: field })) }), { maxLength: 4 })),
  abstract_inverted_index: maybe(fc.dictionary(fc.string(), maybe(fc.array(position, { maxLength: 4 })))),
  cited_by_count: anything,
  primary_location: maybe(
    record({ landing_page_url: maybe(url), pdf_url: maybe(url), source: maybe(record({ display_name: field })) }),
  ),
  best_oa_location: maybe(record({ landing_page_url: maybe(url), pdf_url: maybe(url) })),
  open_access: maybe(record({ oa_url: maybe(url) })),
});
const dateParts = maybe(
  record({ 'date-parts': maybe(fc.array(fc.array(anything, { maxLength: 3 }), { maxLength: 2 })) }),
);
const crossrefWork = record({
  DOI: maybe(fc.constantFrom('10.1234/abc', '10.5555/X.Y', 'doi:10.1/2')),
  title: maybe(fc.array(field, { maxLength: 2 })),
  author: maybe(fc.array(record({ given: field, family: field, name: field }), { maxLength: 3 })),
  abstract: field,
  published: dateParts,
  issued: dateParts,
  'is-referenced-by-count': anything,
  'container-title': maybe(fc.array(field, { maxLength: 2 })),
  URL: maybe(url),
  link: maybe(fc.array(record({ URL: maybe(url), 'content-type': fc.constantFrom('application/pdf', 'text/html') }))),
});
const s2Paper = record({
  paperId: maybe(fc.stringMatching(/^[0-9a-f]{40}$/)),
  title: field,
  abstract: field,
  authors: maybe(fc.array(record({ name: field }), { maxLength: 3 })),
  externalIds: maybe(
    record({ ArXiv: maybe(fc.constantFrom('1706.03762', '2406.16218v2', 'hep-th/9901001')), DOI: field }),
  ),
  year: anything,
  publicationDate: anything,
  citationCount: anything,
  venue: field,
  journal: maybe(record({ name: field })),
  openAccessPdf: maybe(record({ url: maybe(url) })),
  url: maybe(url),
});

const runs = { numRuns: 120 };

describe('scholarly readers, on arbitrary input', () => {
  it('should return well-formed papers or a FeedError for OpenAlex-shaped input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(openAlexWork, { maxLength: 5 }).map((results) => ({ meta: { count: results.length }, results })),
          openAlexWork,
        ),
        (data) => {
          if (clean(data)) readsSafely(data);
        },
      ),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for Crossref-shaped input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc
            .array(crossrefWork, { maxLength: 5 })
            .map((items) => ({ 'message-type': 'work-list', message: { items } })),
          crossrefWork.map((message) => ({ 'message-type': 'work', message })),
        ),
        (data) => {
          if (clean(data)) readsSafely(data);
        },
      ),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for Semantic Scholar-shaped input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(s2Paper, { maxLength: 5 }).map((data) => ({ total: data.length, offset: 0, data })),
          fc.array(fc.oneof(s2Paper, fc.constant(null)), { maxLength: 5 }),
          s2Paper,
        ),
        (data) => {
          if (clean(data)) readsSafely(data);
        },
      ),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for arbitrary JSON forced through each reader', () => {
    fc.assert(
      fc.property(
        fc.jsonValue().filter(clean),
        fc.constantFrom<FeedFormat>('openalex', 'crossref', 'semantic-scholar'),
        readsSafely,
      ),
      runs,
    );
  });
});
