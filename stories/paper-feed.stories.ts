import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { sharedFeedStore } from '../src/data/store/feed-store.js';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import { sampleFeedUrl } from './sample.js';
import { cardsOf, feedIn, interceptFetch, partText, uniqueUrl } from './story-helpers.js';

const meta: Meta<PaperFeedElement> = {
  title: 'Elements/paper-feed',
  component: 'paper-feed',
  args: { src: sampleFeedUrl, limit: 3, heading: 'Daily Papers', theme: 'light', noCache: true },
  argTypes: {
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    linkTarget: { control: 'text' },
    proxy: { control: 'text' },
    format: {
      control: 'select',
      options: ['auto', 'hugging-face', 'arxiv-api', 'arxiv-rss', 'rss', 'atom', 'json-feed'],
    },
    sort: { control: 'select', options: ['feed', 'newest', 'upvotes', 'trending'] },
    layout: { control: 'inline-radio', options: ['list', 'grid', 'compact'] },
  },
  render: (args) => html`
    <paper-feed
      src=${args.src}
      limit=${args.limit}
      heading=${args.heading}
      theme=${args.theme}
      ?no-cache=${args.noCache}
    >
      <a href="https://huggingface.co/papers">Today's papers on Hugging Face</a>
      <subscribe-form
        slot="footer"
        theme=${args.theme}
        action="/api/subscribe"
        @subscribe-form-submit=${(event: Event) => {
          // Stories never touch the network: the story takes the sign-up itself.
          event.preventDefault();
        }}
      ></subscribe-form>
    </paper-feed>
  `,
};
export default meta;

type Story = StoryObj<PaperFeedElement>;

/** The 27 sample papers from a static copy of a Hugging Face daily-papers response. */
export const Ready: Story = {
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await expect(feed.papers).toHaveLength(27);
    await expect(cardsOf(feed)).toHaveLength(3);
    await expect(partText(feed, 'heading')).toBe('Daily Papers');
  },
};

let pendingUrl = '';

/** Skeleton cards and a status line while the first response is on its way (here it never comes). */
export const Loading: Story = {
  beforeEach: () => {
    pendingUrl = uniqueUrl('data/daily-papers.json');
    return interceptFetch(pendingUrl, () => new Promise<Response>(() => undefined));
  },
  render: () => html`<paper-feed src=${pendingUrl} timeout="3600000" no-cache></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'loading');
    await expect(partText(feed, 'status')).toBe('Loading papers…');
    await expect(feed.shadowRoot?.querySelectorAll('.skeleton')).toHaveLength(3);
  },
};

let staleUrl = '';

/**
 * Saved papers past `max-age`, and the feed cannot be reached: the papers stay, with a notice and
 * Retry. (The story saves the sample in IndexedDB first, then takes the feed offline.)
 */
export const Stale: Story = {
  beforeEach: async () => {
    staleUrl = uniqueUrl('data/daily-papers.json');
    await sharedFeedStore().load(staleUrl);
    return interceptFetch(staleUrl, () => Promise.reject(new TypeError('Failed to fetch')));
  },
  render: () => html`<paper-feed src=${staleUrl} max-age="0" limit="3"></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await waitFor(() => expect(feed.hasAttribute('stale')).toBe(true), { timeout: 8000 });
    await feed.updateComplete;
    await expect(cardsOf(feed)).toHaveLength(3);
    await expect(partText(feed, 'status')).toContain('couldn’t reach the feed');
  },
};

/** A feed with no items: the empty notice (or the `empty` slot), never a blank box. */
export const Empty: Story = {
  args: { src: 'fixtures/empty.json' },
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'empty');
    await expect(partText(feed, 'status')).toBe('No papers in this feed yet.');
  },
};

/** A web page where the feed should be: a plain-language message and Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: { src: 'fixtures/not-a-feed.html' },
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'error');
    await expect(partText(feed, 'status')).toMatch(/web page, not a feed/);
  },
};

/** `searchable` adds a search box over titles, authors and abstracts; `query` presets it. */
export const Search: Story = {
  render: () => html`<paper-feed src=${sampleFeedUrl} searchable query="attention" limit="30" no-cache></paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    const box = feed.shadowRoot?.querySelector<HTMLInputElement>('[part="search"]');
    await expect(box?.value).toBe('attention');
    const matching = cardsOf(feed).length;
    await expect(matching).toBeGreaterThan(0);
    await expect(matching).toBeLessThan(feed.papers.length);
    if (!box) return;
    // Typing, as the reader would (user-event cannot focus into a shadow root).
    box.value = 'xyzzy';
    box.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await waitFor(() => expect(partText(feed, 'status')).toBe('No papers match.'));
  },
};

/** `layout="grid"`: cards side by side in columns as wide as the page allows (here with the toolbar's dark theme). */
export const Grid: Story = {
  render: () => html`<paper-feed src=${sampleFeedUrl} layout="grid" limit="6" no-cache></paper-feed>`,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await expect(cardsOf(feed)).toHaveLength(6);
    await expect(feed.getAttribute('layout')).toBe('grid');
    // The toolbar's dark theme reaches the feed, and the feed hands it to every card.
    await waitFor(() => expect(cardsOf(feed).every((card) => card.getAttribute('theme') === 'dark')).toBe(true));
    const article = cardsOf(feed)[0]?.shadowRoot?.querySelector('article');
    await expect(article && getComputedStyle(article).colorScheme).toBe('dark');
  },
};

/** The loading state with the toolbar's "Reduced motion": the skeletons stand still. */
export const LoadingReducedMotion: Story = {
  name: 'Loading, reduced motion',
  ...Loading,
  globals: { motion: 'reduce' },
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'loading');
    const skeleton = feed.shadowRoot?.querySelector('.skeleton');
    if (!skeleton) throw new Error('No skeleton card.');
    await waitFor(() => expect(getComputedStyle(skeleton).animationName).toBe('none'));
  },
};
