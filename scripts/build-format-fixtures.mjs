// Writes test/fixtures/formats/*: the demo's 27 sample papers (demo/data/daily-papers.json) in
// every format the readers accept, laid out as the real endpoints send them (see ../shared/FEEDS.md).
//   node scripts/build-format-fixtures.mjs
import { mkdir, readFile, writeFile } from 'node:fs/promises';

const out = new URL('../test/fixtures/formats/', import.meta.url);
const listings = JSON.parse(await readFile(new URL('../demo/data/daily-papers.json', import.meta.url), 'utf8'));
const papers = listings.map(({ paper }) => paper);
const xml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const names = (paper) => paper.authors.map((author) => author.name);
const rfc822 = (iso) => new Date(iso).toUTCString().replace('GMT', '+0000');
// arXiv wraps titles and abstracts at about 80 columns, with leading spaces on each new line.
const wrap = (text) => text.replace(/(.{0,77}\S)(?:\s+|$)/g, '$1\n  ').trim();
const files = {};

// --- arXiv API, 2025+ layout: namespaces on the root, https links, one-line summaries.
files['arxiv-api.atom'] = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/query-id</id>
  <title>arXiv Query: search_query=cat:cs.LG&amp;id_list=&amp;start=0&amp;max_results=27</title>
  <updated>2025-12-10T00:00:00Z</updated>
  <link href="https://arxiv.org/api/query?search_query=cat:cs.LG" type="application/atom+xml"/>
  <opensearch:itemsPerPage>27</opensearch:itemsPerPage>
  <opensearch:totalResults>27</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
${papers
  .map(
    (paper) => `  <entry>
    <id>https://arxiv.org/abs/${paper.id}v2</id>
    <title>${xml(paper.title)}</title>
    <updated>2025-12-01T12:00:00Z</updated>
    <link href="https://arxiv.org/abs/${paper.id}v2" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/${paper.id}v2" rel="related" type="application/pdf" title="pdf"/>
    <summary>${xml(paper.summary)}</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.DC" scheme="http://arxiv.org/schemas/atom"/>
    <published>${paper.publishedAt.replace('.000', '')}</published>
    ${paper.githubRepo ? `<arxiv:comment>Code: ${xml(paper.githubRepo)}</arxiv:comment>` : '<arxiv:comment>12 pages, 4 figures</arxiv:comment>'}
    <arxiv:primary_category term="cs.LG"/>
${names(paper)
  .map((name) => `    <author>\n      <name>${xml(name)}</name>\n    </author>`)
  .join('\n')}
  </entry>`,
  )
  .join('\n')}
</feed>
`;

// --- arXiv API, classic layout: namespaces declared on each element, http links, wrapped text.
files['arxiv-api-classic.atom'] = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?search_query%3Dall%3Atorch%26id_list%3D%26start%3D0%26max_results%3D3" rel="self" type="application/atom+xml"/>
  <title type="html">ArXiv Query: search_query=all:torch&amp;id_list=&amp;start=0&amp;max_results=3</title>
  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
  <updated>2025-12-10T00:00:00-05:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">3</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
${papers
  .slice(5, 8)
  .map(
    (paper) => `  <entry>
    <id>http://arxiv.org/abs/${paper.id}v1</id>
    <updated>${paper.publishedAt.replace('.000', '')}</updated>
    <published>${paper.publishedAt.replace('.000', '')}</published>
    <title>${xml(wrap(paper.title))}</title>
    <summary>  ${xml(wrap(paper.summary))}
</summary>
${names(paper)
  .map((name) => `    <author>\n      <name>${xml(name)}</name>\n    </author>`)
  .join('\n')}
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">Technical report</arxiv:comment>
    <link href="http://arxiv.org/abs/${paper.id}v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/${paper.id}v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
    <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`,
  )
  .join('\n')}
</feed>
`;

files['arxiv-api-error.atom'] = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
  <id>http://arxiv.org/api/errors</id>
  <title>arXiv Query: search_query=&amp;id_list=1234.12345&amp;start=0&amp;max_results=10</title>
  <updated>2025-12-10T00:00:00Z</updated>
  <opensearch:totalResults>1</opensearch:totalResults>
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345</id>
    <title>Error</title>
    <summary>incorrect id format for 1234.12345</summary>
    <updated>2025-12-10T00:00:00Z</updated>
    <link href="http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345" rel="alternate" type="text/html"/>
    <author><name>arXiv api core</name></author>
  </entry>
</feed>
`;

// --- arXiv listing feeds (rss.arxiv.org, 2024+): RSS and its Atom twin.
const announce = (paper, index) => ['new', 'cross', 'replace', 'replace-cross'][index % 4];
const arxivListing = (day, items) => `<?xml version='1.0' encoding='UTF-8'?>
<rss xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">
  <channel>
    <title>cs.LG updates on arXiv.org</title>
    <link>http://rss.arxiv.org/rss/cs.LG</link>
    <description>cs.LG updates on the arXiv.org e-print archive.</description>
    <atom:link href="https://rss.arxiv.org/rss/cs.LG" rel="self" type="application/rss+xml"/>
    <docs>http://www.rssboard.org/rss-specification</docs>
    <language>en-us</language>
    <lastBuildDate>${day} 05:00:12 +0000</lastBuildDate>
    <managingEditor>rss-help@arxiv.org</managingEditor>
    <pubDate>${day} 00:00:00 -0500</pubDate>
    <skipDays><day>Sunday</day><day>Saturday</day></skipDays>
${items}
  </channel>
</rss>
`;
files['arxiv-listing.rss'] = arxivListing(
  'Wed, 10 Dec 2025',
  papers
    .map(
      (paper, index) => `    <item>
      <title>${xml(paper.title)}</title>
      <link>https://arxiv.org/abs/${paper.id}</link>
      <description>arXiv:${paper.id}v1 Announce Type: ${announce(paper, index)} 
Abstract: ${xml(paper.summary)}</description>
      <guid isPermaLink="false">oai:arXiv.org:${paper.id}v1</guid>
      <category>cs.LG</category>
      <category>cs.AI</category>
      <pubDate>Wed, 10 Dec 2025 00:00:00 -0500</pubDate>
      <arxiv:announce_type>${announce(paper, index)}</arxiv:announce_type>
      <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
      <dc:creator>${xml(names(paper).join(', '))}</dc:creator>
    </item>`,
    )
    .join('\n'),
);
// Weekends and holidays: the same channel, no items.
files['arxiv-listing-weekend.rss'] = arxivListing('Sat, 13 Dec 2025', '');

files['arxiv-listing.atom'] = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <id>http://rss.arxiv.org/atom/cs.LG</id>
  <title>cs.LG updates on arXiv.org</title>
  <updated>2025-12-10T05:00:12.617000+00:00</updated>
  <link href="http://rss.arxiv.org/atom/cs.LG" rel="self" type="application/atom+xml"/>
  <subtitle>cs.LG updates on the arXiv.org e-print archive.</subtitle>
${papers
  .slice(0, 5)
  .map(
    (paper, index) => `  <entry>
    <id>oai:arXiv.org:${paper.id}v1</id>
    <title>${xml(paper.title)}</title>
    <updated>2025-12-10T05:00:12.617000+00:00</updated>
    <link href="https://arxiv.org/abs/${paper.id}" rel="alternate" type="text/html"/>
    <summary>arXiv:${paper.id}v1 Announce Type: ${announce(paper, index)} 
Abstract: ${xml(paper.summary)}</summary>
    <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
    <published>2025-12-10T00:00:00-05:00</published>
    <arxiv:announce_type>${announce(paper, index)}</arxiv:announce_type>
    <dc:rights>http://creativecommons.org/licenses/by/4.0/</dc:rights>
    <dc:creator>${xml(names(paper).join(', '))}</dc:creator>
  </entry>`,
  )
  .join('\n')}
</feed>
`;

// --- RSS 1.0 (RDF), as arXiv's older feeds and many journals serve it.
const rdfPapers = papers.slice(0, 4);
files['arxiv-old.rdf'] = `<?xml version="1.0" encoding="UTF-8"?>
<rdf:RDF xmlns="http://purl.org/rss/1.0/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" xmlns:admin="http://webns.net/mvcb/">
<channel rdf:about="http://arxiv.org/">
<title>cs.LG updates on arXiv.org</title>
<link>http://arxiv.org/</link>
<description rdf:parseType="Literal">Computer Science -- Learning (cs.LG) updates on the arXiv.org e-print archive</description>
<dc:language>en-us</dc:language>
<dc:date>2025-12-10T20:30:00-05:00</dc:date>
<items>
 <rdf:Seq>
${rdfPapers.map((paper) => `  <rdf:li rdf:resource="http://arxiv.org/abs/${paper.id}" />`).join('\n')}
 </rdf:Seq>
</items>
</channel>
${rdfPapers
  .map(
    (paper) => `<item rdf:about="http://arxiv.org/abs/${paper.id}">
<title>${xml(paper.title)}. (arXiv:${paper.id}v1 [cs.LG])</title>
<link>http://arxiv.org/abs/${paper.id}</link>
<description rdf:parseType="Literal">${xml(`<p>${paper.summary}</p>`)}</description>
<dc:creator>${xml(
      names(paper)
        .map((name) => `<a href="http://arxiv.org/find/cs/1/au:+${encodeURIComponent(name)}/0/1/0/all/0/1">${name}</a>`)
        .join(', '),
    )}</dc:creator>
</item>`,
  )
  .join('\n')}
</rdf:RDF>
`;

// --- RSS 2.0 as blogs send it: CDATA, escaped HTML, content:encoded, enclosures, iTunes tags, a
// relative link, an item with only a permalink guid, a date that is not RFC 822.
const [a, b, c, d] = papers.slice(8, 12);
files['blog.rss'] = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">
  <channel>
    <title>Reading group &amp;amp; notes</title>
    <link>https://blog.example.org/</link>
    <description>Papers we read this week</description>
    <item>
      <title><![CDATA[${a.title}]]></title>
      <link>/posts/hands</link>
      <description><![CDATA[<p>${a.summary.slice(0, 200)} <a href="javascript:alert(1)">more</a></p>]]></description>
      <content:encoded><![CDATA[<h2>Full post</h2><p>Long text.</p>]]></content:encoded>
      <dc:creator>${xml(names(a)[0])}</dc:creator>
      <category>Vision</category>
      <pubDate>${rfc822(a.publishedAt)}</pubDate>
      <guid isPermaLink="false">post-41</guid>
      <slash:comments>7</slash:comments>
      <media:thumbnail url="/images/hands.png" width="640" height="360"/>
    </item>
    <item>
      <title>${xml(`Benchmarking <em>On-Device</em> ML &amp; MLX`)}</title>
      <description>${xml(b.summary.slice(0, 160))}</description>
      <author>editor@blog.example.org (${xml(names(b)[0])})</author>
      <pubDate>2025-10-21 09:30:00</pubDate>
      <guid>https://blog.example.org/posts/mlx</guid>
      <enclosure url="https://blog.example.org/papers/mlx.pdf" length="123456" type="application/pdf"/>
    </item>
    <item>
      <title>Episode 12: ${xml(c.title)}</title>
      <link>https://blog.example.org/podcast/12</link>
      <itunes:author>${xml(names(c).join(' and '))}</itunes:author>
      <itunes:summary>We discuss ${xml(c.title)}.</itunes:summary>
      <itunes:image href="https://blog.example.org/podcast/12.jpg"/>
      <enclosure url="https://blog.example.org/podcast/12.mp3" length="9000000" type="audio/mpeg"/>
      <pubDate>not a date</pubDate>
    </item>
    <item>
      <link>https://arxiv.org/abs/${d.id}</link>
      <description>${xml(d.summary.slice(0, 120))}. More soon.</description>
    </item>
    <item>
      <description>An item with neither a title nor a link is skipped.</description>
    </item>
  </channel>
</rss>
`;

// --- Atom 1.0: text / html / xhtml constructs, xml:base, relative links, an entry without links.
const [e, f, g] = papers.slice(12, 15);
files['blog.atom'] = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://lab.example.edu/news/">
  <title type="text">Lab news</title>
  <id>tag:lab.example.edu,2025:news</id>
  <updated>2025-12-10T10:00:00Z</updated>
  <author><name>Lab Editors</name></author>
  <entry xml:base="papers/">
    <title type="html">${xml(`<b>${e.title}</b>`)}</title>
    <id>tag:lab.example.edu,2025:galvatron</id>
    <link rel="alternate" href="galvatron.html"/>
    <link rel="alternate" type="application/pdf" href="galvatron.pdf"/>
    <updated>2025-03-14T08:00:00Z</updated>
    <published>${e.publishedAt}</published>
    <author><name>${xml(names(e)[0])}</name></author>
    <summary type="text">${xml(`Uses "<attention>" & more: ${e.summary.slice(0, 100)}`)}</summary>
    <category term="systems"/>
  </entry>
  <entry>
    <title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xml(f.title)} <em>(reproduced)</em></div></title>
    <id>tag:lab.example.edu,2025:raftmlp</id>
    <link href="/raftmlp"/>
    <updated>2025-12-01T00:00:00+01:00</updated>
    <content type="html">${xml(`<p>${f.summary.slice(0, 120)}</p><script>alert(1)</script>`)}</content>
  </entry>
  <entry>
    <title>${xml(g.title)}</title>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2025-11-30T12:00:00Z</updated>
    <content src="https://lab.example.edu/tnt.txt"/>
  </entry>
</feed>
`;

// --- JSON Feed 1.1, and a 1.0 feed with its habits (single author, numeric ids, no titles).
files['papers.json'] = `${JSON.stringify(
  {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Papers we like',
    home_page_url: 'https://papers.example.net/',
    feed_url: 'https://papers.example.net/feed.json',
    authors: [{ name: 'Papers Team' }],
    items: papers.slice(15, 20).map((paper, index) => ({
      id: `https://papers.example.net/${paper.id}`,
      url: index === 0 ? `/p/${paper.id}` : `https://huggingface.co/papers/${paper.id}`,
      title: paper.title,
      summary: paper.summary,
      content_html: `<p>${paper.summary}</p>`,
      date_published: paper.publishedAt,
      authors: paper.authors.map((author) => ({ name: author.name })),
      tags: ['ml', 'systems'],
      ...(index === 1 && { image: 'https://papers.example.net/img/1.png' }),
      ...(index === 2 && {
        attachments: [{ url: `https://arxiv.org/pdf/${paper.id}`, mime_type: 'application/pdf' }],
      }),
    })),
  },
  null,
  2,
)}\n`;

files['papers-1.0.json'] = `${JSON.stringify(
  {
    version: 'https://jsonfeed.org/version/1',
    title: 'Microblog',
    home_page_url: 'https://micro.example.net/',
    author: { name: 'Micro Author' },
    items: [
      {
        id: 1,
        content_text: `Reading ${papers[20].title}. Great stuff! Really.`,
        url: 'https://micro.example.net/1',
        date_published: '2025-12-01T10:00:00+00:00',
      },
      {
        id: 2,
        content_html: `<p>Also: ${xml(papers[21].title)}</p>`,
        external_url: `https://arxiv.org/abs/${papers[21].id}v3`,
        date_published: 1733050800000,
      },
      { id: 3, title: 'No link, kept for its title' },
      { id: 4, content_text: 'No title and no link: skipped.' },
    ],
  },
  null,
  2,
)}\n`;

// --- Hugging Face: one paper (/api/papers/<id>) and a search result.
const [single] = listings;
files['hf-paper.json'] = `${JSON.stringify(
  {
    ...single.paper,
    githubRepo: 'https://github.com/microsoft/Trace',
    githubStars: 612,
    projectPage: 'https://microsoft.github.io/Trace',
    ai_summary: 'Trace optimizes whole AI workflows by back-propagating rich feedback through their execution graphs.',
    ai_keywords: ['OPTO', 'OptoPrime', 'LLM optimizer'],
    linkedModels: [],
    numTotalModels: 0,
  },
  null,
  2,
)}\n`;
files['hf-search.json'] = `${JSON.stringify(
  listings.slice(22, 25).map((listing) => ({ paper: listing.paper, title: listing.title })),
  null,
  2,
)}\n`;

await mkdir(out, { recursive: true });
for (const [name, text] of Object.entries(files)) await writeFile(new URL(name, out), text);
console.log(`${Object.keys(files).length} fixtures → ${out.pathname}`);
