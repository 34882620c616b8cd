// `cem analyze` reads this file. The manifest is generated from the classes' JSDoc and committed;
// `npm run check:manifest` fails when regenerating it changes it.
export default {
  globs: ['src/**/*.ts'],
  // src/frameworks/ holds type-only declarations for React, Vue and Svelte: nothing for the manifest.
  exclude: ['src/**/*.styles.ts', 'src/frameworks/**'],
  litelement: true,
  // Never rewrite package.json's `customElements` field (it would point at wherever --outdir was).
  packagejson: false,
  plugins: [
    {
      name: 'paper-feed-stable-manifest',
      packageLinkPhase({ customElementsManifest }) {
        // The analyzer reads files in no fixed order; a stable order keeps the committed file comparable.
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
        // Events are declared by name with @fires. The analyzer also records each
        // `dispatchEvent(new SomeEvent(…))` it sees, without a name (the name is a static field of
        // the event class): drop those duplicates.
        // Private members (`#fields`, `private` ones) are no API: they only made the package heavier
        // (218 of its 652 kB) and tempted readers to rely on them.
        const isPublic = (member) => member.privacy !== 'private' && !member.name.startsWith('#');
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            if (declaration.members) declaration.members = declaration.members.filter(isPublic);
          }
        }
      },
    },
  ],
};
