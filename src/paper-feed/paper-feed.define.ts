import '../paper-card/paper-card.define.js';
import { PaperFeedElement } from './paper-feed.js';

if (!customElements.get('paper-feed')) customElements.define('paper-feed', PaperFeedElement);

declare global {
  interface HTMLElementTagNameMap {
    'paper-feed': PaperFeedElement;
  }
}
