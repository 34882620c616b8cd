// The hand-written comparison for the feed benchmarks: the same cards (title link, authors, date,
// upvotes, comments, abstract clamped to four lines, arXiv and PDF links) built with plain DOM
// calls into the page, one style sheet for all. Benchmark only — not part of the product.
const style = `
  .vanilla { display: grid; gap: 1rem; max-width: 48rem; font: 16px/1.5 system-ui, sans-serif; }
  .vanilla article { padding: 1rem; border: 1px solid #d0d7de; border-radius: 0.75rem; background: #fff; }
  .vanilla h3 { margin: 0 0 0.5rem; font-size: 1.125rem; }
  .vanilla .meta { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; color: #57606a; font-size: 0.875rem; }
  .vanilla .abstract { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 4; overflow: hidden; margin: 0.5rem 0; }
  .vanilla .links a { margin-inline-end: 0.75rem; }
`;

const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
const counts = new Intl.NumberFormat('en', { notation: 'compact' });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function card(listing) {
  const { paper } = listing;
  const article = element('article');
  const heading = element('h3');
  const link = element('a', '', paper.title);
  link.href = `https://huggingface.co/papers/${paper.id}`;
  heading.append(link);
  const names = paper.authors.map((author) => author.name);
  const authors = names.length > 3 ? `${names.slice(0, 3).join(', ')} +${names.length - 3} more` : names.join(', ');
  const meta = element('div', 'meta');
  meta.append(
    element('span', '', authors),
    element('time', '', dates.format(new Date(paper.publishedAt))),
    element('span', '', `▲ ${counts.format(paper.upvotes)}`),
    element('span', '', `${listing.numComments ?? 0} comments`),
  );
  const links = element('div', 'links');
  const arxiv = element('a', '', 'arXiv');
  arxiv.href = `https://arxiv.org/abs/${paper.id}`;
  const pdf = element('a', '', 'PDF');
  pdf.href = `https://arxiv.org/pdf/${paper.id}`;
  links.append(arxiv, pdf);
  article.append(heading, meta, element('p', 'abstract', paper.summary), links);
  return article;
}

/** Parses the feed bytes and renders every card into `container`. */
export function renderVanilla(text, container) {
  const sheet = element('style', '', style);
  document.head.append(sheet);
  const list = element('div', 'vanilla');
  list.append(...JSON.parse(text).map(card));
  container.append(list);
  return list;
}
