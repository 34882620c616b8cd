// What <subscribe-form> loads on need (load-subscribe-form.ts): its shadow DOM, styles, form
// reading and sign-up life cycle. The element itself (subscribe-form.ts) holds only its properties,
// so a page whose first card comes first does not wait for a form's code; in the script-tag build
// this module is the sibling file paper-feed-subscribe.<hash>.js.
export { SubscribeFormController } from './subscribe-form-controller.js';
export { subscribeFormStyles } from './subscribe-form.styles.js';
