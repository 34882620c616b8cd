import type { Paper } from '../src/data/paper.js';
import { escapeText, fileUrl, type SnapshotInfo } from './site.js';

/**
 * Text for an RSS element that readers take as HTML (title, description, dc:creator): escaped once
 * as HTML so a `<` in an abstract stays a character, then once more as XML.
 */
const htmlText = (value: string) => escapeText(escapeText(value));

const element = (name: string, text: string) => `<${name}>${text}</${name}>`;

function item(paper: Paper): string {
  const lines = [element('title', htmlText(paper.title))];
  if (paper.url) lines.push(element('link', escapeText(paper.url)));
  const permalink = paper.url === paper.id;
  lines.push(`<guid isPermaLink="${permalink}">${escapeText(paper.id)}</guid>`);
  const date = paper.published ?? paper.updated;
  if (date) lines.push(element('pubDate', new Date(date).toUTCString().replace('GMT', '+0000')));
  for (const author of paper.authors) lines.push(element('dc:creator', htmlText(author)));
  for (const tag of paper.tags) lines.push(element('category', escapeText(tag)));
  if (paper.abstract) lines.push(element('description', htmlText(paper.abstract)));
  if (paper.pdfUrl) lines.push(`<enclosure url="${escapeText(paper.pdfUrl)}" length="0" type="application/pdf"/>`);
  if (paper.thumbnail) lines.push(`<media:thumbnail url="${escapeText(paper.thumbnail)}"/>`);
  if (paper.comments !== undefined) lines.push(element('slash:comments', String(paper.comments)));
  return `    <item>\n      ${lines.join('\n      ')}\n    </item>`;
}

/**
 * The snapshot as RSS 2.0, for feed readers and for the RSS-to-email automations of Buttondown,
 * Kit and Mailchimp: title, link, guid, pubDate, one `dc:creator` per author, the abstract as the
 * description.
 */
export function rssFeed(info: SnapshotInfo): string {
  const self = fileUrl(info, 'feed.xml');
  const channel = [
    element('title', htmlText(info.title)),
    element('link', escapeText(info.siteUrl ?? info.sources[0] ?? '')),
    element('description', htmlText(`Papers from ${info.sources.join(', ')}`)),
    element('lastBuildDate', info.generated.toUTCString().replace('GMT', '+0000')),
    element('generator', 'paper-feed snapshot'),
  ];
  if (self) channel.push(`<atom:link href="${escapeText(self)}" rel="self" type="application/rss+xml"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"' +
      ' xmlns:media="http://search.yahoo.com/mrss/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">',
    '  <channel>',
    `    ${channel.join('\n    ')}`,
    ...info.feed.papers.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
