import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import listings from '../demo/data/daily-papers.json';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import { longFeed } from '../test/long-feed.js';
import { cardsOf, feedIn, interceptFetch, partText } from './story-helpers.js';

// Stories of <paper-feed> beyond the everyday: Hugging Face date navigation and a 10,000-paper
// feed. No network: requests to the daily-papers API, and to the long feed's made-up address, are
// answered in the page — each story's for the URLs only it asks for (`?date=…`, `?week=…`), since
// the docs page shows them all at once.

const dailyPapers = 'https://huggingface.co/api/daily_papers';
const longFeedUrl = 'https://papers.example.org/ten-thousand.json';

const json = (text: string) => Promise.resolve(new Response(text, { headers: { 'Content-Type': 'application/json' } }));

const meta: Meta<PaperFeedElement> = {
  title: 'Elements/paper-feed/Dates and long feeds',
  component: 'paper-feed',
};
export default meta;

type Story = StoryObj<PaperFeedElement>;

/**
 * `date` with `date-nav`: ‹ › move a day at a time and ask Hugging Face for that day
 * (`?date=2025-12-12`). Here every day answers with the same sample papers.
 */
export const DateNavigation: Story = {
  name: 'Date navigation',
  beforeEach: () => interceptFetch(`${dailyPapers}?date=`, () => json(JSON.stringify(listings))),
  render: () => html`<paper-feed src=${dailyPapers} date="2025-12-13" date-nav limit="3" no-cache></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await expect(partText(feed, 'period')).toBe('Saturday, Dec 13, 2025');
    const previous = feed.shadowRoot?.querySelector<HTMLButtonElement>('[part="date-nav"] button');
    previous?.click();
    await waitFor(() => expect(partText(feed, 'period')).toBe('Friday, Dec 12, 2025'));
    await feedIn(canvasElement, 'ready');
    await expect(feed.date).toBe('2025-12-12');
    await expect(cardsOf(feed)).toHaveLength(3);
  },
};

/** `week` with `date-nav`, for a day with nothing: "No papers for the week of …", and the way back. */
export const EmptyWeek: Story = {
  name: 'Empty week',
  beforeEach: () => interceptFetch(`${dailyPapers}?week=`, () => json('[]')),
  render: () => html`<paper-feed src=${dailyPapers} week="2025-W50" date-nav no-cache></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'empty');
    await expect(partText(feed, 'period')).toBe('Week of Dec 8, 2025');
    await expect(partText(feed, 'status')).toBe('No papers for the week of Dec 8, 2025.');
  },
};

/**
 * 10,000 papers with `limit="10000"`: only the cards near the viewport are in the DOM (the
 * virtualizer, loaded on first need), so the page stays quick; scroll to see it follow.
 */
export const TenThousandPapers: Story = {
  name: '10,000 papers',
  beforeEach: () => {
    const text = JSON.stringify(longFeed(listings, 10_000));
    return interceptFetch(longFeedUrl, () => json(text));
  },
  render: () => html`<paper-feed src=${longFeedUrl} limit="10000" heading="10,000 papers" no-cache></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await expect(feed.papers).toHaveLength(10_000);
    await waitFor(() => expect(feed.shadowRoot?.querySelector('.virtual paper-card')).not.toBeNull(), {
      timeout: 8000,
    });
    await expect(cardsOf(feed).length).toBeLessThan(60);
  },
};

/**
 * Not on the docs page (only a test): the two date stories rendered together, as the docs page
 * shows them — each must get its own answer, not the other's.
 */
export const DateStoriesTogether: Story = {
  name: 'Date stories together',
  tags: ['!autodocs', '!dev'],
  // Two feeds with date-nav on one page have two navs of the same name (axe: landmark-unique), as
  // on the docs page itself; this story checks the fetch stand-ins, not that.
  parameters: { a11y: { config: { rules: [{ id: 'landmark-unique', enabled: false }] } } },
  beforeEach: () => {
    const cleanups = [DateNavigation, EmptyWeek].map((story) => (story.beforeEach as () => () => void)());
    return () => {
      for (const cleanup of cleanups) cleanup();
    };
  },
  render: (args, context) =>
    html`${[DateNavigation, EmptyWeek].map((story) => html`<div>${story.render?.(args, context)}</div>`)}`,
  play: async ({ canvasElement }) => {
    const feeds = [...canvasElement.querySelectorAll('paper-feed')];
    await waitFor(() => expect(feeds.map((feed) => feed.getAttribute('state'))).toEqual(['ready', 'empty']), {
      timeout: 8000,
    });
    await expect(feeds[0]?.papers).toHaveLength(27);
  },
};
