// What every arXiv-shaped feed shares: identifiers, derived links, the RSS "Announce Type" line,
// and author strings.

const modernId = /(?<![\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?!\d)/;
const legacyId = /(?<![\w.-])([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?(?!\d)/;

/**
 * The arXiv identifier in a URL, OAI id or `arXiv:` reference, without its version suffix:
 * `http://arxiv.org/abs/2406.16218v2` → `2406.16218`; `oai:arXiv.org:hep-th/9901001v1` →
 * `hep-th/9901001`.
 */
export function arxivId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  return modernId.exec(value)?.[1] ?? legacyId.exec(value)?.[1];
}

const versioned = /^(\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?\/\d{7})v\d+$/;

/** An id that is a versioned arXiv id loses the version (`2406.16218v2` → `2406.16218`); others stay. */
export function withoutVersion(id: string): string {
  return versioned.exec(id)?.[1] ?? id;
}

/** True when `url` is on arxiv.org (the abstract or PDF page of a paper). */
export function isArxivUrl(url: string | undefined): boolean {
  // `url` has passed safeUrl, so it is absolute and normalized: the host sits after "//".
  return url !== undefined && /^https?:\/\/(?:[\w-]+\.)*arxiv\.org(?::\d+)?\//.test(url);
}

export const arxivAbsUrl = (id: string) => `https://arxiv.org/abs/${id}`;
export const arxivPdfUrl = (id: string) => `https://arxiv.org/pdf/${id}`;

export interface Announcement {
  announceType?: string | undefined;
  abstract: string;
}

/**
 * Reads the description of the 2024+ arXiv RSS/Atom listings —
 * `arXiv:2509.14279v1 Announce Type: new \nAbstract: …` — into the announce type and the
 * abstract (the text after `Abstract:`). Text without that prefix is the abstract as it is.
 */
export function readAnnouncement(text: string): Announcement {
  const match = /^\s*arXiv:\S+\s+Announce Type:\s*(\S+)\s*Abstract:\s*/i.exec(text);
  if (!match) return { abstract: text };
  return { announceType: match[1]?.toLowerCase(), abstract: text.slice(match[0].length) };
}

/**
 * Splits arXiv's `dc:creator` — one string, `A. Author, B. Author, C. Author` (older feeds end
 * with `and`) — into names. Commas inside braces belong to a TeX group (`{\'E}mile`), not between
 * names.
 */
export function splitCreators(text: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if (character === '{') depth += 1;
    else if (character === '}') depth = Math.max(0, depth - 1);
    if (character === ',' && depth === 0) {
      names.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  names.push(current);
  return names.flatMap((name) => {
    const trimmed = name.replace(/^\s*and\s+/, '').trim();
    return trimmed ? [trimmed] : [];
  });
}

const githubLink = /https?:\/\/github\.com\/[\w.-]+\/[\w.-]+/g;
// What may follow a repository's name in prose: closing punctuation, then a space or the end.
const linkEnd = /[.,;:)\]]*(?:\s|$)/y;

/**
 * The first GitHub repository linked from a comment or abstract ("Code: https://github.com/…"),
 * without the punctuation of the sentence around it. A link that goes on into the repository
 * (`…/tree/main`) is not one. Linear in the length of the text: a candidate's name ends where
 * the next candidate's `://` begins, so no character is read more than twice.
 */
export function githubRepoIn(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const links = new RegExp(githubLink);
  for (let found = links.exec(text); found; found = links.exec(text)) {
    const { 0: link, index: start } = found;
    // A full stop after the name ends the sentence; the name keeps at least one character.
    const nameStart = start + link.lastIndexOf('/') + 1;
    let end = start + link.length;
    while (end - 1 > nameStart && text[end - 1] === '.') end -= 1;
    linkEnd.lastIndex = end;
    if (linkEnd.test(text)) return text.slice(start, end);
    links.lastIndex = start + 1;
  }
  return undefined;
}
