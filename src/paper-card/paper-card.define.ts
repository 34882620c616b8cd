import { warnOnClash } from '../platform/registration.js';
import { PaperCardElement } from './paper-card.js';

const held = customElements.get('paper-card');
if (held) warnOnClash('paper-card', held);
else customElements.define('paper-card', PaperCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'paper-card': PaperCardElement;
  }
}
