// Draws a thumbnail for each of the demo's sample papers, as SVG: demo/data/thumbnails/<arXiv id>.svg.
// Hugging Face gives every paper a social thumbnail (a PNG of its title on a coloured card); the
// captured sample has none and the demo runs offline, so these stand in for them: the title, the
// first author and the arXiv id on a gradient whose hue comes from the id.
//
//   node scripts/build-sample-thumbnails.mjs
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const feedPath = new URL('../demo/data/daily-papers.json', import.meta.url);
const outDir = new URL('../demo/data/thumbnails/', import.meta.url);

const width = 1280;
const height = 720;
const titleSize = 64;
const lineHeight = 78;
const charsPerLine = 28;
const maxLines = 4;

/** @param {string} text */
const escapeXml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** A hue from 0 to 359, the same for the same id. @param {string} id */
function hueOf(id) {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) % 360;
  return hash;
}

/** Words wrapped into at most `maxLines` lines; an ellipsis marks a title cut short. @param {string} title */
function wrap(title) {
  const lines = [''];
  for (const word of title.split(/\s+/)) {
    const last = lines.length - 1;
    const joined = lines[last] ? `${lines[last]} ${word}` : word;
    if (joined.length <= charsPerLine || !lines[last]) lines[last] = joined;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let line = kept[maxLines - 1];
  while (/[\s,.:;-]$/.test(line)) line = line.slice(0, -1);
  kept[maxLines - 1] = `${line}…`;
  return kept;
}

/** @param {{ id: string, title: string, authors: { name: string }[] }} paper */
function thumbnail(paper) {
  const hue = hueOf(paper.id);
  const lines = wrap(paper.title);
  const top = (height - lines.length * lineHeight) / 2 + titleSize * 0.75;
  const [first] = paper.authors;
  const byline = first ? `${first.name}${paper.authors.length > 1 ? ' et al.' : ''}` : '';
  const text = lines
    .map((line, index) => `<tspan x="96" y="${Math.round(top + index * lineHeight)}">${escapeXml(line)}</tspan>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
  <defs>
    <linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="hsl(${hue} 62% 30%)"/>
      <stop offset="1" stop-color="hsl(${(hue + 50) % 360} 58% 18%)"/>
    </linearGradient>
  </defs>
  <rect width="${width}" height="${height}" fill="url(#g)"/>
  <circle cx="${width - 140}" cy="120" r="260" fill="hsl(${(hue + 25) % 360} 70% 60% / 0.16)"/>
  <circle cx="${width - 60}" cy="${height - 40}" r="180" fill="hsl(${(hue + 25) % 360} 70% 70% / 0.12)"/>
  <text font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="${titleSize}" font-weight="700" fill="#fff">${text}</text>
  <text x="96" y="${height - 64}" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="34" fill="#fff" fill-opacity="0.85">${escapeXml(byline)} · arXiv ${escapeXml(paper.id)}</text>
</svg>
`;
}

const listings = JSON.parse(await readFile(feedPath, 'utf8'));
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
for (const { paper } of listings) await writeFile(new URL(`${paper.id}.svg`, outDir), thumbnail(paper));
console.log(`${listings.length} thumbnails → ${outDir.pathname}`);
