import { expect } from '@open-wc/testing';
import { parseFeed } from '../src/data/formats/parse-feed.js';
import type { PaperFeedElement } from '../src/paper-feed/paper-feed.js';
import '../src/paper-feed/paper-feed.define.js';
import { deleteDatabase, until } from './helpers.js';

// demo/snapshot/ is what `paper-feed snapshot demo/data/daily-papers.json --limit 10` wrote (npm run
// demo:snapshot; test/node/demo-snapshot.test.mjs checks it is up to date). The widget reads its
// feed.json back: the same papers as the source, every field.
describe('<paper-feed> reading a feed kit snapshot', () => {
  beforeEach(() => deleteDatabase());

  it('should read back from feed.json exactly the papers the source had', async () => {
    const source = parseFeed(await (await fetch('/demo/data/daily-papers.json')).text());
    const feed: PaperFeedElement = document.createElement('paper-feed');
    feed.setAttribute('src', '/demo/snapshot/feed.json');
    feed.setAttribute('no-cache', '');
    document.body.append(feed);
    try {
      await until(() => feed.state === 'ready', 10_000, 'the snapshot feed');
      expect(JSON.stringify(feed.papers)).to.equal(JSON.stringify(source.papers.slice(0, 10)));
      expect(feed.papers.some((paper) => paper.upvotes !== undefined && paper.codeUrl !== undefined)).to.equal(true);
    } finally {
      feed.remove();
    }
  });
});
