/** The interface's words, in English. Other languages add a file of the same shape. */
export const en = {
  feedHeading: 'Daily Papers',
  feedLoading: 'Loading papers…',
  feedEmpty: 'No papers in this feed yet.',
  feedError: 'The papers could not be loaded.',
  feedRetry: 'Retry',
  feedShowMore: 'Show more papers',
  feedStale: 'Showing saved papers — couldn’t reach the feed.',
  cardAbstract: 'Abstract',
  cardUpvotes: 'upvotes',
  cardComments: 'comments',
  cardMoreAuthors: (n: number) => `+${n} more`,
  cardPdf: 'PDF',
  cardCode: 'Code',
  cardProject: 'Project page',
  cardPaper: 'Paper',
  formHeading: 'Get trending papers in your email inbox!',
  formEmail: 'Email address',
  formPlaceholder: 'you@example.com',
  formSubmit: 'Subscribe',
  formSubmitting: 'Subscribing…',
  formSuccess: 'Thanks — you’re subscribed!',
  formAlready: 'You’re already subscribed.',
  formInvalid: 'Please enter a valid email address.',
  formError: 'Something went wrong. Your address is still here — please try again.',
};

export type Strings = typeof en;
