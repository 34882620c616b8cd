import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/data/formats/detect.js';
import { parseHuggingFace } from '../../src/data/formats/hugging-face.js';
import { FeedError } from '../../src/data/feed-error.js';

async function load(path: string): Promise<string> {
  const response = await fetch(path);
  return response.text();
}

describe('Hugging Face daily papers', () => {
  it('should read all 27 sample papers with their ids, authors and dates', async () => {
    const { papers } = parseFeed(await load('/demo/data/daily-papers.json'));
    expect(papers).to.have.length(27);
    const [trace] = papers;
    expect(trace).to.deep.include({
      id: '2406.16218',
      title: 'Trace is the New AutoDiff -- Unlocking Efficient Optimization of Computational Workflows',
      authors: ['Ching-An Cheng', 'Allen Nie', 'Adith Swaminathan'],
      published: '2024-06-23T00:00:00.000Z',
      upvotes: 1,
      url: 'https://huggingface.co/papers/2406.16218',
      pdfUrl: 'https://arxiv.org/pdf/2406.16218',
      source: 'hugging-face',
    });
    expect(papers.at(-1)?.organization).to.equal('Reactive AI');
  });

  it('should normalize text, keep only safe URLs and valid numbers, and leave unknown fields absent', async () => {
    const papers = parseHuggingFace(JSON.parse(await load('/test/fixtures/hf-edge-cases.json')));
    expect(papers.map((paper) => paper.id)).to.deep.equal(['2501.00001', '2501.00002']);
    const [first, second] = papers;
    expect(first).to.deep.equal({
      id: '2501.00001',
      title: 'A title wrapped by the feed',
      abstract: 'An abstract with hard breaks.',
      authors: ['Ada Lovelace', 'Alan Turing'],
      tags: ['graphs', 'llm'],
      url: 'https://huggingface.co/papers/2501.00001',
      pdfUrl: 'https://arxiv.org/pdf/2501.00001',
      source: 'hugging-face',
      // The paper's own date, not the listing's shifted `publishedAt`.
      published: '2025-01-02T00:00:00.000Z',
      upvotes: 12,
      comments: 4,
      projectUrl: 'https://example.org/project',
      aiSummary: 'Short summary.',
      organization: 'Acme Research',
    });
    expect(second).to.not.have.any.keys('published', 'upvotes', 'comments', 'codeUrl', 'thumbnail');
  });

  it('should read a single /api/papers/<id> object', () => {
    const papers = parseHuggingFace({
      id: '2406.16218',
      title: 'Trace',
      summary: 'Abstract',
      authors: [{ name: 'Allen Nie' }],
      upvotes: 7,
      githubRepo: 'https://github.com/microsoft/Trace',
    });
    expect(papers).to.have.length(1);
    expect(papers[0]).to.deep.include({ id: '2406.16218', upvotes: 7, codeUrl: 'https://github.com/microsoft/Trace' });
  });

  it('should reject a body that is not JSON with a parse error', () => {
    expect(() => parseFeed('<html></html>'))
      .to.throw(FeedError)
      .with.property('kind', 'parse');
  });

  it('should reject JSON in no known format as unrecognized', () => {
    expect(() => parseFeed('{"hello":"world"}'))
      .to.throw(FeedError)
      .with.property('kind', 'unrecognized');
  });

  it('should read an empty array as an empty feed', () => {
    expect(parseFeed('[]').papers).to.deep.equal([]);
  });
});
