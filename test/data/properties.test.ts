import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { anything, field, text, url } from './hostile-values.js';
import { FeedError } from '../../src/data/feed-error.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import type { Paper } from '../../src/data/paper.js';
import { clean, expectWellFormed, junk } from './paper-checks.js';

/** The property: papers that are all well-formed, or a FeedError — nothing else. */
function readsSafely(body: string): void {
  let papers: Paper[];
  try {
    papers = parseFeed(body, { url: 'https://feed.example.org/feed' }).papers;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return;
  }
  for (const paper of papers) expectWellFormed(paper);
}

const listing = fc.record(
  {
    paper: fc.record(
      {
        id: fc.oneof(fc.stringMatching(/^\d{4}\.\d{5}(v\d)?$/), anything),
        title: field,
        summary: field,
        authors: fc.oneof(fc.array(fc.record({ name: field }, { requiredKeys: [] }), { maxLength: 4 }), anything),
        publishedAt: fc.oneof(
          fc.date({ noInvalidDate: false }).map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toISOString())),
          anything,
        ),
        upvotes: anything,
        githubRepo: fc.oneof(url, anything),
        projectPage: fc.oneof(url, anything),
        githubStars: anything,
        ai_keywords: anything,
        organization: fc.oneof(fc.record({ fullname: field, name: field }, { requiredKeys: [] }), anything),
      },
      { requiredKeys: [] },
    ),
    thumbnail: fc.oneof(url, anything),
    numComments: anything,
  },
  { requiredKeys: [] },
);

const jsonFeed = fc.record({
  version: fc.constantFrom('https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1'),
  title: field,
  home_page_url: fc.oneof(url, anything),
  items: fc.array(
    fc.record(
      {
        id: anything,
        url: fc.oneof(url, anything),
        external_url: fc.oneof(url, anything),
        title: field,
        content_html: field,
        content_text: field,
        summary: field,
        image: fc.oneof(url, anything),
        date_published: anything,
        authors: fc.oneof(fc.array(fc.record({ name: field }, { requiredKeys: [] })), anything),
        author: anything,
        tags: anything,
        attachments: anything,
      },
      { requiredKeys: [] },
    ),
    { maxLength: 5 },
  ),
});

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// Text placed into XML templates: escaped (a valid feed with hostile values) or raw (often malformed).
const xmlText = fc
  .tuple(fc.oneof(text, fc.constantFrom('&a;', ']]>', '<![CDATA[x]]>', '<!--', '&#0;')), fc.boolean())
  .map(([value, raw]) => (raw ? value : escapeXml(value)));
const rss = fc
  .tuple(xmlText, xmlText, xmlText, xmlText, xmlText, xmlText)
  .map(
    ([title, link, description, date, creator, enclosure]) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>${title}</title><link>${link}</link>` +
      `<item><title>${title}</title><link>${link}</link><description>${description}</description><pubDate>${date}</pubDate>` +
      `<dc:creator>${creator}</dc:creator><guid>${link}</guid><enclosure url="${escapeXml(enclosure).replace(/"/g, '&quot;')}" type="application/pdf"/></item></channel></rss>`,
  );
const atom = fc
  .tuple(xmlText, xmlText, xmlText, xmlText, fc.constantFrom('text', 'html', 'xhtml', 'bogus'))
  .map(
    ([title, href, summary, date, type]) =>
      `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${escapeXml(href).replace(/"/g, '&quot;')}"><title>${title}</title>` +
      `<entry><id>${href}</id><title type="${type}">${title}</title><link href="${escapeXml(href).replace(/"/g, '&quot;')}"/>` +
      `<summary type="${type}">${summary}</summary><updated>${date}</updated><author><name>${title}</name></author></entry></feed>`,
  );
const arxiv = fc
  .tuple(xmlText, xmlText, xmlText)
  .map(
    ([id, title, creators]) =>
      `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom"><channel><item>` +
      `<title>${title}</title><link>https://arxiv.org/abs/${id}</link><description>arXiv:${id} Announce Type: new Abstract: ${title}</description>` +
      `<dc:creator>${creators}</dc:creator><arxiv:announce_type>${id}</arxiv:announce_type></item></channel></rss>`,
  );

const runs = { numRuns: 150 };

describe('every reader, on arbitrary input', () => {
  it('should return well-formed papers or a FeedError for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter(clean), (value) => {
        readsSafely(JSON.stringify(value));
      }),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for Hugging Face-shaped input', () => {
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 6 }).filter(clean), (listings) => {
        readsSafely(JSON.stringify(listings));
      }),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for JSON Feed-shaped input', () => {
    fc.assert(
      fc.property(jsonFeed.filter(clean), (feed) => {
        readsSafely(JSON.stringify(feed));
      }),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for RSS, Atom and arXiv listings with arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.oneof(rss, atom, arxiv).filter((body) => !junk.test(body)),
        readsSafely,
      ),
      runs,
    );
  });

  it('should return well-formed papers or a FeedError for arbitrary text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary' }).filter((body) => !junk.test(body)),
        readsSafely,
      ),
      runs,
    );
  });
});
