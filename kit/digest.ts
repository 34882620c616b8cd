import type { Paper } from '../src/data/paper.js';
import { truncate } from '../src/data/text.js';
import { documentHead, escapeText, type SnapshotInfo } from './site.js';

/** A link for mail: https only (mail clients warn about, or rewrite, anything else). */
const mailLink = (url: string | undefined) => (url?.startsWith('https://') ? url : undefined);

// Colours are set on every cell (text and background together), so a dark-mode mail client that
// inverts or keeps them keeps them readable either way.
const text = 'color:#1a1a1a;background-color:#ffffff;';
// A long link or formula in an abstract wraps instead of widening the mail past 600 px.
const wrap = 'overflow-wrap:anywhere;word-break:break-word;';
const font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
const muted = 'color:#4a4a4a;';
const linkStyle = 'color:#0b57d0;text-decoration:underline;';

const anchor = (href: string, label: string, style = linkStyle) =>
  `<a href="${escapeText(href)}" style="${style}">${escapeText(label)}</a>`;

function byline(paper: Paper): string {
  const authors = paper.authors.length > 4 ? [...paper.authors.slice(0, 3), 'et al.'] : paper.authors;
  const parts = [authors.join(', ')];
  if (paper.organization) parts.push(paper.organization);
  if (paper.published) parts.push(paper.published.slice(0, 10));
  if (paper.upvotes !== undefined) parts.push(`${paper.upvotes} upvotes`);
  return parts.filter(Boolean).map(escapeText).join(' · ');
}

function row(paper: Paper): string {
  const url = mailLink(paper.url);
  const title = url
    ? anchor(url, paper.title, `${linkStyle}font-size:18px;font-weight:bold;`)
    : `<strong style="font-size:18px;">${escapeText(paper.title)}</strong>`;
  const links = [
    ['PDF', mailLink(paper.pdfUrl)],
    ['Code', mailLink(paper.codeUrl)],
    ['Project', mailLink(paper.projectUrl)],
  ].flatMap(([label, href]) => (href && label ? [anchor(href, label)] : []));
  const summary = paper.aiSummary ?? paper.abstract;
  return `<tr><td style="${text}${font}${wrap}padding:16px 24px;border-bottom:1px solid #dddddd;">
<p style="margin:0 0 6px 0;line-height:1.3;">${title}</p>
<p style="margin:0 0 8px 0;font-size:13px;${muted}">${byline(paper)}</p>
${summary ? `<p style="margin:0 0 8px 0;font-size:15px;line-height:1.5;">${escapeText(truncate(summary, 400))}</p>` : ''}
${links.length ? `<p style="margin:0;font-size:14px;">${links.join(' &nbsp;·&nbsp; ')}</p>` : ''}
</td></tr>`;
}

/**
 * An email-ready digest of the first `size` papers: one table at most 600 px wide, inline styles
 * only, no script and no images (readable with images off), https links only, every text escaped.
 * Paste it into a newsletter, or let a provider's RSS-to-email send `feed.xml` instead.
 */
export function digestHtml(info: SnapshotInfo, size: number): string {
  const papers = info.feed.papers.slice(0, size);
  const home = mailLink(info.siteUrl);
  const heading = home ? anchor(home, info.title, `${linkStyle}color:#1a1a1a;`) : escapeText(info.title);
  const body = papers.length
    ? papers.map(row).join('\n')
    : `<tr><td style="${text}${font}padding:16px 24px;">No papers this time.</td></tr>`;
  const head = documentHead(info.title, { meta: '<meta name="supported-color-schemes" content="light dark">\n' });
  return `${head}<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f2f2;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;${text}">
<tr><td style="${text}${font}${wrap}padding:24px 24px 8px 24px;">
<h1 style="margin:0;font-size:22px;line-height:1.3;">${heading}</h1>
<p style="margin:4px 0 0 0;font-size:13px;${muted}">${escapeText(`${papers.length} of ${info.feed.papers.length} papers · ${info.generated.toISOString().slice(0, 10)}`)}</p>
</td></tr>
${body}
</table>
</td></tr>
</table>
</body>
</html>
`;
}
