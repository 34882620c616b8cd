// `cem analyze` reads this file. The manifest is generated from the classes' JSDoc and committed;
// `npm run check:manifest` fails when regenerating it changes it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  plugins: [
    {
      // Events are declared by name with @fires. The analyzer also records each
      // `dispatchEvent(new SomeEvent(…))` it sees, without a name (the name is a static field of
      // the event class): drop those duplicates.
      name: 'paper-feed-named-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
  ],
};
