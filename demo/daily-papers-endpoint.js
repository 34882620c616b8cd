// @ts-check
// The demo's stand-in for Hugging Face's daily-papers API, so the demo's date navigation works
// offline. The demo's feed asks for https://huggingface.co/api/daily_papers?date=… through its
// `proxy` attribute (`/api/daily-papers?url={url}`); this answers that URL from the sample days in
// demo/data/days/ (scripts/build-sample-feed.mjs) as the API would: `?date=`, `?week=` or `?month=`
// (the latest day when none is given), `?sort=trending` (by upvotes here), an empty list for a day
// without papers, and thumbnails as absolute URLs. Used by `npm start` and by the test server.
import { readFile, readdir } from 'node:fs/promises';

const api = 'https://huggingface.co/api/daily_papers';
const dayMs = 86_400_000;
const dayFile = /^(\d{4}-\d{2}-\d{2})\.json$/;

/**
 * A `(request, response)` handler for `GET /api/daily-papers?url=<encoded daily-papers URL>`.
 * @param {string} daysDir the folder of `<YYYY-MM-DD>.json` listings
 */
export function dailyPapersEndpoint(daysDir) {
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return async (request, response) => {
    const origin = `http://${request.headers.host ?? '127.0.0.1'}`;
    const asked = new URL(request.url ?? '/', origin).searchParams.get('url') ?? '';
    let url;
    try {
      url = new URL(asked);
    } catch {
      url = undefined;
    }
    if (!url || url.origin + url.pathname !== api) {
      send(response, 400, { error: `This local stand-in answers only ${api} (got "${asked}").` });
      return;
    }
    const days = (await readdir(daysDir)).flatMap((name) => dayFile.exec(name)?.[1] ?? []).sort();
    const range = rangeOf(url.searchParams, days.at(-1) ?? '1970-01-01');
    if (!range) {
      send(response, 400, { error: 'The date, week or month is not valid.' });
      return;
    }
    const listings = [];
    for (const day of days) {
      const start = Date.parse(`${day}T00:00:00Z`);
      if (start < range.start || start >= range.end) continue;
      listings.push(...JSON.parse(await readFile(`${daysDir}/${day}.json`, 'utf8')));
    }
    if (url.searchParams.get('sort') === 'trending') {
      listings.sort((a, b) => (b.paper.upvotes ?? 0) - (a.paper.upvotes ?? 0));
    }
    send(
      response,
      200,
      listings.map((listing) =>
        listing.thumbnail ? { ...listing, thumbnail: new URL(listing.thumbnail, origin).href } : listing,
      ),
    );
  };
}

/**
 * The days `?date=2025-12-10`, `?week=2025-W50` or `?month=2025-12` ask for, as UTC milliseconds
 * [start, end); `latest` when none is given; `undefined` when the value is not a real date.
 * @param {URLSearchParams} query
 * @param {string} latest
 * @returns {{ start: number, end: number } | undefined}
 */
function rangeOf(query, latest) {
  const week = query.get('week');
  const month = query.get('month');
  if (week !== null) {
    const match = /^(\d{4})-W(\d{2})$/.exec(week);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 53) return undefined;
    // Monday of ISO week 1 is the Monday on or before January 4th.
    const january4 = Date.UTC(Number(match[1]), 0, 4);
    const start = january4 - ((new Date(january4).getUTCDay() + 6) % 7) * dayMs + (Number(match[2]) - 1) * 7 * dayMs;
    return { start, end: start + 7 * dayMs };
  }
  if (month !== null) {
    const match = /^(\d{4})-(\d{2})$/.exec(month);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) return undefined;
    const [year, index] = [Number(match[1]), Number(match[2]) - 1];
    return { start: Date.UTC(year, index, 1), end: Date.UTC(year, index + 1, 1) };
  }
  const date = query.get('date') ?? latest;
  const start = Date.parse(`${date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(start) || new Date(start).toISOString().slice(0, 10) !== date) {
    return undefined;
  }
  return { start, end: start + dayMs };
}

/** @param {import('node:http').ServerResponse} response @param {number} status @param {unknown} body */
function send(response, status, body) {
  response
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' })
    .end(JSON.stringify(body));
}
