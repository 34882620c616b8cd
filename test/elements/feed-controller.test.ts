import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { firstPageSize, FeedStore } from '../../src/data/store/feed-store.js';
import { IdbStorage } from '../../src/data/store/storage.js';
import { FeedController } from '../../src/paper-feed/feed-controller.js';
import { deleteDatabase, uniqueName, until } from '../helpers.js';

/** A bare host: what its FeedController shows, recorded at every update. */
class FeedHost extends LitElement {
  shown: { papers: number; busy: boolean }[] = [];
  feed: FeedController | undefined;

  protected override updated(): void {
    const papers = this.feed?.feed?.papers.length;
    if (papers !== undefined) this.shown.push({ papers, busy: this.feed!.busy });
  }
}
customElements.define('feed-controller-host', FeedHost);

describe('FeedController', () => {
  let database: string;
  beforeEach(() => {
    database = uniqueName('controller');
  });
  afterEach(() => deleteDatabase(database));

  const store = () => new FeedStore({ storage: new IdbStorage(database), channel: null });

  it('should show a long cached feed’s first page while the rest is read, then the whole feed', async () => {
    const src = `${location.origin}/generated/daily-papers.json?count=120&key=${database}`;
    const first = store();
    await first.load(src);
    await first.idle();
    const host = new FeedHost();
    const loads: number[] = [];
    const failures: unknown[] = [];
    // A new page's store: nothing in memory, the copy in IndexedDB.
    host.feed = new FeedController(
      host,
      {
        loaded: (feed) => loads.push(feed.papers.length),
        failed: (error) => failures.push(error),
      },
      store(),
    );
    host.feed.request = { src, format: 'auto', noCache: false, timeout: 10_000, maxAge: 3600, proxy: undefined };
    document.body.append(host);
    try {
      await until(() => host.shown.some((state) => state.papers === 120), 10_000, 'the whole feed');
      expect(host.shown[0]).to.deep.equal({ papers: firstPageSize, busy: true });
      expect(host.feed.state).to.equal('ready');
      // The load is announced once, whole: the first page is only shown.
      expect(loads).to.deep.equal([120]);
      expect(failures).to.have.length(0);
    } finally {
      host.remove();
    }
  });
});
