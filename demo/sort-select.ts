// The demo's sort menu, in the feed's header slot: the page sets the feed's `sort` property.
import type { PaperSort } from '../src/data/select.js';

const select = document.querySelector<HTMLSelectElement>('.feed-header select[name="sort"]');
select?.addEventListener('change', () => {
  const feed = select.closest('paper-feed');
  if (feed) feed.sort = select.value as PaperSort;
});
