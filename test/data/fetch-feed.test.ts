import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/data/feed-error.js';
import { fetchFeed } from '../../src/data/store/fetch-feed.js';
import { retryAfterSeconds } from '../../src/data/retry-after.js';
import { fixtureUrl } from '../helpers.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

async function expectKind(promise: Promise<unknown>, kind: FeedErrorKind): Promise<FeedError> {
  const error = await failure(promise);
  expect(error).to.be.instanceOf(FeedError);
  expect((error as FeedError).kind).to.equal(kind);
  expect((error as FeedError).message).to.be.a('string').and.not.be.empty;
  return error as FeedError;
}

describe('fetchFeed', () => {
  it('should fetch and parse a feed from the server', async () => {
    const feed = await fetchFeed(fixtureUrl('daily-papers.json'));
    expect(feed.papers).to.have.length(5);
  });

  it('should report an HTTP error with its status', async () => {
    const error = await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { status: 500 })), 'http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('500');
  });

  it('should report 429 as rate-limited', async () => {
    await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 429, header: 'Retry-After: 120' })),
      'rate-limited',
    );
  });

  it('should give up after the timeout', async () => {
    const error = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { delay: 2000 }), { timeout: 200 }),
      'timeout',
    );
    expect(error.message).to.contain('second');
  });

  it('should report a body cut short as a network error', async () => {
    await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { truncate: 100 })), 'network');
  });

  it('should report a body that is not a feed', async () => {
    await expectKind(fetchFeed(fixtureUrl('not-json.txt')), 'unrecognized');
    await expectKind(fetchFeed(fixtureUrl('unknown.json')), 'unrecognized');
    await expectKind(fetchFeed(fixtureUrl('hostile/truncated.json')), 'parse');
  });

  it('should report 404 as not-found', async () => {
    const error = await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { status: 404 })), 'not-found');
    expect(error.status).to.equal(404);
  });

  it('should pass on how long a rate-limited server asked us to wait', async () => {
    const error = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 429, header: 'Retry-After: 60' })),
      'rate-limited',
    );
    expect(error.retryAfter).to.equal(60);
    expect(error.message).to.equal('The feed server asked us to wait 60 seconds before trying again.');
    const unavailable = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 503, header: 'Retry-After: 1' })),
      'rate-limited',
    );
    expect(unavailable.retryAfter).to.equal(1);
  });

  it('should read Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-12-10T12:00:00Z');
    expect(retryAfterSeconds('120', 3600, now)).to.equal(120);
    expect(retryAfterSeconds('Wed, 10 Dec 2025 12:01:30 GMT', 3600, now)).to.equal(90);
    expect(retryAfterSeconds('Wed, 10 Dec 2025 11:00:00 GMT', 3600, now)).to.equal(0);
    expect(retryAfterSeconds('soon', 3600, now)).to.equal(undefined);
    expect(retryAfterSeconds(null, 3600, now)).to.equal(undefined);
  });

  it('should refuse a body larger than the limit, announced or streamed', async () => {
    const announced = await expectKind(fetchFeed(fixtureUrl('daily-papers.json'), { maxBytes: 1000 }), 'too-large');
    expect(announced.message).to.contain('larger than');
    await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { chunked: 1 }), { maxBytes: 1000 }), 'too-large');
    const feed = await fetchFeed(fixtureUrl('daily-papers.json', { chunked: 1 }));
    expect(feed.papers).to.have.length(5);
  });

  it('should resolve relative links against the address the feed came from', async () => {
    const feed = await fetchFeed(fixtureUrl('formats/blog.atom', { type: 'application/atom+xml' }));
    expect(feed.papers[0]!.url).to.equal('https://lab.example.edu/news/papers/galvatron.html');
  });

  it('should reject with the abort reason, not a FeedError, when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(fixtureUrl('daily-papers.json', { delay: 1000 }), { signal: controller.signal });
    controller.abort(new DOMException('src changed', 'AbortError'));
    const error = await failure(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});
