import { PaperCardElement } from './paper-card.js';

if (!customElements.get('paper-card')) customElements.define('paper-card', PaperCardElement);

declare global {
  interface HTMLElementTagNameMap {
    'paper-card': PaperCardElement;
  }
}
