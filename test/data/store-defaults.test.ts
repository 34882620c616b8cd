import { expect } from '@open-wc/testing';
import { defaultMaxAge, defaultTimeout, nonNegativeOr, positiveOr } from '../../src/data/defaults.js';
import { FeedStore } from '../../src/data/store/feed-store.js';
import { IdbStorage } from '../../src/data/store/storage.js';
import { deleteDatabase, fixtureUrl, requestStats, uniqueName } from '../helpers.js';

describe('defaults', () => {
  it('should take a positive finite number, and the default for anything else', () => {
    expect(positiveOr(2500, defaultTimeout)).to.equal(2500);
    expect(positiveOr(0.5, defaultTimeout)).to.equal(0.5);
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY, '2500', null, undefined]) {
      expect(positiveOr(bad, defaultTimeout), String(bad)).to.equal(10_000);
    }
  });

  it('should take 0 where 0 has a meaning (max-age: always refresh)', () => {
    expect(nonNegativeOr(0, defaultMaxAge)).to.equal(0);
    expect(nonNegativeOr(60, defaultMaxAge)).to.equal(60);
    for (const bad of [-1, Number.NaN, Number.NEGATIVE_INFINITY, '60', undefined]) {
      expect(nonNegativeOr(bad, defaultMaxAge), String(bad)).to.equal(3600);
    }
  });

  it('should load with the defaults when the store is handed a bad timeout or max-age', async () => {
    const database = uniqueName();
    const key = uniqueName('request');
    const url = fixtureUrl('daily-papers.json', { key });
    const store = () => new FeedStore({ storage: new IdbStorage(database), channel: null });
    try {
      expect((await store().load(url, { timeout: Number.NaN })).papers).to.have.length(5);
      // A negative max-age is the default hour, not "always stale": no second request.
      expect((await store().load(url, { maxAge: -5, timeout: -1 })).fromCache).to.equal(true);
      expect((await requestStats(key)).requests).to.equal(1);
    } finally {
      await deleteDatabase(database);
    }
  });
});
