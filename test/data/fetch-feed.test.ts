import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/data/feed-error.js';
import { fetchFeed } from '../../src/data/store/fetch-feed.js';
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
    await expectKind(fetchFeed(fixtureUrl('not-json.txt')), 'parse');
    await expectKind(fetchFeed(fixtureUrl('unknown.json')), 'unrecognized');
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
