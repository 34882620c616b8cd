/**
 * The IndexedDB database every form's sign-ups wait in unless given their own. A module of its own,
 * so a form can ask whether the database exists without importing the outbox.
 */
export const defaultOutboxName = 'paper-feed-outbox';
