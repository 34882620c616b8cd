import { expect } from '@open-wc/testing';
import { feedRequest, type FeedOptions } from '../../src/data/feed-request.js';
import { isMailto, politeUrl } from '../../src/data/polite-url.js';

const openalex =
  'https://api.openalex.org/works?filter=authorships.institutions.lineage:i27837315&sort=publication_date:desc';
const crossref = 'https://api.crossref.org/works?filter=orcid:0000-0002-1825-0097&rows=50';

describe('politeUrl: the polite pool’s mailto for Crossref and OpenAlex only', () => {
  it('should add mailto to OpenAlex and Crossref requests, keeping their query', () => {
    const polite = new URL(politeUrl(openalex, 'lab@uni.example'));
    expect(polite.searchParams.get('mailto')).to.equal('lab@uni.example');
    expect(polite.searchParams.get('filter')).to.equal('authorships.institutions.lineage:i27837315');
    expect(polite.searchParams.get('sort')).to.equal('publication_date:desc');
    const crossrefPolite = new URL(politeUrl(crossref, ' lab@uni.example '));
    expect(crossrefPolite.searchParams.get('mailto')).to.equal('lab@uni.example');
    expect(crossrefPolite.searchParams.get('rows')).to.equal('50');
    expect(politeUrl('https://api.crossref.org/works/10.1038/nphys1170', 'a@b.co')).to.equal(
      'https://api.crossref.org/works/10.1038/nphys1170?mailto=a%40b.co',
    );
  });

  it('should never send the address to any other host', () => {
    for (const url of [
      'https://export.arxiv.org/api/query?search_query=au:lovelace',
      'https://api.semanticscholar.org/graph/v1/author/1741101/papers',
      'https://openalex.org/works?filter=x',
      'https://api.openalex.org.evil.example/works',
      'https://evil.example/?u=https://api.crossref.org/works',
      'https://huggingface.co/api/daily_papers',
      '/data/lab-openalex.json',
      'ftp://api.crossref.org/works',
    ]) {
      expect(politeUrl(url, 'lab@uni.example'), url).to.equal(url);
    }
  });

  it('should leave a URL that names its own mailto, and ignore an address that is not one', () => {
    const own = `${openalex}&mailto=own@uni.example`;
    expect(politeUrl(own, 'lab@uni.example')).to.equal(own);
    for (const mailto of [
      undefined,
      null,
      '',
      '   ',
      'lab',
      '@uni.example',
      'lab@',
      'lab@uni',
      'a@b@c.d',
      'a b@c.d',
      'lab@uni.',
    ]) {
      expect(politeUrl(openalex, mailto), String(mailto)).to.equal(openalex);
      expect(isMailto(mailto), String(mailto)).to.equal(false);
    }
    expect(isMailto(`${'a'.repeat(250)}@b.co`)).to.equal(false);
  });

  it('should be added by feedRequest, so <paper-feed mailto> asks the catalogue with it', () => {
    const options: FeedOptions = {
      src: openalex,
      format: 'auto',
      sort: 'trending',
      dateNav: false,
      noCache: false,
      timeout: 10_000,
      maxAge: 3600,
      mailto: 'lab@uni.example',
    };
    const plan = feedRequest(options);
    expect(new URL(plan.request.src).searchParams.get('mailto')).to.equal('lab@uni.example');
    // The address changes the URL, not the order: only Hugging Face is asked to sort by trending.
    expect(plan.sort).to.equal('trending');
    expect(feedRequest({ ...options, src: 'https://example.org/feed.xml' }).request.src).to.equal(
      'https://example.org/feed.xml',
    );
  });
});
