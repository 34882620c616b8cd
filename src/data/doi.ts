import { paperLimits } from './paper.js';

// A DOI is "10." and a registrant code, a slash, then any suffix (DOI Handbook §2.2). Sources
// write it bare, as `doi:10.…`, or as a doi.org / dx.doi.org link, sometimes percent-encoded.
const doiPattern = /^(?:(?:https?:\/\/)?(?:dx\.)?doi\.org\/|doi:\s*)?(10\.\d{4,9}(?:\.\d+)*\/\S+)$/i;

/**
 * The DOI in `value` in its bare form, `10.xxxx/…`, lower-cased, since DOIs compare without case;
 * `undefined` for anything that is not one (or is longer than {@link paperLimits}`.doi`).
 */
export function bareDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let text = value.trim();
  if (/%[0-9a-f]{2}/i.test(text)) {
    try {
      text = decodeURIComponent(text);
    } catch {
      return undefined;
    }
  }
  const doi = doiPattern.exec(text)?.[1]?.toLowerCase();
  return doi && doi.length <= paperLimits.doi ? doi : undefined;
}
