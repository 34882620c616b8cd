import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/data/feed-error.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import { paperLimits, type Feed, type Paper } from '../../src/data/paper.js';
import { fetchFeed } from '../../src/data/store/fetch-feed.js';
import { fixtureUrl } from '../helpers.js';

const hostile = async (name: string) => (await fetch(`/test/fixtures/hostile/${name}`)).text();

async function parse(name: string): Promise<Feed> {
  return parseFeed(await hostile(name), { url: 'https://feed.example.org/feed' });
}

async function failure(promise: Promise<unknown>): Promise<FeedError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).to.be.instanceOf(FeedError);
  return error as FeedError;
}

async function expectKind(name: string, kind: FeedErrorKind): Promise<FeedError> {
  const error = await failure(parse(name));
  expect(error.kind).to.equal(kind);
  return error;
}

describe('hostile feeds', () => {
  it('should keep only text and safe links from payloads in every field, and coerce or drop wrong types', async () => {
    const { papers } = await parse('hf-payloads.json');
    expect(papers.map((paper) => paper.id)).to.deep.equal([
      '2406.16218',
      '2501.00005',
      '2501.00001',
      '2501.00002',
      '2501.00006',
    ]);
    expect(papers[0]).to.deep.equal({
      id: '2406.16218',
      title: 'Trace bold',
      abstract: 'Abstract with a link and maths $a < b$.',
      authors: ['Ada', 'Alan Turing'],
      tags: ['llm'],
      source: 'hugging-face',
      url: 'https://huggingface.co/papers/2406.16218',
      pdfUrl: 'https://arxiv.org/pdf/2406.16218',
      published: '2024-06-23T00:00:00.000Z',
      upvotes: 12,
      aiSummary: 'Summary',
      organization: 'Org',
    } satisfies Paper);
    expect(papers[2]).to.deep.equal({
      id: '2501.00001',
      title: 'Wrong types',
      abstract: '',
      authors: [],
      tags: [],
      source: 'hugging-face',
      url: 'https://huggingface.co/papers/2501.00001',
      pdfUrl: 'https://arxiv.org/pdf/2501.00001',
    } satisfies Paper);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('should keep one of each duplicate: the later listing, in the first one’s place', async () => {
    const { papers } = await parse('hf-payloads.json');
    expect(papers[1]).to.deep.include({
      id: '2501.00005',
      title: 'Duplicate, later listing',
      abstract: 'Revised.',
      upvotes: 5,
    });
    expect(papers.filter((paper) => paper.id === '2501.00006')).to.have.length(1);
  });

  it('should keep RTL, zero-width and emoji text, and mend lone surrogates', async () => {
    const { papers } = await parse('hf-payloads.json');
    expect(papers[3]).to.deep.include({
      title: 'مقالة \u200bعن التعلم 🤖 \uFFFD end',
      abstract: 'zero\u200dwidth joiner 👩\u200d🔬 and \u202eoverride',
      authors: ['د. سارة'],
      published: '2025-01-02T00:00:00.000Z',
    });
  });

  it('should drop every disguise of javascript:, data: and vbscript: links', async () => {
    const { papers } = await parse('links.rss');
    expect(papers).to.have.length(10);
    const links = papers.flatMap((paper) => [paper.url, paper.pdfUrl, paper.thumbnail].filter(Boolean));
    expect(links).to.deep.equal(['https://feed.example.org/posts/9?a=1&b=2', 'https://feed.example.org/10']);
  });

  it('should drop dates outside what a Date can hold (found by the property tests)', () => {
    const body = JSON.stringify([{ paper: { id: '2501.00007', title: 'Far future', publishedAt: 8640000000000001 } }]);
    expect(parseFeed(body).papers[0]).to.not.have.property('published');
  });

  it('should keep the first 20,000 characters of a 200 KB abstract, and 2,000 authors', () => {
    const abstract = 'All work and no play. '.repeat(9300).trim();
    const authors = Array.from({ length: 2000 }, (_, index) => ({ name: `Author ${index + 1}` }));
    const body = JSON.stringify([{ paper: { id: '2501.09999', title: 'Big', summary: abstract, authors } }]);
    const [paper] = parseFeed(body).papers;
    expect(abstract.length).to.be.greaterThan(200_000);
    expect(paper!.abstract.length).to.equal(paperLimits.abstract);
    expect(paper!.abstract.startsWith('All work and no play. All work')).to.equal(true);
    expect(paper!.abstract.endsWith('…')).to.equal(true);
    expect(paper!.authors).to.have.length(2000);
    expect(paper!.authors.at(-1)).to.equal('Author 2000');
  });

  it('should read a JSON body with a UTF-8 byte-order mark', async () => {
    const feed = await fetchFeed(fixtureUrl('hostile/bom.json'));
    expect(feed.papers.map((paper) => paper.id)).to.deep.equal(['2501.00005']);
  });

  it('should decode ISO-8859-1 and Windows-1252 feeds by their XML declaration', async () => {
    const latin1 = await fetchFeed(fixtureUrl('hostile/latin1.rss', { type: 'application/rss+xml' }));
    expect(latin1.title).to.equal('Café des sciences');
    expect(latin1.papers[0]).to.deep.include({
      title: 'Réseaux de neurones naïfs - été',
      abstract: 'Un résumé à lire.',
    });
    const cp1252 = await fetchFeed(fixtureUrl('hostile/windows-1252.rss', { type: 'application/rss+xml' }));
    expect(cp1252.papers[0]!.title).to.equal('Réseaux de neurones naïfs – été');
  });

  it('should let the XML declaration win over the charset the response declares', async () => {
    const feed = await fetchFeed(fixtureUrl('hostile/latin1.rss', { type: 'application/rss+xml; charset=utf-8' }));
    expect(feed.papers[0]!.title).to.equal('Réseaux de neurones naïfs - été');
  });

  it('should expand internal DTD entities', async () => {
    const { title, papers } = await parse('internal-entity.xml');
    expect(title).to.equal('Systems Lab papers');
    expect(papers[0]!.title).to.equal('News from the Systems Lab');
  });

  it('should fail fast on an entity-expansion bomb (before the parser: WebKit’s would crash the page)', async () => {
    const started = performance.now();
    const error = await expectKind('bomb.xml', 'parse');
    expect(performance.now() - started).to.be.below(2000);
    expect(error.message).to.contain('expand without bound');
  });

  it('should fail fast on recursive entities', () => {
    const body =
      '<!DOCTYPE rss [<!ENTITY a "&b;"><!ENTITY b "&a;">]><rss version="2.0"><channel><title>&a;</title></channel></rss>';
    expect(() => parseFeed(body))
      .to.throw(FeedError)
      .with.property('kind', 'parse');
  });

  it('should refuse a feed that declares external entities', async () => {
    const error = await expectKind('external-entity.xml', 'parse');
    expect(error.message).to.contain('external entities');
  });

  it('should report malformed XML, not the part the browser could read', async () => {
    await expectKind('malformed.xml', 'parse');
  });

  it('should report truncated JSON as a parse error', async () => {
    await expectKind('truncated.json', 'parse');
  });

  it('should call an HTML page served with 200 a web page, not a feed', async () => {
    const error = await expectKind('error-page.html', 'unrecognized');
    expect(error.message).to.equal('This address returned a web page, not a feed.');
    const served = await failure(fetchFeed(fixtureUrl('hostile/error-page.html', { type: 'text/html' })));
    expect(served.kind).to.equal('unrecognized');
  });

  it('should call JSON that is not a feed unrecognized, never an empty feed', async () => {
    await expectKind('rate-limited.json', 'unrecognized');
  });

  it('should call XML that is not RSS or Atom unrecognized', async () => {
    await expectKind('unknown.xml', 'unrecognized');
  });
});
