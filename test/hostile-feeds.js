/**
 * Feeds crafted to make a backtracking regex take quadratic time, and feeds with fields far past
 * the caps (src/data/paper.ts `paperLimits`), in every format the readers accept. Shared by the
 * tests (test/data/linear-time.test.ts) and the benchmark (scripts/bench-hostile.mjs).
 */

export const xmlFormats = ['rss', 'atom', 'arxiv-api', 'arxiv-rss'];
export const allFormats = [...xmlFormats, 'json-feed', 'hugging-face'];

const xml = (text) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

// Each crafted field stays under the 200,000 characters a reader looks at (text.ts `maxFieldInput`),
// so the whole of it is read; a larger case repeats the entry instead.
const fieldSize = 190_000;

/**
 * A feed in `format` holding `entries`: `{ id, title, abstract, authors, tags, url, link,
 * comment, author, aiSummary, organization }` (all optional but `id`; `link` is an attachment,
 * enclosure or repository, `comment` an arXiv comment, `author` an RSS author). `comment` goes inside the root element as an XML
 * comment, `subset` into a document type declaration (XML formats only).
 */
export function feedOf(format, entries, { comment, subset } = {}) {
  if (format === 'json-feed') {
    return JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Hostile',
      items: entries.map((entry) => ({
        id: entry.id,
        url: entry.url ?? `https://blog.example/${entry.id}`,
        title: entry.title,
        summary: entry.abstract,
        authors: entry.authors?.map((name) => ({ name })),
        tags: entry.tags,
        image: entry.link,
      })),
    });
  }
  if (format === 'hugging-face') {
    return JSON.stringify(
      entries.map((entry) => ({
        paper: {
          id: entry.id,
          title: entry.title,
          summary: entry.abstract,
          authors: entry.authors?.map((name) => ({ name })),
          ai_keywords: entry.tags,
          ai_summary: entry.aiSummary,
          githubRepo: entry.link,
          organization: entry.organization && { fullname: entry.organization },
        },
      })),
    );
  }
  const doctype = subset === undefined ? '' : `<!DOCTYPE feed [${subset}]>\n`;
  const note = comment === undefined ? '' : `<!--${comment}-->`;
  const head = `<?xml version="1.0" encoding="UTF-8"?>\n${doctype}`;
  const text = (name, value) => (value === undefined ? '' : `<${name}>${xml(value)}</${name}>`);
  const list = (values, each) => (values ?? []).map(each).join('');
  if (format === 'rss') {
    return `${head}<rss version="2.0"><channel>${note}<title>Hostile</title><link>https://blog.example/</link>${entries
      .map(
        (entry) =>
          `<item>${text('title', entry.title)}${text('link', entry.url ?? `https://blog.example/${entry.id}`)}` +
          `${text('guid', entry.id)}${text('description', entry.abstract)}${text('author', entry.author)}` +
          `${list(entry.authors, (name) => text('author', name))}` +
          `${list(entry.tags, (tag) => text('category', tag))}${entry.link ? `<enclosure type="application/pdf" url="${xml(entry.link)}"/>` : ''}</item>`,
      )
      .join('')}</channel></rss>`;
  }
  if (format === 'arxiv-rss') {
    return `${head}<rss version="2.0" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${note}<title>cs.LG updates on arXiv.org</title><link>http://rss.arxiv.org/rss/cs.LG</link>${entries
      .map(
        (entry) =>
          `<item>${text('title', entry.title)}<link>https://arxiv.org/abs/${entry.id}</link>` +
          `${text('description', `arXiv:${entry.id}v1 Announce Type: new \nAbstract: ${entry.abstract ?? ''}`)}` +
          `${list(entry.tags, (tag) => text('category', tag))}${text('dc:creator', entry.authors?.join(', '))}` +
          '<arxiv:announce_type>new</arxiv:announce_type></item>',
      )
      .join('')}</channel></rss>`;
  }
  const api = format === 'arxiv-api';
  const namespaces = api
    ? ' xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom"'
    : '';
  return `${head}<feed xmlns="http://www.w3.org/2005/Atom"${namespaces}>${note}<title>Hostile</title>${
    api ? `<opensearch:totalResults>${entries.length}</opensearch:totalResults>` : ''
  }${entries
    .map(
      (entry) =>
        `<entry>${text('id', api ? `http://arxiv.org/abs/${entry.id}v1` : entry.id)}${text('title', entry.title)}` +
        `<link href="${xml(entry.url ?? `https://blog.example/${entry.id}`)}"/>${text('summary', entry.abstract)}` +
        `${list(entry.authors, (name) => `<author>${text('name', name)}</author>`)}` +
        `${list(entry.tags, (tag) => `<category term="${xml(tag)}"/>`)}` +
        `${entry.link ? `<link rel="enclosure" type="image/png" href="${xml(entry.link)}"/>` : ''}` +
        `${api ? text('arxiv:comment', entry.comment) : ''}</entry>`,
    )
    .join('')}</feed>`;
}

/** Entries with ids `2406.1xxxx`, each made by `make(index)`, enough to fill about `size` characters. */
function entriesFor(size, make) {
  return Array.from({ length: Math.max(1, Math.floor(size / fieldSize)) }, (_, index) => ({
    id: `2406.${String(10000 + index)}`,
    ...make(index),
  }));
}

const repeat = (unit, size) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const entryCount = (size) => Math.max(1, Math.floor(size / fieldSize));
const paper = { id: '2406.16218', title: 'A paper', abstract: 'An abstract.' };
// The dots end in "!", which no link ends with: the search must give that one up and find the next.
const dots = `Code: https://github.com/a/b${'.'.repeat(fieldSize - 80)}! Mirror: https://github.com/c/d.`;
const brackets = repeat('(arXiv:', fieldSize);

/**
 * The kinds of crafted case: `{ id, name, formats, build(format, size) }`, where `build` gives
 * `{ body, count, first }` — the feed of about `size` characters, how many papers it must give
 * and what its first paper must hold. Every case is valid: a reader must return the right
 * papers, not just return quickly.
 */
export const caseKinds = [
  {
    // Each "<!DOCTYPE a [" once started a search for "]>" through the rest of the document.
    id: 'doctype',
    name: '<!DOCTYPE a [ repeated in a comment',
    formats: xmlFormats,
    build: (format, size) => ({
      body: feedOf(format, [paper], { comment: repeat('<!DOCTYPE a [', size) }),
      count: 1,
      first: { title: 'A paper' },
    }),
  },
  {
    // Each `<!ENTITY a "` once started a search for its closing quote through the rest of the subset.
    id: 'entity',
    name: '<!ENTITY a " repeated in the internal subset',
    formats: xmlFormats,
    build: (format, size) => ({
      body: feedOf(format, [paper], { subset: `<!ENTITY lab "Lab"><!--${repeat('<!ENTITY a "', size)}-->` }),
      count: 1,
      first: { title: 'A paper' },
    }),
  },
  {
    // A lazy repository name once re-read the run of dots after it, for every dot.
    id: 'github-comment',
    name: 'a GitHub link then dots, in the comment',
    formats: ['arxiv-api'],
    build: (format, size) => ({
      body: feedOf(
        format,
        entriesFor(size, () => ({ title: 'A paper', comment: dots })),
      ),
      count: entryCount(size),
      first: { title: 'A paper', codeUrl: 'https://github.com/c/d' },
    }),
  },
  {
    id: 'github-abstract',
    name: 'a GitHub link then dots, in the abstract',
    formats: ['arxiv-api'],
    build: (format, size) => ({
      body: feedOf(
        format,
        entriesFor(size, () => ({ title: 'A paper', abstract: dots })),
      ),
      count: entryCount(size),
      first: { title: 'A paper', codeUrl: 'https://github.com/c/d' },
    }),
  },
  {
    // A search from every "(" for the ")" that ends the text, which never comes.
    id: 'arxiv-title',
    name: '"(arXiv:" repeated in an arXiv title',
    formats: ['rss'],
    build: (format, size) => ({
      body: feedOf(
        format,
        entriesFor(size, (index) => ({
          title: `A paper ${brackets}`,
          url: `https://arxiv.org/abs/2406.${10000 + index}`,
        })),
      ),
      count: entryCount(size),
      first: { title: `A paper ${brackets.slice(0, 991)}…` },
    }),
  },
  {
    id: 'author',
    name: '"(" repeated in an RSS author',
    formats: ['rss'],
    build: (format, size) => ({
      body: feedOf(
        format,
        entriesFor(size, () => ({ title: 'A paper', author: `Ada ${'('.repeat(fieldSize)}` })),
      ),
      count: entryCount(size),
      first: { title: 'A paper', authors: [`Ada ${'('.repeat(295)}…`] },
    }),
  },
  {
    // Markup that opens and never closes: the test for markup must not search on from every "<".
    id: 'markup',
    name: 'tags that never close, in the title',
    formats: ['json-feed', 'hugging-face'],
    build: (format, size) => ({
      body: feedOf(
        format,
        entriesFor(size, () => ({ title: repeat('<b ', fieldSize), abstract: 'x' })),
      ),
      count: entryCount(size),
      first: { title: `${repeat('<b ', 999).slice(0, 999).trimEnd()}…` },
    }),
  },
  {
    // One entry as large as the case: a title and abstract of half the size each, and authors,
    // tags and a link past their caps.
    id: 'fields',
    name: 'every field far past its cap',
    formats: allFormats,
    build: (format, size) => {
      const body = feedOf(format, [
        {
          id: '2406.16218',
          title: repeat('Title ', size / 2),
          abstract: repeat('Abstract ', size / 2),
          authors: Array.from(
            { length: 6000 },
            (_, index) => `Author ${index}${index % 100 === 99 ? ` ${'a'.repeat(400)}` : ''}`,
          ),
          tags: Array.from({ length: 60 }, (_, index) => `tag-${index}-${'t'.repeat(index * 3)}`),
          link: `https://blog.example/${'x'.repeat(5000)}`,
          aiSummary: repeat('Summary ', 5000),
          organization: repeat('Organisation ', 5000),
        },
      ]);
      return { body, count: 1, first: {} };
    },
  },
];

/** Every kind of case in every format it applies to, each about `size` characters. */
export function worstCases(size) {
  return caseKinds.flatMap((kind) =>
    kind.formats.map((format) => ({ name: kind.name, format, ...kind.build(format, size) })),
  );
}
