// Builds the demo's embedded feed, in the Hugging Face /api/daily_papers shape, from the captured
// Daily Papers page (../shared/seed) and the arXiv ids and author lists looked up for its 27 papers
// (demo/data/seed-meta.json, each with its source):
//   demo/data/daily-papers.json   all 27, as captured on December 10 (the stories and the card gallery)
//   demo/data/days/<date>.json    the same papers dealt out over four days, each with a thumbnail
//                                 (scripts/build-sample-thumbnails.mjs draws them), for the demo's
//                                 date navigation (demo/daily-papers-endpoint.js serves them)
//
//   node scripts/build-sample-feed.mjs [path/to/daily-papers-page.txt]
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const seedPath = process.argv[2] ?? new URL('../../shared/seed/daily-papers-page.txt', import.meta.url);
const metaPath = new URL('../demo/data/seed-meta.json', import.meta.url);
const outPath = new URL('../demo/data/daily-papers.json', import.meta.url);
const daysDir = new URL('../demo/data/days/', import.meta.url);

// The capture shows dates without a year for the year it was taken in.
const captureYear = 2025;
const featuredOn = '2025-12-10T00:00:00.000Z';
const datePattern = /^([A-Z][a-z]{2} \d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;

const lines = (await readFile(seedPath, 'utf8'))
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && line !== '·');
const meta = JSON.parse(await readFile(metaPath, 'utf8'));

const start = lines.indexOf('Dec 10') + 1;
const papers = [];
for (let i = start; i < lines.length;) {
  const [title, summary, byline] = lines.slice(i, i + 3);
  const date = lines[i + 3]?.match(datePattern);
  if (!date) throw new Error(`Unexpected layout near line ${i}: ${title}`);
  const [, monthDay, year = captureYear, upvotes = '0'] = date;
  const organization = byline.startsWith('•') ? undefined : byline;
  papers.push({
    title,
    summary,
    organization,
    published: new Date(`${monthDay}, ${year} UTC`),
    upvotes: Number(upvotes),
  });
  i += 4;
}
if (papers.length !== meta.length) throw new Error(`Seed has ${papers.length} papers, metadata ${meta.length}.`);

const listings = papers.map((paper, index) => {
  const { id, authors, title } = meta[index];
  if (title !== paper.title) throw new Error(`Metadata out of order at ${index}: ${title}`);
  const githubRepo = paper.summary.match(/https:\/\/github\.com\/[\w.-]+\/[\w.-]+?(?=[.,;)]?(?:\s|$))/)?.[0];
  // The seed shows one organisation as "<handle> <display name>".
  const [orgName, ...orgWords] = paper.organization?.split(' ') ?? [];
  const organization = orgName ? { name: orgName, fullname: orgWords.join(' ') || orgName } : undefined;
  return {
    paper: {
      id,
      authors: authors.map((name) => ({ name, hidden: false })),
      publishedAt: paper.published.toISOString(),
      submittedOnDailyAt: featuredOn,
      title: paper.title,
      summary: paper.summary,
      upvotes: paper.upvotes,
      ...(githubRepo && { githubRepo, githubRepoAddedBy: 'auto' }),
      ...(organization && { organization }),
    },
    publishedAt: featuredOn,
    title: paper.title,
    summary: paper.summary,
    ...(organization && { organization }),
    isAuthorParticipating: false,
  };
});

await writeFile(outPath, `${JSON.stringify(listings, null, 2)}\n`);
console.log(`${listings.length} papers → ${outPath.pathname}`);

// The capture is one day. For a demo of date navigation its papers are dealt out in turn, in the
// order captured, over four weekdays (the weekend between has none); each becomes that day's listing,
// with the thumbnail the API would give it (here a local drawing, made absolute when served).
const days = ['2025-12-10', '2025-12-09', '2025-12-08', '2025-12-05'];
await rm(daysDir, { recursive: true, force: true });
await mkdir(daysDir, { recursive: true });
for (const [dayIndex, day] of days.entries()) {
  const listedOn = `${day}T00:00:00.000Z`;
  const dayListings = listings
    .filter((_, index) => index % days.length === dayIndex)
    .map((listing) => ({
      ...listing,
      paper: { ...listing.paper, submittedOnDailyAt: listedOn },
      publishedAt: listedOn,
      thumbnail: `/demo/data/thumbnails/${listing.paper.id}.svg`,
    }));
  const dayPath = new URL(`${day}.json`, daysDir);
  await writeFile(dayPath, `${JSON.stringify(dayListings, null, 2)}\n`);
  console.log(`${dayListings.length} papers → ${dayPath.pathname}`);
}
