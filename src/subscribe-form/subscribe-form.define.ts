import { SubscribeFormElement } from './subscribe-form.js';

if (!customElements.get('subscribe-form')) customElements.define('subscribe-form', SubscribeFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'subscribe-form': SubscribeFormElement;
  }
}
