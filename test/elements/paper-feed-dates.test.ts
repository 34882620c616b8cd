import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { currentPeriod } from '../../src/data/period.js';
import '../../src/paper-feed/paper-feed.define.js';
import type { PaperFeedElement } from '../../src/paper-feed/paper-feed.js';
import { deleteDatabase, requestStats, uniqueName, until } from '../helpers.js';

const daily = 'https://huggingface.co/api/daily_papers';
const cards = (feed: PaperFeedElement) => [...feed.shadowRoot!.querySelectorAll('paper-card')];
const part = (feed: PaperFeedElement, name: string) => feed.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const buttons = (feed: PaperFeedElement) => [
  ...feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="date-nav"] button'),
];

/** Hugging Face requests go through the test server: it answers with `fixture` and records the URL asked for. */
function viaTestServer(fixture = 'daily-papers.json') {
  const key = uniqueName();
  return {
    proxy: `${location.origin}/fixture/${fixture}?key=${key}&for={url}`,
    async requested(): Promise<URLSearchParams> {
      const last = new URL((await requestStats(key)).lastUrl ?? '', location.origin);
      return new URL(last.searchParams.get('for') ?? '').searchParams;
    },
  };
}

async function settled(feed: PaperFeedElement): Promise<PaperFeedElement> {
  await until(() => feed.state !== 'loading', 8000, 'the feed to settle');
  await feed.updateComplete;
  return feed;
}

async function navigate(feed: PaperFeedElement, button: HTMLButtonElement): Promise<void> {
  button.click();
  await feed.updateComplete;
  await settled(feed);
}

describe('<paper-feed> dates', () => {
  afterEach(() => deleteDatabase());

  it('should ask Hugging Face for the day in `date`, and step a day back and forth with date-nav', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date-nav date="2025-12-13" src=${daily} proxy=${server.proxy}></paper-feed>`,
      ),
    );
    expect((await server.requested()).get('date')).to.equal('2025-12-13');
    expect(part(feed, 'period')!.textContent).to.equal('Saturday, Dec 13, 2025');
    const [previous, next] = buttons(feed);
    expect(previous!.getAttribute('aria-label')).to.equal('Previous day');
    expect(next!.getAttribute('aria-label')).to.equal('Next day');
    expect(part(feed, 'date-nav')!.getAttribute('aria-label')).to.equal('Choose the papers’ date');
    await expect(feed).to.be.accessible();

    await navigate(feed, previous!);
    expect(feed.date).to.equal('2025-12-12');
    expect((await server.requested()).get('date')).to.equal('2025-12-12');
    expect(part(feed, 'period')!.textContent).to.equal('Friday, Dec 12, 2025');
    await navigate(feed, buttons(feed)[1]!);
    await navigate(feed, buttons(feed)[1]!);
    expect((await server.requested()).get('date')).to.equal('2025-12-14');
    expect(cards(feed)).to.have.length(5);
  });

  it('should step weeks and months across the year, and keep sort=trending in the request', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed
          no-cache
          date-nav
          sort="trending"
          week="2026-W01"
          src=${daily}
          proxy=${server.proxy}
        ></paper-feed>`,
      ),
    );
    expect(part(feed, 'period')!.textContent).to.equal('Week of Dec 29, 2025');
    expect(buttons(feed)[0]!.getAttribute('aria-label')).to.equal('Previous week');
    await navigate(feed, buttons(feed)[0]!);
    let asked = await server.requested();
    expect(asked.get('week')).to.equal('2025-W52');
    expect(asked.get('sort')).to.equal('trending');

    feed.week = undefined;
    feed.month = '2025-12';
    await settled(feed);
    await navigate(feed, buttons(feed)[1]!);
    asked = await server.requested();
    expect(asked.get('month')).to.equal('2026-01');
    expect(asked.has('week')).to.equal(false);
    expect(part(feed, 'period')!.textContent).to.equal('January 2026');
  });

  it('should start date-nav at today, with no way into the future', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date-nav src=${daily} proxy=${server.proxy}></paper-feed>`,
      ),
    );
    expect((await server.requested()).get('date')).to.equal(currentPeriod('date').value);
    const [previous, next] = buttons(feed);
    // aria-disabled, not disabled: a disabled button would drop the focus it holds.
    expect(next!.getAttribute('aria-disabled')).to.equal('true');
    expect(previous!.hasAttribute('aria-disabled')).to.equal(false);
    next!.click();
    await feed.updateComplete;
    expect(feed.date).to.equal(undefined);
  });

  it('should move by keyboard: Enter on the focused previous-day button', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date-nav date="2025-12-10" src=${daily} proxy=${server.proxy}></paper-feed>`,
      ),
    );
    buttons(feed)[0]!.focus();
    await sendKeys({ press: 'Enter' });
    await feed.updateComplete;
    await settled(feed);
    expect(feed.date).to.equal('2025-12-09');
    expect(feed.shadowRoot!.activeElement).to.equal(buttons(feed)[0]);
  });

  it('should say which day has no papers', async () => {
    const server = viaTestServer('empty-array.json');
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date-nav date="2025-12-13" src=${daily} proxy=${server.proxy}></paper-feed>`,
      ),
    );
    expect(feed.state).to.equal('empty');
    expect(part(feed, 'status')!.textContent).to.equal('No papers for Saturday, Dec 13, 2025.');
    expect(feed.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(
      'No papers for Saturday, Dec 13, 2025.',
    );
    // The reader can still go to another day.
    expect(buttons(feed)).to.have.length(2);
    await expect(feed).to.be.accessible();
  });

  it('should ignore an invalid date, and dates for feeds that cannot be asked for one', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date="2025-13-40" week="soon" src=${daily} proxy=${server.proxy}></paper-feed>`,
      ),
    );
    const asked = await server.requested();
    expect([...asked.keys()]).to.deep.equal([]);
    expect(cards(feed)).to.have.length(5);

    const other = viaTestServer();
    const rss = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed
          no-cache
          date-nav
          date="2025-12-13"
          src="https://example.org/feed.json"
          proxy=${other.proxy}
        ></paper-feed>`,
      ),
    );
    expect([...(await other.requested()).keys()]).to.deep.equal([]);
    expect(part(rss, 'date-nav')).to.equal(null);
  });

  it('should take the day from src itself, and navigate from there', async () => {
    const server = viaTestServer();
    const feed = await settled(
      await fixture<PaperFeedElement>(
        html`<paper-feed no-cache date-nav src="${daily}?date=2025-12-01" proxy=${server.proxy}></paper-feed>`,
      ),
    );
    expect(part(feed, 'period')!.textContent).to.equal('Monday, Dec 1, 2025');
    await navigate(feed, buttons(feed)[0]!);
    expect((await server.requested()).get('date')).to.equal('2025-11-30');
  });

  it('should take a proxy on the page’s own site written as a path (root-, path- or protocol-relative)', async () => {
    for (const shape of [
      (key: string) => `/fixture/daily-papers.json?key=${key}&for={url}`,
      (key: string) => `fixture/daily-papers.json?key=${key}&for=`,
      (key: string) => `//${location.host}/fixture/daily-papers.json?key=${key}&for={url}`,
    ]) {
      const key = uniqueName();
      const feed = await settled(
        await fixture<PaperFeedElement>(
          html`<paper-feed no-cache date="2025-12-09" src=${daily} proxy=${shape(key)}></paper-feed>`,
        ),
      );
      expect(feed.state, shape(key)).to.equal('ready');
      expect(cards(feed)).to.have.length(5);
      const asked = new URL((await requestStats(key)).lastUrl ?? '', location.origin).searchParams.get('for');
      expect(new URL(asked ?? '').searchParams.get('date')).to.equal('2025-12-09');
    }
  });
});
