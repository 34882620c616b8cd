/**
 * A Hugging Face daily-papers feed of `count` listings: `listings` repeated, each paper with an id
 * and a numbered title of its own ("42. …"), only the fields a card shows (no thumbnails, so 10,000
 * papers stay under the readers' 20 MB limit), abstracts cut to `abstractLength` characters.
 * Shared by the test server, the benchmarks and the stories.
 */
export function longFeed(listings, count, abstractLength = Infinity) {
  return Array.from({ length: count }, (_, index) => {
    const { paper, numComments } = listings[index % listings.length];
    return {
      paper: {
        id: `${paper.id}-${index}`,
        title: `${index + 1}. ${paper.title}`,
        summary: paper.summary.slice(0, abstractLength),
        authors: paper.authors.map(({ name }) => ({ name })),
        publishedAt: paper.publishedAt,
        upvotes: paper.upvotes,
      },
      numComments,
    };
  });
}
