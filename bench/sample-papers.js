// Shared by the benchmark pages: the demo's 27 sample papers, normalized through the production reader.
export async function samplePapers(count) {
  const response = await fetch('/demo/data/daily-papers.json');
  const listings = await response.json();
  const papers = [];
  for (let i = 0; papers.length < count; i++) {
    const listing = structuredClone(listings[i % listings.length]);
    listing.paper.id = `${listing.paper.id}-${i}`;
    papers.push(listing);
  }
  return papers;
}
