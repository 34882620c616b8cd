import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import preprints from '../test/fixtures/sources/preprints.json';
import published from '../test/fixtures/sources/published.json';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import { cardsOf, feedIn, interceptFetch, partText, uniqueUrl } from './story-helpers.js';

// A lab's preprints and its published papers, two sources shown as one list: the stories serve
// both from saved copies (test/fixtures/sources) and never touch the network.
const meta: Meta<PaperFeedElement> = {
  title: 'Elements/paper-feed/Several sources',
  component: 'paper-feed',
};
export default meta;

type Story = StoryObj<PaperFeedElement>;

const json = (body: unknown, status = 200) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

let preprintsUrl = '';
let publishedUrl = '';

/** Two sources merged: the paper each has a copy of shows once, with the catalogue's citations and venue. */
export const Merged: Story = {
  beforeEach: () => {
    preprintsUrl = uniqueUrl('lab/preprints.json');
    publishedUrl = uniqueUrl('lab/published.json');
    const stop = [
      interceptFetch(preprintsUrl, () => json(preprints)),
      interceptFetch(publishedUrl, () => json(published)),
    ];
    return () => {
      for (const cleanup of stop) cleanup();
    };
  },
  render: () =>
    html`<paper-feed heading="Our publications" sort="citations" no-cache>
      <source src=${preprintsUrl} />
      <source src=${publishedUrl} />
    </paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await expect(feed.papers).toHaveLength(5);
    await expect(cardsOf(feed).map((card) => card.paper?.id)).toEqual([
      'W3',
      '2401.00001',
      '2401.00002',
      '2401.00003',
      'W4',
    ]);
  },
};

let failingUrl = '';
let workingUrl = '';

/** One source fails: the other's papers show, with a line naming the one that failed. */
export const OneSourceFails: Story = {
  name: 'One source fails',
  beforeEach: () => {
    failingUrl = uniqueUrl('lab/preprints.json');
    workingUrl = uniqueUrl('lab/published.json');
    const stop = [interceptFetch(failingUrl, () => json({}, 404)), interceptFetch(workingUrl, () => json(published))];
    return () => {
      for (const cleanup of stop) cleanup();
    };
  },
  render: () =>
    html`<paper-feed heading="Our publications" no-cache>
      <source src=${failingUrl} />
      <source src=${workingUrl} />
    </paper-feed>`,
  play: async ({ canvasElement }) => {
    const feed = await feedIn(canvasElement, 'ready');
    await waitFor(() => expect(cardsOf(feed)).toHaveLength(4));
    await expect(partText(feed, 'status')).toContain('Couldn’t load the papers from');
  },
};
