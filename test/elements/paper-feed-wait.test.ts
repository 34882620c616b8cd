import { expect, fixture, html } from '@open-wc/testing';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, fixtureUrl, nextEvent, requestStats, uniqueName } from '../helpers.js';

describe('<paper-feed> asked to wait', () => {
  afterEach(() => deleteDatabase());

  for (const [lang, retryAfter, text] of [
    ['en', '9'.repeat(400), 'The feed server asked us to wait: please try again in 1 hour.'],
    ['en', '150', 'The feed server asked us to wait: please try again in 3 minutes.'],
    ['en', '42', 'The feed server asked us to wait: please try again in 42 seconds.'],
    ['de', '31536000', 'Der Feed-Server bittet um eine Pause: bitte versuche es in 1 Stunde erneut.'],
  ] as const) {
    it(`should word a Retry-After of ${retryAfter.slice(0, 20)} in the page’s language (${lang}), and keep Retry waiting`, async () => {
      const key = uniqueName('request');
      const src = fixtureUrl('daily-papers.json', { key, status: 429, header: `Retry-After:${retryAfter}` });
      const element = document.createElement('paper-feed');
      element.src = src;
      const failed = nextEvent(element, 'paper-feed-error');
      const feed = await fixture<PaperFeedElement>(html`<div lang=${lang}>${element}</div>`).then(() => element);
      await failed;
      await feed.updateComplete;
      const error = () => feed.shadowRoot!.querySelector('.error')!.textContent;
      expect(error()).to.contain(text).and.not.contain('Infinity');
      // Retry within the wait asks nothing of the server, and says how long is left.
      const again = nextEvent(feed, 'paper-feed-error');
      feed.shadowRoot!.querySelector<HTMLButtonElement>('.error button')!.click();
      await again;
      await feed.updateComplete;
      expect(error()).to.contain(text.slice(0, 20));
      expect((await requestStats(key)).requests).to.equal(1);
      await expect(feed).to.be.accessible();
    });
  }
});
