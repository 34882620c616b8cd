import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import type { FeedFormat } from '../../src/data/formats/detect.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import type { Feed, Paper } from '../../src/data/paper.js';

interface Listing {
  paper: {
    id: string;
    title: string;
    summary: string;
    publishedAt: string;
    authors: { name: string }[];
    upvotes: number;
  };
}

let seed: Listing['paper'][] = [];
const fixtures = new Map<string, string>();

async function read(name: string, options: { format?: FeedFormat; url?: string } = {}): Promise<Feed> {
  let text = fixtures.get(name);
  if (text === undefined) {
    text = await (await fetch(`/test/fixtures/formats/${name}`)).text();
    fixtures.set(name, text);
  }
  return parseFeed(text, { url: `https://feeds.example.org/${name}`, ...options });
}

const authorsOf = (index: number) => seed[index]!.authors.map((author) => author.name);

describe('feed formats', () => {
  before(async () => {
    const listings = (await (await fetch('/demo/data/daily-papers.json')).json()) as Listing[];
    seed = listings.map((listing) => listing.paper);
  });

  describe('arXiv API', () => {
    it('should read the 2025+ layout (namespaces on the root) into papers keyed by arXiv id', async () => {
      const feed = await read('arxiv-api.atom');
      expect(feed.papers).to.have.length(27);
      expect(feed.papers.map((paper) => paper.id)).to.deep.equal(seed.map((paper) => paper.id));
      const pychop = seed[1]!;
      expect(feed.papers[1]).to.deep.equal({
        id: pychop.id,
        title: pychop.title,
        abstract: pychop.summary,
        authors: authorsOf(1),
        tags: ['cs.LG', 'cs.DC'],
        source: 'arxiv-api',
        published: pychop.publishedAt,
        updated: '2025-12-01T12:00:00.000Z',
        url: `https://arxiv.org/abs/${pychop.id}v2`,
        pdfUrl: `https://arxiv.org/pdf/${pychop.id}v2`,
        codeUrl: 'https://github.com/inEXASCALE/pychop',
      } satisfies Paper);
      expect(feed.title).to.contain('arXiv Query');
    });

    it('should read the classic layout: per-element namespaces, wrapped titles and abstracts', async () => {
      const feed = await read('arxiv-api-classic.atom');
      expect(feed.papers).to.have.length(3);
      const [titan] = feed.papers;
      expect(titan).to.deep.include({
        id: seed[5]!.id,
        title: seed[5]!.title,
        abstract: seed[5]!.summary,
        authors: authorsOf(5),
        tags: ['cs.CV'],
        url: `http://arxiv.org/abs/${seed[5]!.id}v1`,
        pdfUrl: `http://arxiv.org/pdf/${seed[5]!.id}v1`,
      });
    });

    it('should turn the API error feed into an error, never a card', async () => {
      const error = await read('arxiv-api-error.atom').catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(FeedError);
      expect(error).to.have.property('kind', 'http');
      expect((error as FeedError).message).to.contain('incorrect id format for 1234.12345');
    });
  });

  describe('arXiv listings (rss.arxiv.org)', () => {
    it('should take the abstract after "Abstract:", split dc:creator and tag the announce type', async () => {
      const feed = await read('arxiv-listing.rss');
      expect(feed.papers).to.have.length(27);
      expect(feed.title).to.equal('cs.LG updates on arXiv.org');
      expect(feed.papers[0]).to.deep.equal({
        id: seed[0]!.id,
        title: seed[0]!.title,
        abstract: seed[0]!.summary,
        authors: authorsOf(0),
        tags: ['cs.LG', 'cs.AI', 'new'],
        source: 'arxiv-rss',
        published: '2025-12-10T05:00:00.000Z',
        url: `https://arxiv.org/abs/${seed[0]!.id}`,
        pdfUrl: `https://arxiv.org/pdf/${seed[0]!.id}`,
      } satisfies Paper);
      expect(feed.papers.slice(0, 4).map((paper) => paper.tags.at(-1))).to.deep.equal([
        'new',
        'cross',
        'replace',
        'replace-cross',
      ]);
      expect(feed.papers[2]!.authors).to.have.length(12);
    });

    it('should read the Atom twin of the listing the same way', async () => {
      const feed = await read('arxiv-listing.atom');
      expect(feed.papers.map((paper) => paper.id)).to.deep.equal(seed.slice(0, 5).map((paper) => paper.id));
      expect(feed.papers[1]).to.deep.include({
        abstract: seed[1]!.summary,
        authors: authorsOf(1),
        tags: ['cs.LG', 'cross'],
        source: 'arxiv-rss',
        published: '2025-12-10T05:00:00.000Z',
      });
    });

    it('should read a weekend listing without items as an empty feed, not an error', async () => {
      const feed = await read('arxiv-listing-weekend.rss');
      expect(feed.papers).to.deep.equal([]);
    });
  });

  describe('RSS', () => {
    it('should read RSS 1.0 (RDF) from arXiv’s older feeds: titles without the arXiv suffix, linked creators', async () => {
      const feed = await read('arxiv-old.rdf');
      expect(feed.papers).to.have.length(4);
      expect(feed.papers[0]).to.deep.equal({
        id: seed[0]!.id,
        title: seed[0]!.title,
        abstract: seed[0]!.summary,
        authors: authorsOf(0),
        tags: [],
        source: 'rss',
        url: `http://arxiv.org/abs/${seed[0]!.id}`,
        pdfUrl: `https://arxiv.org/pdf/${seed[0]!.id}`,
      } satisfies Paper);
    });

    it('should read RSS 2.0 as blogs send it', async () => {
      const { papers, title } = await read('blog.rss');
      expect(title).to.equal('Reading group & notes');
      expect(papers.map((paper) => paper.title)).to.deep.equal([
        seed[8]!.title,
        'Benchmarking On-Device ML & MLX',
        `Episode 12: ${seed[10]!.title}`,
        // No title: the first sentence of the description stands in.
        seed[11]!.summary.split(/(?<=\.) /)[0],
      ]);
      const [hands, mlx, episode, bare] = papers;
      expect(hands).to.deep.equal({
        id: 'post-41',
        title: seed[8]!.title,
        abstract: `${seed[8]!.summary.slice(0, 200).trim()} more`,
        authors: authorsOf(8).slice(0, 1),
        tags: ['Vision'],
        source: 'rss',
        published: seed[8]!.publishedAt,
        comments: 7,
        url: 'https://blog.example.org/posts/hands',
        thumbnail: 'https://blog.example.org/images/hands.png',
      } satisfies Paper);
      expect(mlx).to.deep.include({
        id: 'https://blog.example.org/posts/mlx',
        url: 'https://blog.example.org/posts/mlx',
        authors: [authorsOf(9)[0]],
        published: '2025-10-21T09:30:00.000Z',
        pdfUrl: 'https://blog.example.org/papers/mlx.pdf',
      });
      expect(episode).to.deep.include({
        abstract: `We discuss ${seed[10]!.title}.`,
        authors: [authorsOf(10).join(' and ')],
        thumbnail: 'https://blog.example.org/podcast/12.jpg',
      });
      expect(episode).to.not.have.property('published');
      expect(bare).to.deep.include({
        id: seed[11]!.id,
        url: `https://arxiv.org/abs/${seed[11]!.id}`,
        pdfUrl: `https://arxiv.org/pdf/${seed[11]!.id}`,
      });
    });
  });

  describe('Atom 1.0', () => {
    it('should read text, html and xhtml constructs, xml:base and relative links, and entries without links', async () => {
      const { papers, title } = await read('blog.atom');
      expect(title).to.equal('Lab news');
      expect(papers).to.have.length(3);
      const [galvatron, raft, tnt] = papers;
      expect(galvatron).to.deep.equal({
        id: 'tag:lab.example.edu,2025:galvatron',
        title: seed[12]!.title,
        abstract: `Uses "<attention>" & more: ${seed[12]!.summary.slice(0, 100).trim()}`,
        authors: authorsOf(12).slice(0, 1),
        tags: ['systems'],
        source: 'atom',
        published: seed[12]!.publishedAt,
        updated: '2025-03-14T08:00:00.000Z',
        url: 'https://lab.example.edu/news/papers/galvatron.html',
        pdfUrl: 'https://lab.example.edu/news/papers/galvatron.pdf',
      } satisfies Paper);
      expect(raft).to.deep.include({
        title: `${seed[13]!.title} (reproduced)`,
        abstract: seed[13]!.summary.slice(0, 120).trim(),
        authors: ['Lab Editors'],
        url: 'https://lab.example.edu/raftmlp',
        updated: '2025-11-30T23:00:00.000Z',
      });
      expect(tnt).to.deep.equal({
        id: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a',
        title: seed[14]!.title,
        abstract: '',
        authors: ['Lab Editors'],
        tags: [],
        source: 'atom',
        updated: '2025-11-30T12:00:00.000Z',
      } satisfies Paper);
    });
  });

  describe('JSON Feed', () => {
    it('should read JSON Feed 1.1 with relative URLs, images and PDF attachments', async () => {
      const { papers, title } = await read('papers.json');
      expect(title).to.equal('Papers we like');
      expect(papers).to.have.length(5);
      expect(papers[0]).to.deep.equal({
        id: `https://papers.example.net/${seed[15]!.id}`,
        title: seed[15]!.title,
        abstract: seed[15]!.summary,
        authors: authorsOf(15),
        tags: ['ml', 'systems'],
        source: 'json-feed',
        published: seed[15]!.publishedAt,
        url: `https://papers.example.net/p/${seed[15]!.id}`,
      } satisfies Paper);
      expect(papers[1]).to.have.property('thumbnail', 'https://papers.example.net/img/1.png');
      expect(papers[2]).to.have.property('pdfUrl', `https://arxiv.org/pdf/${seed[17]!.id}`);
    });

    it('should read a 1.0 feed: one author, numeric ids, items without a title', async () => {
      const { papers } = await read('papers-1.0.json');
      expect(papers.map((paper) => [paper.id, paper.title])).to.deep.equal([
        ['1', `Reading ${seed[20]!.title}.`],
        [seed[21]!.id, `Also: ${seed[21]!.title}`],
        ['3', 'No link, kept for its title'],
      ]);
      expect(papers[0]!.authors).to.deep.equal(['Micro Author']);
      expect(papers[1]).to.deep.include({
        published: '2024-12-01T11:00:00.000Z',
        url: `https://arxiv.org/abs/${seed[21]!.id}v3`,
      });
    });
  });

  describe('Hugging Face', () => {
    it('should read the 27 daily listings', async () => {
      const feed = parseFeed(await (await fetch('/demo/data/daily-papers.json')).text());
      expect(feed.papers.map((paper) => paper.id)).to.deep.equal(seed.map((paper) => paper.id));
      expect(feed.papers[0]).to.deep.equal({
        id: seed[0]!.id,
        title: seed[0]!.title,
        abstract: seed[0]!.summary,
        authors: authorsOf(0),
        tags: [],
        source: 'hugging-face',
        published: seed[0]!.publishedAt,
        upvotes: 1,
        url: `https://huggingface.co/papers/${seed[0]!.id}`,
        pdfUrl: `https://arxiv.org/pdf/${seed[0]!.id}`,
      } satisfies Paper);
    });

    it('should read one /api/papers/<id> object with its fields at the top level', async () => {
      const { papers } = await read('hf-paper.json');
      expect(papers).to.have.length(1);
      expect(papers[0]).to.deep.include({
        id: seed[0]!.id,
        codeUrl: 'https://github.com/microsoft/Trace',
        githubStars: 612,
        projectUrl: 'https://microsoft.github.io/Trace',
        aiSummary:
          'Trace optimizes whole AI workflows by back-propagating rich feedback through their execution graphs.',
        tags: ['OPTO', 'OptoPrime', 'LLM optimizer'],
      });
    });

    it('should read a /api/papers/search result', async () => {
      const { papers } = await read('hf-search.json');
      expect(papers.map((paper) => paper.id)).to.deep.equal(seed.slice(22, 25).map((paper) => paper.id));
    });
  });

  describe('format attribute', () => {
    it('should read the body as the format it names instead of detecting one', async () => {
      const feed = await read('arxiv-listing.rss', { format: 'rss' });
      expect(feed.papers[0]!.source).to.equal('rss');
      expect(feed.papers[0]!.abstract).to.match(/^arXiv:\S+ Announce Type: new Abstract:/);
    });

    it('should fail plainly when the named format does not fit the body', async () => {
      const error = await read('papers.json', { format: 'atom' }).catch((caught: unknown) => caught);
      expect(error).to.be.instanceOf(FeedError).and.have.property('kind', 'parse');
    });
  });
});
