// The virtualizer behind feeds of hundreds of cards, loaded only when one needs it (see
// load-virtualizer.ts). @lit-labs/virtualizer's core class drives plain DOM: the feed renders the
// cards with its own Lit, so no second copy of Lit comes along. The package does not export the
// class by name — it is bundled from its file (the version is pinned for that reason).
export { Virtualizer } from '../../node_modules/@lit-labs/virtualizer/Virtualizer.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
