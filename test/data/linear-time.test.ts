import { expect } from '@open-wc/testing';
import { githubRepoIn } from '../../src/data/formats/arxiv.js';
import { parseFeed } from '../../src/data/formats/parse-feed.js';
import { paperLimits, type Feed, type Paper } from '../../src/data/paper.js';
import { truncate } from '../../src/data/text.js';
import { caseKinds, feedOf } from '../hostile-feeds.js';

// Sizes at which each search, done the quadratic way, outlasts mocha's 10 s timeout here (measured
// in Chromium on this 2-core machine under load: 30 s to over a minute each), and still takes over
// 5 s on a machine five times faster; read in linear time, each takes milliseconds. The 5 s bound
// on every parse is what fails on the faster machine.
const sizes: Record<string, number> = {
  doctype: 800_000,
  entity: 360_000,
  'github-comment': 190_000,
  'github-abstract': 190_000,
  'arxiv-title': 380_000,
  author: 190_000,
  markup: 190_000,
  fields: 1_000_000,
};
const maxParseMs = 5000;

function timedParse(body: string): Feed {
  const started = performance.now();
  const feed = parseFeed(body, { url: 'https://feed.example.org/feed' });
  expect(performance.now() - started, 'milliseconds to parse').to.be.below(maxParseMs);
  return feed;
}

function expectWithinLimits(paper: Paper): void {
  const texts = [
    paper.id,
    paper.title,
    paper.abstract,
    paper.organization,
    paper.aiSummary,
    ...paper.authors,
    ...paper.tags,
  ];
  for (const text of texts) expect(text?.isWellFormed() ?? true, 'well-formed text').to.equal(true);
  expect(paper.title.length).to.be.at.most(paperLimits.title);
  expect(paper.abstract.length).to.be.at.most(paperLimits.abstract);
  expect(paper.authors.length).to.be.at.most(paperLimits.authors);
  expect(Math.max(0, ...paper.authors.map((name) => name.length))).to.be.at.most(paperLimits.author);
  expect(paper.tags.length).to.be.at.most(paperLimits.tags);
  expect(Math.max(0, ...paper.tags.map((tag) => tag.length))).to.be.at.most(paperLimits.tag);
  expect(paper.organization?.length ?? 0).to.be.at.most(paperLimits.organization);
  expect(paper.aiSummary?.length ?? 0).to.be.at.most(paperLimits.aiSummary);
  for (const url of [paper.url, paper.pdfUrl, paper.codeUrl, paper.projectUrl, paper.thumbnail]) {
    expect(url?.length ?? 0).to.be.at.most(paperLimits.url);
  }
}

describe('feeds crafted against backtracking regexes', () => {
  for (const kind of caseKinds.filter(({ id }) => id !== 'fields')) {
    for (const format of kind.formats) {
      it(`should read ${kind.name} (${format}) in linear time`, () => {
        const { body, count, first } = kind.build(format, sizes[kind.id]!);
        const { papers } = timedParse(body);
        expect(papers).to.have.length(count);
        expect(papers[0]).to.deep.include(first);
        papers.forEach(expectWithinLimits);
      });
    }
  }
});

describe('per-field caps', () => {
  const fields = caseKinds.find(({ id }) => id === 'fields')!;
  for (const format of fields.formats) {
    it(`should keep at most each field's cap of a 1 MB entry (${format})`, () => {
      const { papers } = timedParse(fields.build(format, sizes.fields!).body);
      expect(papers).to.have.length(1);
      const [paper] = papers as [Paper];
      expectWithinLimits(paper);
      expect(paper.title).to.match(/^Title Title /);
      expect(paper.title.length).to.be.above(paperLimits.title - 10);
      expect(paper.title.endsWith('…')).to.equal(true);
      expect(paper.abstract.length).to.be.above(paperLimits.abstract - 10);
      expect(paper.authors).to.have.length(paperLimits.authors);
      expect(paper.authors.slice(0, 2)).to.deep.equal(['Author 0', 'Author 1']);
      expect(paper.authors[499]).to.equal(`Author 499 ${'a'.repeat(288)}…`);
      expect(paper.tags.slice(0, 2)).to.deep.equal(['tag-0-', 'tag-1-ttt']);
      expect(paper.tags[49]).to.equal(`tag-49-${'t'.repeat(92)}…`);
      expect(paper.tags).to.have.length(paperLimits.tags);
      if (format === 'hugging-face') {
        expect(paper.aiSummary!.length).to.be.above(paperLimits.aiSummary - 10);
        expect(paper.organization!.length).to.be.above(paperLimits.organization - 10);
      }
    });
  }

  it('should keep 1,000 characters of a 5 MB title', () => {
    for (const format of ['rss', 'json-feed', 'hugging-face'] as const) {
      const { papers } = timedParse(feedOf(format, [{ id: '2406.16218', title: `${'x'.repeat(5_000_000)} end` }]));
      expect(papers[0]!.title, format).to.equal(`${'x'.repeat(999)}…`);
    }
  });

  it('should cap the feed’s own title like a paper’s', () => {
    const body = feedOf('rss', [{ id: '1', title: 'A paper' }]).replace(
      '<title>Hostile</title>',
      `<title>${'Feed '.repeat(100_000)}</title>`,
    );
    const { title } = timedParse(body);
    expect(title!.length).to.be.at.most(paperLimits.title);
    expect(title!.endsWith('…')).to.equal(true);
  });

  it('should cut text between characters, never inside a surrogate pair', () => {
    expect(truncate('😀'.repeat(10), 6)).to.equal('😀😀…');
    expect(truncate('a😀😀😀', 5)).to.equal('a😀…');
    expect(truncate('abc', 3)).to.equal('abc');
    expect(truncate('ab  cd', 5)).to.equal('ab…');
    for (const format of ['rss', 'atom', 'json-feed', 'hugging-face'] as const) {
      const [paper] = timedParse(feedOf(format, [{ id: '2406.16218', title: '😀'.repeat(1000) }])).papers;
      expect(paper!.title).to.equal(`${'😀'.repeat(499)}…`);
    }
  });
});

describe('readers rewritten without backtracking read as before', () => {
  it('should find the GitHub repository a comment or abstract links to', () => {
    const cases: [string, string | undefined][] = [
      ['Code: https://github.com/a/b', 'https://github.com/a/b'],
      ['Code at https://github.com/a/b.', 'https://github.com/a/b'],
      ['(see https://github.com/a/b.c).', 'https://github.com/a/b.c'],
      ['https://github.com/a/b..., and more', 'https://github.com/a/b'],
      ['https://github.com/a/b] [2]', 'https://github.com/a/b'],
      ['https://github.com/a/b...! then https://github.com/c/d.', 'https://github.com/c/d'],
      ['http://github.com/o-w.n/re_po-1;', 'http://github.com/o-w.n/re_po-1'],
      ['https://github.com/a/...', 'https://github.com/a/.'],
      ['https://github.com/a/b.....x', 'https://github.com/a/b.....x'],
      ['https://github.com/a/b/tree/main and https://github.com/c/d', 'https://github.com/c/d'],
      ['https://github.com/a/https://github.com/b/c d', 'https://github.com/b/c'],
      ['https://github.com/a/b/tree/main', undefined],
      ['https://github.com/a', undefined],
      ['no link', undefined],
    ];
    for (const [text, repository] of cases) expect(githubRepoIn(text), text).to.equal(repository);
  });

  it('should strip the arXiv suffix of an RSS 1.0 title, and only that', () => {
    const titles: [string, string][] = [
      ['A paper. (arXiv:2406.16218v1 [cs.LG])', 'A paper'],
      ['A paper (arXiv:2406.16218v1 [cs.LG])', 'A paper'],
      ['A paper.. (arXiv:2406.16218v1)', 'A paper.'],
      ['A (note) paper. (arXiv:2406.16218v1)', 'A (note) paper'],
      ['A paper (arXiv:a (arXiv:b)', 'A paper'],
      ['A paper (arXiv:2406.16218v1) extra', 'A paper (arXiv:2406.16218v1) extra'],
      ['A paper (see arXiv:2406.16218)', 'A paper (see arXiv:2406.16218)'],
    ];
    for (const [title, expected] of titles) {
      const [paper] = parseFeed(feedOf('rss', [{ id: '1', title, url: 'https://arxiv.org/abs/2406.16218' }])).papers;
      expect(paper!.title, title).to.equal(expected);
    }
  });

  it('should read the name in brackets after an RSS author’s address', () => {
    const authors: [string, string[]][] = [
      ['ada@example.org (Ada Lovelace)', ['Ada Lovelace']],
      ['ada@example.org (Ada (the first) Lovelace)', []],
      ['ada@example.org (Ada) (Countess)', ['Countess']],
      ['ada@example.org ()', []],
      ['ada@example.org', []],
      ['Ada Lovelace', ['Ada Lovelace']],
    ];
    for (const [author, expected] of authors) {
      const [paper] = parseFeed(feedOf('rss', [{ id: '1', title: 'A paper', author }])).papers;
      expect(paper!.authors, author).to.deep.equal(expected);
    }
  });

  it('should still find the document type declaration after prolog comments, and measure a bomb hidden after "]>" in a value', () => {
    const bomb = Array.from({ length: 8 }, (_, level) =>
      level === 0
        ? '<!ENTITY e0 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">'
        : `<!ENTITY e${level} "${`&e${level - 1};`.repeat(20)}">`,
    ).join('');
    const body = feedOf('rss', [{ id: '1', title: 'A paper' }], { subset: `<!ENTITY x "]>">${bomb}` })
      .replace('<title>A paper</title>', '<title>&e7;</title>')
      .replace('<!DOCTYPE', '<!-- <!DOCTYPE rss> --><?pi <!DOCTYPE rss>?>\n<!DOCTYPE');
    expect(() => parseFeed(body)).to.throw(/expand without bound/);
  });

  it('should refuse external and parameter entities wherever the subset declares them', () => {
    for (const subset of [
      '<!-- a comment --><!ENTITY x SYSTEM "file:///etc/passwd">',
      '<!ENTITY a "]>"><!ENTITY x PUBLIC "-//x//EN" "http://127.0.0.1:1/">',
      '<?pi ]> ?><!ENTITY % p "x">',
    ]) {
      expect(() => parseFeed(feedOf('rss', [{ id: '1', title: 'A paper' }], { subset })), subset).to.throw(
        /external entities|parameter entities/,
      );
    }
  });

  it('should leave an unterminated comment before the root to the XML parser', () => {
    expect(() => parseFeed('<?xml version="1.0"?>\n<!-- never closed <rss version="2.0"></rss>')).to.throw(
      /not well-formed XML/,
    );
  });

  it('should read a document type declaration with an external id and no subset', () => {
    const body = feedOf('rss', [{ id: '1', title: 'A paper' }]).replace(
      '<rss ',
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss ',
    );
    expect(parseFeed(body).papers.map((paper) => paper.title)).to.deep.equal(['A paper']);
  });
});
