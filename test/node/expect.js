// chai's `expect`, which @open-wc/testing re-exports in the browser (its DOM plugins are not needed
// by the reader tests).
export { expect } from 'chai';
