import { expect } from '@open-wc/testing';
import { FeedError, type FeedErrorKind } from '../../src/data/feed-error.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import { fetchFeed } from '../../src/data/store/fetch-feed.js';
import { retryAfterSeconds } from '../../src/data/retry-after.js';
import { fixtureUrl } from '../helpers.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('Expected the promise to reject');
}

async function expectKind(promise: Promise<unknown>, kind: FeedErrorKind): Promise<FeedError> {
  const error = await failure(promise);
  expect(error).to.be.instanceOf(FeedError);
  expect((error as FeedError).kind).to.equal(kind);
  expect((error as FeedError).message).to.be.a('string').and.not.be.empty;
  return error as FeedError;
}

describe('fetchFeed', () => {
  it('should ask for feeds in JSON first, so a catalogue that negotiates (ORCID) sends the JSON its reader knows', async () => {
    const feed = await fetchFeed(new URL('/negotiated/formats/orcid-works.json', location.href).href);
    expect(feed.papers.length).to.be.greaterThan(0);
    expect(feed.papers.every((paper) => paper.source === 'orcid')).to.equal(true);
  });

  it('should fetch and parse a feed from the server', async () => {
    const feed = await fetchFeed(fixtureUrl('daily-papers.json'));
    expect(feed.papers).to.have.length(5);
  });

  it('should report an HTTP error with its status', async () => {
    const error = await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { status: 500 })), 'http');
    expect(error.status).to.equal(500);
    expect(error.message).to.contain('500');
  });

  it('should report 429 as rate-limited', async () => {
    await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 429, header: 'Retry-After: 120' })),
      'rate-limited',
    );
  });

  it('should give up after the timeout', async () => {
    const error = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { delay: 2000 }), { timeout: 200 }),
      'timeout',
    );
    expect(error.message).to.contain('second');
  });

  it('should report a body cut short as a network error', async () => {
    await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { truncate: 100 })), 'network');
  });

  it('should report a body that is not a feed', async () => {
    await expectKind(fetchFeed(fixtureUrl('not-json.txt')), 'unrecognized');
    await expectKind(fetchFeed(fixtureUrl('unknown.json')), 'unrecognized');
    await expectKind(fetchFeed(fixtureUrl('hostile/truncated.json')), 'parse');
  });

  it('should report 404 as not-found', async () => {
    const error = await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { status: 404 })), 'not-found');
    expect(error.status).to.equal(404);
  });

  it('should pass on how long a rate-limited server asked us to wait', async () => {
    const error = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 429, header: 'Retry-After: 60' })),
      'rate-limited',
    );
    expect(error.retryAfter).to.equal(60);
    expect(error.message).to.equal('The feed server asked us to wait 60 seconds before trying again.');
    const unavailable = await expectKind(
      fetchFeed(fixtureUrl('daily-papers.json', { status: 503, header: 'Retry-After: 1' })),
      'rate-limited',
    );
    expect(unavailable.retryAfter).to.equal(1);
  });

  it('should read Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2025-12-10T12:00:00Z');
    expect(retryAfterSeconds('120', 3600, now)).to.equal(120);
    expect(retryAfterSeconds('Wed, 10 Dec 2025 12:01:30 GMT', 3600, now)).to.equal(90);
    expect(retryAfterSeconds('Wed, 10 Dec 2025 11:00:00 GMT', 3600, now)).to.equal(0);
    expect(retryAfterSeconds('soon', 3600, now)).to.equal(undefined);
    expect(retryAfterSeconds(null, 3600, now)).to.equal(undefined);
  });

  it('should refuse a body larger than the limit, announced or streamed', async () => {
    const announced = await expectKind(fetchFeed(fixtureUrl('daily-papers.json'), { maxBytes: 1000 }), 'too-large');
    expect(announced.message).to.contain('larger than');
    await expectKind(fetchFeed(fixtureUrl('daily-papers.json', { chunked: 1 }), { maxBytes: 1000 }), 'too-large');
    const feed = await fetchFeed(fixtureUrl('daily-papers.json', { chunked: 1 }));
    expect(feed.papers).to.have.length(5);
  });

  it('should resolve relative links against the address the feed came from', async () => {
    const feed = await fetchFeed(fixtureUrl('formats/blog.atom', { type: 'application/atom+xml' }));
    expect(feed.papers[0]!.url).to.equal('https://lab.example.edu/news/papers/galvatron.html');
  });

  it('should reject with the abort reason, not a FeedError, when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchFeed(fixtureUrl('daily-papers.json', { delay: 1000 }), { signal: controller.signal });
    controller.abort(new DOMException('src changed', 'AbortError'));
    const error = await failure(pending);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });
});

describe('fetchFeed reads what is really there', () => {
  const feeds = [
    ['RSS', 'formats/blog.rss', 4],
    ['Atom', 'formats/blog.atom', 3],
    ['JSON Feed', 'formats/papers.json', 5],
    ['Hugging Face JSON', 'daily-papers.json', 5],
  ] as const;
  const lies = ['text/html', 'text/html; charset=utf-8', 'text/plain', 'application/octet-stream', ''];

  for (const [format, name, count] of feeds) {
    it(`should read ${format} whatever Content-Type it is served with`, async () => {
      for (const type of lies) {
        const feed = await fetchFeed(fixtureUrl(name, { type }));
        expect(feed.papers, `served as "${type}"`).to.have.length(count);
      }
    });
  }

  it('should read JSON as UTF-8 whatever charset its label names', async () => {
    for (const charset of ['utf-16', 'utf-16le', 'UTF-16BE', 'iso-8859-1', 'windows-1252', 'no-such-charset']) {
      for (const type of [`application/json; charset=${charset}`, `text/html; charset="${charset}"`]) {
        const feed = await fetchFeed(fixtureUrl('formats/papers.json', { type }));
        expect(feed.papers[0]!.authors[0], type).to.equal('Andrzej Białecki');
        expect(feed.title, type).to.equal('Papers we like');
      }
    }
  });

  it('should read JSON in UTF-16 by its byte-order mark, or by its zero bytes without one', async () => {
    for (const encode of ['utf-16le', 'utf-16be']) {
      for (const bom of [1, 0]) {
        const type = bom ? 'application/json; charset=utf-8' : 'application/json';
        const feed = await fetchFeed(fixtureUrl('formats/papers.json', { encode, bom, type }));
        expect(feed.papers[0]!.authors[0], `${encode}, BOM ${bom}`).to.equal('Andrzej Białecki');
      }
    }
    const utf8 = await fetchFeed(
      fixtureUrl('formats/papers.json', { encode: 'utf-8', bom: 1, type: 'application/json; charset=utf-16' }),
    );
    expect(utf8.papers[0]!.authors[0]).to.equal('Andrzej Białecki');
  });

  it('should read JSON in a legacy charset when its bytes are not UTF-8 and its label says which', async () => {
    const feed = await fetchFeed(
      fixtureUrl('encoding/cafe.json', { encode: 'latin1', type: 'application/json; charset=iso-8859-1' }),
    );
    expect(feed.title).to.equal('Café des sciences');
    expect(feed.papers[0]).to.deep.include({ title: 'Réseaux de neurones naïfs, été', authors: ['Zoë Müller'] });
  });

  it('should decode XML by its byte-order mark, then its declaration, then the label', async () => {
    const title = 'Über naïve Bayes: ein Überblick 🙂';
    const read = async (name: string, query: Record<string, string | number>) =>
      (await fetchFeed(fixtureUrl(name, query))).papers[0]!.title;
    // The declaration says UTF-8; the label lies.
    for (const type of [
      'application/rss+xml; charset=iso-8859-1',
      'text/xml; charset=utf-16',
      'text/html; charset=windows-1252',
    ]) {
      expect(await read('encoding/utf8.rss', { type }), type).to.equal(title);
    }
    // The byte-order mark outranks a declaration and a label that both say UTF-8.
    for (const encode of ['utf-16le', 'utf-16be']) {
      expect(await read('encoding/utf8.rss', { encode, bom: 1, type: 'text/xml; charset=utf-8' }), encode).to.equal(
        title,
      );
      expect(await read('encoding/utf8.rss', { encode, type: 'text/xml' }), `${encode} without a BOM`).to.equal(title);
    }
    // A declaration of ISO-8859-1 outranks a server's default charset=utf-8.
    const latin1 = await fetchFeed(fixtureUrl('hostile/latin1.rss', { type: 'application/rss+xml; charset=utf-8' }));
    expect(latin1.title).to.equal('Café des sciences');
    // Without a declaration, the label counts, unless it names UTF-16 for bytes that are not.
    const plain = 'Réseaux de neurones naïfs, été';
    expect(
      await read('encoding/plain.rss', { encode: 'latin1', type: 'application/xml; charset=iso-8859-1' }),
    ).to.equal(plain);
    expect(await read('encoding/plain.rss', { type: 'application/xml; charset=utf-16' })).to.equal(plain);
    expect(await read('encoding/plain.rss', { type: '' })).to.equal(plain);
  });

  it('should still call a real web page a web page, whatever it is served as', async () => {
    const message = 'This address returned a web page, not a feed.';
    for (const name of ['hostile/error-page.html', 'encoding/page.html']) {
      for (const type of ['text/html', 'text/plain', 'application/rss+xml', 'application/json', '']) {
        const error = await expectKind(fetchFeed(fixtureUrl(name, { type })), 'unrecognized');
        expect(error.message, `${name} as "${type}"`).to.equal(message);
      }
    }
    const fragment = await expectKind(fetchFeed(fixtureUrl('encoding/fragment.html')), 'unrecognized');
    expect(fragment.message).to.equal(message);
    const pages = [
      '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"/>',
      '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body/></html>',
      '<!DOCTYPE  HTML>\n<title>Sign in</title>',
      '<!-- a -->\n<!-- b --><body>Moved</body>',
      '<HEAD><TITLE>Error</TITLE></HEAD>',
    ];
    for (const page of pages) {
      expect(() => parseFeed(page), page).to.throw(FeedError, message);
    }
    // What only looks like a page at first sight is read as the feed it is.
    const rss =
      '<?xml-stylesheet href="feed.xsl"?><!-- <html> --><rss version="2.0"><channel><title>t</title></channel></rss>';
    expect(parseFeed(rss, { contentType: 'text/html' }).title).to.equal('t');
  });
});

describe('fetchFeed on redirects it cannot follow', () => {
  const otherOrigin = location.origin.replace(
    location.hostname,
    location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1',
  );
  const redirect = (location: string, status = 302) => fixtureUrl('-', { status, header: `Location: ${location}` });
  const unfollowable = 'The feed address redirects where no feed can come from';

  it('should name a redirect to javascript:, data: or another non-web address, not CORS', async () => {
    const targets = [
      'javascript:alert(1)',
      'JavaScript:void(0)',
      'data:application/json,{"version":"https://jsonfeed.org/version/1.1","items":[]}',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'about:blank',
      'blob:https://example.org/0c9a1d7e-4a4c-4e59-9a41-1f2d2b6b8c11',
    ];
    for (const target of targets) {
      for (const status of [301, 302, 303, 307, 308]) {
        const error = await expectKind(fetchFeed(redirect(target, status)), 'redirect');
        expect(error.message, `${status} to ${target}`).to.contain(unfollowable);
      }
    }
  });

  it('should name a redirect loop, and a chain that ends in one, not CORS', async () => {
    for (const url of [fixtureUrl('-', { 'redirect-loop': 1 }), redirect(fixtureUrl('-', { 'redirect-loop': 1 }))]) {
      const error = await expectKind(fetchFeed(url), 'redirect');
      expect(error.message).to.contain('loop');
    }
  });

  it('should name the redirect when a feed on another origin allows this page but redirects to javascript:', async () => {
    const url = `${otherOrigin}/fixture/-?${new URLSearchParams([
      ['status', '302'],
      ['header', 'Location: javascript:alert(1)'],
      ['header', `Access-Control-Allow-Origin: ${location.origin}`],
    ]).toString()}`;
    await expectKind(fetchFeed(url), 'redirect');
  });

  it('should say when a redirect leads to a server that does not let other sites read it', async () => {
    const error = await expectKind(fetchFeed(redirect(`${otherOrigin}/fixture/daily-papers.json`)), 'cors');
    expect(error.message).to.contain('redirects to a server that does not let');
  });

  it('should still follow redirects that lead to a feed, and call a CORS refusal CORS', async () => {
    const feed = await fetchFeed(redirect('/fixture/daily-papers.json', 301));
    expect(feed.papers).to.have.length(5);
    const refused = await expectKind(fetchFeed(`${otherOrigin}/fixture/daily-papers.json`), 'cors');
    expect(refused.message).to.contain('does not let other sites read it');
  });
});
