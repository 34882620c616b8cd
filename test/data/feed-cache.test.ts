import { expect } from '@open-wc/testing';
import type { Paper } from '../../src/data/paper.js';
import { FeedCache } from '../../src/data/store/feed-cache.js';
import { loadFeed } from '../../src/data/store/load-feed.js';
import { deleteDatabase, fixtureUrl, uniqueName } from '../helpers.js';

const paper: Paper = {
  id: '2406.16218',
  title: 'Trace',
  abstract: '',
  authors: ['Allen Nie'],
  tags: [],
  source: 'hugging-face',
};

/** Stores a value as an older release might have, on a connection that is closed afterwards. */
function putRaw(databaseName: string, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(databaseName);
    request.onupgradeneeded = () => request.result.createObjectStore('feeds');
    request.onerror = () => {
      reject(request.error ?? new Error('open failed'));
    };
    request.onsuccess = () => {
      const database = request.result;
      const transaction = database.transaction('feeds', 'readwrite');
      transaction.objectStore('feeds').put(value, key);
      transaction.oncomplete = () => {
        database.close();
        resolve();
      };
      transaction.onerror = () => {
        reject(transaction.error ?? new Error('put failed'));
      };
    };
  });
}

describe('FeedCache (real IndexedDB)', () => {
  let name: string;
  beforeEach(() => {
    name = uniqueName();
  });
  afterEach(() => deleteDatabase(name));

  it('should keep papers per URL across instances', async () => {
    await new FeedCache(name).write({ url: 'https://a.example/feed', fetchedAt: 1000, papers: [paper] });
    const entry = await new FeedCache(name).read('https://a.example/feed');
    expect(entry).to.deep.equal({ url: 'https://a.example/feed', fetchedAt: 1000, papers: [paper] });
    expect(await new FeedCache(name).read('https://b.example/feed')).to.equal(undefined);
  });

  it('should discard an entry of another schema version instead of failing', async () => {
    await putRaw(name, 'https://a.example/feed', { version: 0, papers: [paper] });
    expect(await new FeedCache(name).read('https://a.example/feed')).to.equal(undefined);
  });

  it('should give way when the page deletes the database, and reopen it afterwards', async () => {
    const cache = new FeedCache(name);
    await cache.write({ url: 'https://a.example/feed', fetchedAt: 1, papers: [paper] });
    await deleteDatabase(name);
    expect(await cache.read('https://a.example/feed')).to.equal(undefined);
    await cache.write({ url: 'https://a.example/feed', fetchedAt: 2, papers: [paper] });
    expect((await cache.read('https://a.example/feed'))?.fetchedAt).to.equal(2);
  });

  it('should answer from the cache when the network fails after a successful load', async () => {
    const cache = new FeedCache(name);
    const url = fixtureUrl('daily-papers.json', { 'fail-after': 1, key: name });
    const fresh = await loadFeed(url, { cache });
    expect(fresh.fromCache).to.equal(false);
    const offline = await loadFeed(url, { cache });
    expect(offline.fromCache).to.equal(true);
    expect(offline.papers).to.deep.equal(fresh.papers);
    expect(offline.error).to.have.property('kind', 'http');
  });

  it('should neither read nor write the cache with noCache', async () => {
    const cache = new FeedCache(name);
    const url = fixtureUrl('daily-papers.json', { 'fail-after': 1, key: `${name}-no-cache` });
    await loadFeed(url, { cache, noCache: true });
    expect(await cache.read(url)).to.equal(undefined);
  });
});
