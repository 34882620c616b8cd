import './paper-card/paper-card.define.js';
import './paper-feed/paper-feed.define.js';
import './subscribe-form/subscribe-form.define.js';

export {};
