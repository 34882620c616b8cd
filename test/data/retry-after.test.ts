import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/data/feed-error.js';
import { maxFeedWait, maxSignUpWait, retryAfterSeconds } from '../../src/data/retry-after.js';
import { FeedStore } from '../../src/data/store/feed-store.js';
import { IdbStorage } from '../../src/data/store/storage.js';
import { formatWait } from '../../src/i18n/format.js';
import { deleteDatabase, fixtureUrl, requestStats, uniqueName } from '../helpers.js';

const now = Date.parse('2025-12-10T12:00:00Z');
const hours = (n: number) => n * 3600;

describe('Retry-After', () => {
  it('should read seconds, capped', () => {
    expect(retryAfterSeconds('120', maxFeedWait, now)).to.equal(120);
    expect(retryAfterSeconds(' 60 ', maxFeedWait, now)).to.equal(60);
    expect(retryAfterSeconds('0', maxFeedWait, now)).to.equal(0);
    expect(retryAfterSeconds('31536000', maxFeedWait, now)).to.equal(3600);
    expect(retryAfterSeconds('99999999', maxSignUpWait, now)).to.equal(86_400);
    // A number too large for a double is Infinity before the cap.
    expect(retryAfterSeconds('9'.repeat(400), maxFeedWait, now)).to.equal(3600);
    expect(retryAfterSeconds('1'.repeat(400), maxSignUpWait, now)).to.equal(86_400);
  });

  it('should read HTTP dates, capped, a past one as 0', () => {
    expect(retryAfterSeconds('Wed, 10 Dec 2025 12:01:30 GMT', maxFeedWait, now)).to.equal(90);
    expect(retryAfterSeconds('Wed, 10 Dec 2025 11:00:00 GMT', maxFeedWait, now)).to.equal(0);
    expect(retryAfterSeconds('Thu, 01 Jan 1970 00:00:00 GMT', maxFeedWait, now)).to.equal(0);
    expect(retryAfterSeconds('Fri, 31 Dec 9999 23:59:59 GMT', maxFeedWait, now)).to.equal(3600);
    expect(retryAfterSeconds('Fri, 31 Dec 9999 23:59:59 GMT', maxSignUpWait, now)).to.equal(86_400);
    expect(retryAfterSeconds('Sunday, 14-Dec-25 12:00:00 GMT', maxSignUpWait, now)).to.be.oneOf([86_400, undefined]);
    expect(retryAfterSeconds('Thu, 11 Dec 2025 00:00:00 GMT', maxSignUpWait, now)).to.equal(hours(12));
  });

  it('should take anything else for no Retry-After at all', () => {
    for (const value of [
      null,
      '',
      '   ',
      'soon',
      '-5',
      '1.5',
      '0x10',
      '1e9',
      '2025-12-10',
      'Wed, 10 Dec 2025',
      'Wed, 99 Dec 2025 12:01:30 GMT',
      'tomorrow 12:00:00 GMT',
      `Wed, 10 Dec 2025 12:01:30 GMT${' '.repeat(10_000)}x`,
    ]) {
      expect(retryAfterSeconds(value, maxFeedWait, now), String(value)).to.equal(undefined);
    }
  });

  it('should word a wait in seconds, minutes or hours, in the reader’s language', () => {
    expect(formatWait(1, 'en')).to.equal('1 second');
    expect(formatWait(45, 'en')).to.equal('45 seconds');
    expect(formatWait(299.2, 'en')).to.equal('5 minutes');
    expect(formatWait(3600, 'en')).to.equal('1 hour');
    expect(formatWait(5400, 'en')).to.equal('1.5 hours');
    expect(formatWait(86_400, 'en')).to.equal('24 hours');
    expect(formatWait(300, 'de')).to.equal('5 Minuten');
    expect(formatWait(3600, 'de')).to.equal('1 Stunde');
  });
});

describe('FeedStore and a Retry-After without a bound', () => {
  let database: string;
  let key: string;
  beforeEach(() => {
    database = uniqueName('paper-feed-test');
    key = uniqueName('request');
  });
  afterEach(() => deleteDatabase(database));

  const store = () => new FeedStore({ storage: new IdbStorage(database), channel: null, retryDelays: [] });
  const feedUrl = (status: number, retryAfter: string) =>
    fixtureUrl('daily-papers.json', { key, status, header: `Retry-After:${retryAfter}` });

  async function failure(promise: Promise<unknown>): Promise<FeedError> {
    const error = await promise.then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).to.be.instanceOf(FeedError);
    expect((error as FeedError).kind).to.equal('rate-limited');
    return error as FeedError;
  }

  for (const [status, retryAfter] of [
    [503, '31536000'],
    [429, '9'.repeat(400)],
    [503, 'Fri, 31 Dec 9999 23:59:59 GMT'],
  ] as const) {
    it(`should wait at most an hour, and keep only that, for ${status} with Retry-After: ${retryAfter.slice(0, 30)}`, async () => {
      const url = feedUrl(status, retryAfter);
      const error = await failure(store().load(url));
      expect(error.retryAfter).to.equal(3600);
      expect(error.message).to.contain('1 hour').and.not.contain('Infinity');
      const stored = (await new IdbStorage(database).get(`#retry-at:${url}`)) as number;
      expect(stored - Date.now()).to.be.within(3_590_000, 3_600_000);
      // After a reload the wait is what is left of the hour, worded so; the server was asked once.
      const reloaded = await failure(store().load(url));
      expect(reloaded.retryAfter).to.be.within(3590, 3600);
      expect(reloaded.message).to.equal('The feed server asked us to wait: please try again in 1 hour.');
      expect((await requestStats(key)).requests).to.equal(1);
    });
  }

  it('should cut a wait stored before the cap (a year) to an hour', async () => {
    const url = feedUrl(503, '1');
    await new IdbStorage(database).set(`#retry-at:${url}`, Date.now() + 365 * 86_400_000);
    const error = await failure(store().load(url));
    expect(error.retryAfter).to.be.within(3590, 3600);
    expect((await requestStats(key)).requests).to.equal(0);
  });

  it('should ask again at once after a Retry-After date in the past', async () => {
    const url = feedUrl(503, 'Thu, 01 Jan 1970 00:00:00 GMT');
    expect((await failure(store().load(url))).retryAfter).to.equal(0);
    await failure(store().load(url));
    expect((await requestStats(key)).requests).to.equal(2);
  });
});
