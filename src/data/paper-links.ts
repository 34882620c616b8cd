import { arxivAbsUrl, arxivId, isArxivUrl } from './formats/arxiv.js';
import type { Paper } from './paper.js';

/** The link chips a card shows under a paper, in order. */
export interface PaperLink {
  kind: 'arxiv' | 'pdf' | 'code' | 'project';
  href: string;
}

/**
 * A paper's links besides its title's: the arXiv abstract page (when the paper is on arXiv and its
 * title does not already go there), the PDF, the code and the project page.
 */
export function paperLinks(paper: Paper): PaperLink[] {
  const id = arxivId(paper.id) === paper.id ? paper.id : undefined;
  const links: PaperLink[] = [];
  if (id && !isArxivUrl(paper.url)) links.push({ kind: 'arxiv', href: arxivAbsUrl(id) });
  if (paper.pdfUrl) links.push({ kind: 'pdf', href: paper.pdfUrl });
  if (paper.codeUrl) links.push({ kind: 'code', href: paper.codeUrl });
  if (paper.projectUrl) links.push({ kind: 'project', href: paper.projectUrl });
  return links;
}
