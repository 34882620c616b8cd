import fc from 'fast-check';
import { anything, field, text, url } from './hostile-values.js';
import { readDblp } from '../../src/data/formats/dblp.js';
import { readOrcid } from '../../src/data/formats/orcid.js';
import type { ReadFeed } from '../../src/data/formats/xml-feed.js';
import { readZotero } from '../../src/data/formats/zotero.js';
import { clean, expectWellFormed } from './paper-checks.js';

/** The property: the reader returns well-formed papers and never throws. */
const readsSafely = (read: (data: unknown) => ReadFeed) => (data: unknown) => {
  for (const paper of read(data).papers) expectWellFormed(paper);
};

const digits = fc.oneof(
  fc.integer({ min: -1, max: 10_000 }).map(String),
  fc.integer({ min: 0, max: 40 }).map((value) => String(value).padStart(2, '0')),
  anything,
);
const doiText = fc.oneof(
  fc.stringMatching(/^10\.\d{4,5}\/[\w.-]{1,20}$/),
  fc.constantFrom('https://doi.org/10.5555/ABC', 'doi:10.1000/x', 'db/journals/x', 'javascript:alert(1)'),
);
const doi = fc.oneof(doiText, anything);
const dateText = fc.oneof(
  fc.constantFrom('2021', 'March 2021', '2021-03-04', '3/4/2021', '1993-00-00', '2021-02-30', 'Sept. 2019', '99999'),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  anything,
);
const record = <T>(model: { [K in keyof T]: fc.Arbitrary<T[K]> }) => fc.record(model, { requiredKeys: [] });

const zoteroItem = record({
  key: field,
  links: fc.oneof(record({ alternate: record({ href: fc.oneof(url, anything) }) }), anything),
  meta: fc.oneof(record({ parsedDate: dateText }), anything),
  data: fc.oneof(
    record({
      itemType: fc.oneof(fc.constantFrom('journalArticle', 'preprint', 'note', 'attachment', 'book'), anything),
      title: field,
      creators: fc.oneof(
        fc.array(
          record({
            creatorType: fc.oneof(fc.constantFrom('author', 'editor'), anything),
            firstName: field,
            lastName: field,
            name: field,
          }),
          { maxLength: 4 },
        ),
        anything,
      ),
      abstractNote: field,
      date: dateText,
      url: fc.oneof(url, anything),
      DOI: doi,
      extra: fc.oneof(
        doiText.map((value) => `DOI: ${value}`),
        fc.constantFrom('arXiv: 2101.00001'),
        anything,
      ),
      archiveID: fc.oneof(fc.constantFrom('arXiv:2101.00001', 'arXiv:javascript:1'), anything),
      publicationTitle: field,
      proceedingsTitle: field,
      tags: fc.oneof(
        fc.array(record({ tag: field, type: fc.oneof(fc.constantFrom(0, 1), anything) }), { maxLength: 3 }),
        anything,
      ),
    }),
    anything,
  ),
});

const valued = <T>(value: fc.Arbitrary<T>) => fc.oneof(record({ value }), anything);
const externalIds = fc.oneof(
  record({
    'external-id': fc.oneof(
      fc.array(
        record({
          'external-id-type': fc.oneof(fc.constantFrom('doi', 'arxiv', 'DOI', 'isbn'), anything),
          'external-id-value': fc.oneof(doi, fc.constantFrom('arXiv:2101.00001', '1706.03762'), anything),
          'external-id-normalized': valued(fc.oneof(doi, anything)),
          'external-id-url': valued(fc.oneof(url, anything)),
          'external-id-relationship': fc.oneof(fc.constantFrom('self', 'part-of', 'version-of'), anything),
        }),
        { maxLength: 3 },
      ),
      anything,
    ),
  }),
  anything,
);
const orcidWorks = record({
  path: field,
  group: fc.oneof(
    fc.array(
      record({
        'external-ids': externalIds,
        'work-summary': fc.oneof(
          fc.array(
            record({
              title: fc.oneof(record({ title: valued(field) }), anything),
              'external-ids': externalIds,
              url: valued(fc.oneof(url, anything)),
              'publication-date': fc.oneof(
                record({ year: valued(digits), month: valued(digits), day: valued(digits) }),
                anything,
              ),
              'journal-title': valued(field),
              'display-index': fc.oneof(fc.constantFrom('0', '1', '2'), anything),
              path: field,
            }),
            { maxLength: 3 },
          ),
          anything,
        ),
      }),
      { maxLength: 5 },
    ),
    anything,
  ),
});

const author = fc.oneof(
  record({ '@pid': field, text: field }),
  text,
  fc.constantFrom('Wei Wang 0001', ' 0001'),
  anything,
);
const info = record({
  title: field,
  authors: fc.oneof(record({ author: fc.oneof(author, fc.array(author, { maxLength: 4 })) }), anything),
  venue: fc.oneof(field, fc.array(field, { maxLength: 2 })),
  year: digits,
  doi,
  ee: fc.oneof(url, fc.array(url, { maxLength: 3 }), anything),
  url: fc.oneof(url, anything),
  key: field,
});
const hit = fc.oneof(record({ info: fc.oneof(info, anything) }), anything);
const dblpAnswer = record({
  result: fc.oneof(
    record({ hits: fc.oneof(record({ hit: fc.oneof(hit, fc.array(hit, { maxLength: 5 })) }), anything) }),
    anything,
  ),
});

const runs = { numRuns: 150 };

describe('Zotero, ORCID and DBLP readers, on arbitrary input', () => {
  it('should return well-formed papers and never throw for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter(clean), (value) => {
        for (const read of [readZotero, readOrcid, readDblp]) readsSafely(read)(value);
      }),
      runs,
    );
  });

  it('should return well-formed papers for Zotero-shaped input', () => {
    fc.assert(fc.property(fc.array(zoteroItem, { maxLength: 6 }).filter(clean), readsSafely(readZotero)), runs);
  });

  it('should return well-formed papers for ORCID-shaped input', () => {
    fc.assert(fc.property(orcidWorks.filter(clean), readsSafely(readOrcid)), runs);
  });

  it('should return well-formed papers for DBLP-shaped input', () => {
    fc.assert(fc.property(dblpAnswer.filter(clean), readsSafely(readDblp)), runs);
  });
});
