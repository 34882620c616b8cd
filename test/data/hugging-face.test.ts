import { expect } from '@open-wc/testing';
import { readHuggingFace } from '../../src/data/formats/hugging-face.js';

describe('Hugging Face reader', () => {
  it('should take the paper’s own date, not the listing’s shifted publishedAt, and read both field placements', async () => {
    const data: unknown = await (await fetch('/test/fixtures/hf-edge-cases.json')).json();
    const [first, second] = readHuggingFace(data);
    expect(first).to.deep.equal({
      id: '2501.00001',
      title: 'A title wrapped by the feed',
      abstract: 'An abstract with hard breaks.',
      authors: ['Ada Lovelace', 'Alan Turing'],
      tags: ['graphs', 'llm'],
      url: 'https://huggingface.co/papers/2501.00001',
      pdfUrl: 'https://arxiv.org/pdf/2501.00001',
      source: 'hugging-face',
      published: '2025-01-02T00:00:00.000Z',
      upvotes: 12,
      comments: 4,
      projectUrl: 'https://example.org/project',
      aiSummary: 'Short summary.',
      organization: 'Acme Research',
    });
    // "12" as a string is a count; a date that is not one, and 1.5 comments, are dropped.
    expect(second).to.deep.include({ id: '2501.00002', upvotes: 12 });
    expect(second).to.not.have.any.keys('published', 'comments', 'codeUrl', 'thumbnail');
  });

  it('should read a single /api/papers/<id> object', () => {
    const papers = readHuggingFace({
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
});
