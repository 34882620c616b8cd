import { expect } from '@open-wc/testing';
import { feedPeriod, feedRequest, type FeedOptions } from '../../src/data/feed-request.js';

const daily = 'https://huggingface.co/api/daily_papers';
const now = new Date(2026, 10, 27, 12);
const options = (more: Partial<FeedOptions> = {}): FeedOptions => ({
  src: daily,
  format: 'auto',
  sort: 'feed',
  dateNav: false,
  noCache: false,
  timeout: 10_000,
  maxAge: 3600,
  ...more,
});

describe('feedRequest: a feed’s attributes worked out into what to load', () => {
  it('should ask the Hugging Face API itself for trending, and leave no order to apply on the page', () => {
    const plan = feedRequest(options({ sort: 'trending' }), now);
    expect(plan.request.src).to.equal(`${daily}?sort=trending`);
    expect(plan.sort).to.equal('feed');
  });

  it('should sort other feeds on the page and never change their URL', () => {
    const src = 'https://example.org/feed.xml?date=2025-12-13';
    const plan = feedRequest(options({ src, sort: 'trending', date: '2025-12-13', dateNav: true }), now);
    expect(plan.request.src).to.equal(src);
    expect(plan.sort).to.equal('trending');
    expect(plan.period).to.equal(undefined);
  });

  it('should ask for the first valid of date, week and month', () => {
    const plan = feedRequest(options({ date: 'yesterday', week: '2025-W50', month: '2025-12' }), now);
    expect(plan.period?.value).to.equal('2025-W50');
    expect(plan.request.src).to.equal(`${daily}?week=2025-W50`);
  });

  it('should replace the period in src by the one asked for, and take src’s own when none is', () => {
    const src = `${daily}?date=2025-12-01`;
    expect(feedRequest(options({ src, month: '2025-11' }), now).request.src).to.equal(`${daily}?month=2025-11`);
    const own = feedRequest(options({ src }), now);
    expect(own.period?.value).to.equal('2025-12-01');
    expect(own.request.src).to.equal(src);
  });

  it('should show today with date-nav and nothing asked, and no period without it', () => {
    expect(feedPeriod(daily, {}, true, now)?.value).to.equal('2026-11-27');
    expect(feedPeriod(daily, {}, false, now)).to.equal(undefined);
    expect(feedPeriod(daily, { date: 'today' }, false, now)?.value).to.equal('2026-11-27');
  });

  it('should read an unknown format as auto, an unknown sort as feed, and a blank proxy as none', () => {
    const plan = feedRequest(options({ format: 'xml', sort: 'random', proxy: '  ' }), now);
    expect(plan.request.format).to.equal('auto');
    expect(plan.sort).to.equal('feed');
    expect(plan.request.proxy).to.equal(undefined);
    expect(feedRequest(options({ format: 'atom', proxy: '/p?url={url}' }), now).request).to.include({
      format: 'atom',
      proxy: '/p?url={url}',
    });
  });

  it('should pass the cache and timing options through as given', () => {
    const { request } = feedRequest(options({ noCache: true, timeout: 500, maxAge: 0 }), now);
    expect(request).to.include({ noCache: true, timeout: 500, maxAge: 0 });
  });
});
