// svelte-check reads this (without it, it looks for a Svelte plugin in the repository's vite.config.ts).
export default {};
