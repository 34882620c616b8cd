export { PaperCardElement } from './paper-card/paper-card.js';
export { PaperFeedElement, defaultSrc, type PaperFeedState } from './paper-feed/paper-feed.js';
export { PaperFeedErrorEvent, PaperFeedLoadEvent } from './paper-feed/paper-feed.events.js';
export { SubscribeFormElement, type SubscribeFormState } from './subscribe-form/subscribe-form.js';
export { Outbox, type OutboxItem, type OutboxOptions } from './data/subscribe/outbox.js';
export type { Provider, SignUp, SignUpRequest } from './data/subscribe/providers.js';
export { SignUpNetworkError, SignUpUnavailableError, type SignUpOutcome } from './data/subscribe/send-sign-up.js';
export {
  SubscribeFormErrorEvent,
  SubscribeFormQueuedEvent,
  SubscribeFormSubmitEvent,
  SubscribeFormSuccessEvent,
} from './subscribe-form/subscribe-form.events.js';
export type { Feed, Paper, PaperSource } from './data/paper.js';
export { FeedError, type FeedErrorKind } from './data/feed-error.js';
export type { FeedFormat } from './data/formats/detect.js';
