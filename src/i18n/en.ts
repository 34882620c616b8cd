import type { FeedErrorKind } from '../data/feed-error.js';

// The interface's words, in English: the one language inside the bundle. Every other language is
// a file of the same shape (`de.ts`, …) that only pages in that language load (see strings.ts).

/** The sign-up form's words: an object of their own, so `<subscribe-form>` alone carries no others. */
export const enForm = {
  formHeading: 'Get trending papers in your email inbox!',
  formEmail: 'Email address',
  formPlaceholder: 'you@example.com',
  formSubmit: 'Subscribe',
  formSubmitting: 'Subscribing…',
  formSuccess: 'Thanks — you’re subscribed!',
  formPending: 'Almost done — check your inbox to confirm.',
  formAlready: 'You’re already subscribed.',
  formInvalid: 'Please enter a valid email address.',
  formError: 'Something went wrong. Your address is still here — please try again.',
  formName: 'Name (optional)',
  formQueued: 'You’re offline — we’ll subscribe you as soon as you’re back.',
  formRetrying: 'The sign-up service is having trouble — we’ll keep trying and subscribe you as soon as it answers.',
  formNoQueue:
    'You’re offline, and this browser can’t keep your sign-up for later. Please try again once you’re back online.',
  formBroken: 'This sign-up form isn’t set up correctly, so nothing was sent. Please let the site’s owner know.',
  formMissing:
    'This form could not load the code that sends sign-ups, so nothing was sent. Your address is still here — please try again later.',
  formUnavailable: 'This sign-up form could not load. Please try again later.',
  formConsent: 'Please tick the box to agree first.',
  formBot: 'Leave this field empty',
};

export const en = {
  feedHeading: 'Daily Papers',
  feedLoading: 'Loading papers…',
  feedEmpty: 'No papers in this feed yet.',
  feedError: 'The papers could not be loaded.',
  /** Messages for feed failures by their kind; a kind without one shows the data layer's own message. */
  feedSearch: 'Search papers',
  feedNoMatch: 'No papers match.',
  feedRetry: 'Retry',
  feedShowMore: 'Show more papers',
  feedStale: (age: string) => `Showing papers from ${age} — couldn’t reach the feed.`,
  feedWait: (wait: string) => `The feed server asked us to wait: please try again in ${wait}.`,
  feedStaleShort: 'Couldn’t reach the feed: these are saved papers.',
  /** One of several sources gave no papers: `source` is its host, `reason` why; the others' papers show. */
  feedSourceFailed: (source: string, reason: string) => `Couldn’t load the papers from ${source}: ${reason}`,
  feedUpdated: (age: string) => `Updated ${age}`,
  feedNewPapers: (count: number) => (count === 1 ? '1 new paper' : `${count} new papers`),
  feedLoaded: (count: number) => (count === 1 ? '1 paper loaded.' : `${count} papers loaded.`),
  feedEmptyFor: (period: string) => `No papers for ${period}.`,
  feedWeekOf: (day: string) => `the week of ${day}`,
  feedWeek: (day: string) => `Week of ${day}`,
  feedPeriods: 'Choose the papers’ date',
  feedPrevious: { date: 'Previous day', week: 'Previous week', month: 'Previous month' },
  feedNext: { date: 'Next day', week: 'Next week', month: 'Next month' },
  cardNew: 'New',
  cardUpvotes: 'upvotes',
  cardComments: 'comments',
  /** `shown` is `count` already written as the page's language writes numbers (1,234 · 1.234). */
  cardCitations: (count: number, shown: string) => (count === 1 ? `${shown} citation` : `${shown} citations`),
  cardStars: 'GitHub stars',
  cardMoreAuthors: (n: number) => `+${n} more`,
  cardFewerAuthors: 'Fewer authors',
  cardShowMore: 'Show more',
  cardShowLess: 'Show less',
  cardShowAbstract: 'Show abstract',
  cardHideAbstract: 'Hide abstract',
  cardAiSummary: 'AI summary',
  cardArxiv: 'arXiv',
  cardPdf: 'PDF',
  cardCode: 'Code',
  cardProject: 'Project page',
  ...enForm,
};

/** The sign-up form's strings; a translation provides them all. */
export type FormStrings = typeof enForm;

/**
 * A feed's failure in words, one per kind of `FeedError`. `detail` is the HTTP status (`http`), the
 * wait already in words (`rate-limited`), or the feed's host (`cors`) — empty when unknown.
 */
export type FeedErrorStrings = Record<FeedErrorKind, (detail: string) => string>;

/**
 * Every string the interface shows; a translation provides them all. `feedErrors` is the one
 * exception: English leaves it out because the data layer writes each `FeedError`'s message in
 * English already, with more detail than one sentence per kind.
 */
export type Strings = typeof en & { feedErrors?: FeedErrorStrings };
