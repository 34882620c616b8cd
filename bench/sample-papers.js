// Shared by the benchmark pages: the demo's 27 sample papers, normalized through the production reader.
import { longFeed } from '../test/long-feed.js';

export async function samplePapers(count) {
  const response = await fetch('/demo/data/daily-papers.json');
  const listings = await response.json();
  const papers = [];
  for (let i = 0; papers.length < count; i++) {
    const listing = structuredClone(listings[i % listings.length]);
    listing.paper.id = `${listing.paper.id}-${i}`;
    papers.push(listing);
  }
  return papers;
}

/** `count` Hugging Face listings as feed bytes, with only what a card shows (test/long-feed.js). */
export async function sampleFeedText(count) {
  const response = await fetch('/demo/data/daily-papers.json');
  return JSON.stringify(longFeed(await response.json(), count));
}

/** Serves `text` to every fetch on the page, at once: the benchmarks measure rendering, not the network. */
export function serveFeed(text) {
  window.fetch = async () => new Response(text, { headers: { 'Content-Type': 'application/json' } });
}

/** Loads the one-file bundle as a blogger's page does. */
export function loadBundle() {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    script.src = '/dist/paper-feed.js';
    script.onload = resolve;
    document.head.append(script);
  });
}

/** Resolves when `feed` shows its papers and the cards on screen have rendered. */
export async function feedPainted(feed) {
  await new Promise((resolve) => feed.addEventListener('paper-feed-load', resolve, { once: true }));
  await feed.updateComplete;
  let cards = feed.shadowRoot.querySelectorAll('paper-card');
  while (cards.length === 0) {
    await new Promise(requestAnimationFrame);
    cards = feed.shadowRoot.querySelectorAll('paper-card');
  }
  await Promise.all([...cards].map((card) => card.updateComplete));
  feed.getBoundingClientRect();
  await new Promise(requestAnimationFrame);
}

/** A `<paper-feed>` of the served sample (see serveFeed), uncached, showing `limit` cards. */
export function sampleFeed(limit) {
  const feed = document.createElement('paper-feed');
  feed.setAttribute('src', 'https://papers.example.org/feed.json');
  if (limit !== undefined) feed.setAttribute('limit', String(limit));
  feed.setAttribute('no-cache', '');
  return feed;
}
