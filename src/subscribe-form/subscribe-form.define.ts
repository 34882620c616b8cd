import { warnOnClash } from '../platform/registration.js';
import { SubscribeFormElement } from './subscribe-form.js';

const held = customElements.get('subscribe-form');
if (held) warnOnClash('subscribe-form', held);
else customElements.define('subscribe-form', SubscribeFormElement);

declare global {
  interface HTMLElementTagNameMap {
    'subscribe-form': SubscribeFormElement;
  }
}
