import '../paper-card/paper-card.define.js';
import { warnOnClash } from '../platform/registration.js';
import { PaperFeedElement } from './paper-feed.js';

const held = customElements.get('paper-feed');
if (held) warnOnClash('paper-feed', held);
else customElements.define('paper-feed', PaperFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'paper-feed': PaperFeedElement;
  }
}
