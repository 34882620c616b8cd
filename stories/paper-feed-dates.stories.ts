import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import listings from '../demo/data/daily-papers.json';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import { longFeed } from '../test/long-feed.js';
import { cardsOf, feedIn, interceptFetch, partText } from './story-helpers.js';

// Stories of <paper-feed> beyond the everyday: Hugging Face date navigation and a 10,000-paper
// feed. No network: requests to the daily-papers API, and to the long feed's made-up address, are
// answered in the page.

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
  beforeEach: () => interceptFetch(dailyPapers, () => json(JSON.stringify(listings))),
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
  beforeEach: () => interceptFetch(dailyPapers, () => json('[]')),
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
