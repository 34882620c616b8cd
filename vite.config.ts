import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { demoServer } from './demo/demo-server.js';

const runtimeDependencies = ['lit', '@lit/task', 'idb-keyval', '@lit/react', 'react'];

// Lit and the virtualizer read the page's `document` by name (`createElement`, `importNode`,
// `createTreeWalker`, `createComment`, `scrollingElement`), and a document lets its named elements
// override even those: an `<img name="createElement">` in a comment stopped every element. Inside
// the bundle and the virtualizer file, `document` is a view that reads only what the document's
// prototypes define, with methods called on the real document (our own code reads it through
// src/platform/dom.ts, which asks `window.document`).
const documentShield = `
var pageDocument = self.document;
var hasOwn = Object.prototype.hasOwnProperty;
// Which prototype defines each name, found once per name (never the document's own named elements).
var owners = new Map();
var documentMethods = new Map();
function ownerOf(key) {
  if (!owners.has(key)) {
    var owner = null;
    for (var object = Object.getPrototypeOf(pageDocument); object && !owner; object = Object.getPrototypeOf(object)) {
      if (hasOwn.call(object, key)) owner = object;
    }
    owners.set(key, owner);
  }
  return owners.get(key);
}
function unwrapped(arg) { return arg === document ? pageDocument : arg; }
// Lit parks its one TreeWalker on the document between uses (walker.currentNode = document), and
// uses nothing of it but currentNode and nextNode: a plain stand-in, cheap on Lit's hot path.
function walkerView(walker) {
  return {
    get currentNode() { return walker.currentNode; },
    set currentNode(node) { walker.currentNode = unwrapped(node); },
    nextNode: function () { return walker.nextNode(); },
  };
}
var document = new Proxy(pageDocument, {
  get: function (target, key) {
    var owner = ownerOf(key);
    if (!owner) return key === 'location' ? target.location : undefined;
    var value = Reflect.get(owner, key, target);
    if (typeof value !== 'function') return value;
    var method = documentMethods.get(value);
    if (!method) {
      method = value === Document.prototype.createTreeWalker
        ? function () { return walkerView(value.apply(target, Array.prototype.map.call(arguments, unwrapped))); }
        : function () { return value.apply(target, Array.prototype.map.call(arguments, unwrapped)); };
      documentMethods.set(value, method);
    }
    return method;
  },
});`;

// Loaded by a plain <script>, the bundle must not write globals into the host page. Everything is
// wrapped in one function, and inside it `globalThis` is a view of `window` whose writes stay
// private: Lit's version markers (`litHtmlVersions`, …) and `litPropertyMetadata` land here, not on
// the page. Reads fall through to the real window, but never to an element the page's markup named
// into it (`<div id="litHtmlVersions">` made Lit's start-up throw): those live on the window's
// named-properties object, between Window.prototype and EventTarget.prototype, which reads skip.
const bundleIntro = `
var litPropertyMetadata = new WeakMap();
var ownGlobals = Object.create(null);
ownGlobals.litPropertyMetadata = litPropertyMetadata;
var namedElements = Object.getPrototypeOf(Window.prototype);
if (namedElements === EventTarget.prototype) namedElements = null;
function realGlobal(key) {
  for (var object = self; object; object = Object.getPrototypeOf(object)) {
    if (object !== namedElements && Object.prototype.hasOwnProperty.call(object, key)) return Reflect.get(object, key, self);
  }
}
var globalThis = new Proxy(self, {
  get: function (target, key) { return key in ownGlobals ? ownGlobals[key] : realGlobal(key); },
  set: function (target, key, value) { ownGlobals[key] = value; return true; },
});${documentShield}`;

/** Where scripts/build-siblings.mjs writes the hashed names of the files it made, for the bundle build to read. */
const siblingNames = 'dist/paper-feed-siblings.json';

/**
 * The one-file bundle for script tags: everything inlined, minified, registering all elements —
 * except what a classic script cannot split off and only some pages need: the XML readers, the
 * scholarly catalogues' readers, the sign-up form's code and outbox, the virtualizer and the languages besides English. The `.script.ts` loaders
 * (aliased in below) import them at run time from the sibling files the `siblings` build wrote
 * first, by the hashed names it left in `siblingNames`.
 */
function bundle(): UserConfig {
  let names: Record<string, string>;
  try {
    names = JSON.parse(readFileSync(siblingNames, 'utf8')) as Record<string, string>;
  } catch {
    throw new Error(`${siblingNames} is missing: build the siblings first (node scripts/build-siblings.mjs).`);
  }
  return {
    resolve: {
      alias: [
        { find: /^\.\/load-virtualizer\.js$/, replacement: resolve('src/paper-feed/load-virtualizer.script.ts') },
        { find: /^\.\/load-language\.js$/, replacement: resolve('src/i18n/load-language.script.ts') },
        { find: /^\.\/load-xml-reader\.js$/, replacement: resolve('src/data/formats/load-xml-reader.script.ts') },
        {
          find: /^\.\/load-scholarly-reader\.js$/,
          replacement: resolve('src/data/formats/load-scholarly-reader.script.ts'),
        },
        { find: /^\.\/load-merge\.js$/, replacement: resolve('src/data/load-merge.script.ts') },
        {
          find: /^\.\/load-subscribe-form\.js$/,
          replacement: resolve('src/subscribe-form/load-subscribe-form.script.ts'),
        },
      ],
    },
    define: { __PAPER_FEED_SIBLINGS__: JSON.stringify(names) },
    build: {
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: {
        entry: 'src/define.ts',
        formats: ['iife'],
        name: 'paperFeed',
        fileName: () => 'paper-feed.js',
      },
      rolldownOptions: {
        output: { intro: bundleIntro },
      },
    },
  };
}

/**
 * The bundle's sibling files, `dist/paper-feed-<name>.<hash>.js`, each fetched only by the pages
 * that need it: `xml` by feeds in RSS, Atom or arXiv's formats, `scholarly` by feeds from the
 * scholarly catalogues (OpenAlex, Crossref, Semantic Scholar, Zotero, ORCID, DBLP), `merge` by a feed of several sources, `subscribe`
 * (the form's code and the sign-up outbox) by a page once a <subscribe-form> connects,
 * `virtualizer` by feeds of hundreds of cards, `lang-de` (and the other languages) by pages in that
 * language. Each is one self-contained ES module, built on its own (see `siblings` below).
 * The hash in each name changes with its content, so a CDN may cache them for ever.
 */
const siblingEntries: Record<string, string> = {
  xml: 'src/data/formats/xml-feed.ts',
  scholarly: 'src/data/formats/scholarly.ts',
  merge: 'src/data/merge.ts',
  subscribe: 'src/subscribe-form/subscribe-form.implementation.ts',
  virtualizer: 'src/paper-feed/virtualizer.ts',
  ...Object.fromEntries(
    readdirSync('src/i18n')
      .filter((file) => /^[a-z]{2}\.ts$/.test(file) && file !== 'en.ts')
      .map((file) => [`lang-${file.slice(0, 2)}`, `src/i18n/${file}`]),
  ),
};

/**
 * One sibling per build — `PAPER_FEED_SIBLING` names it; scripts/build-siblings.mjs runs them all
 * and writes `siblingNames`. Built together, a module two siblings import (the readers' shared
 * draft.ts, say) would be split into a third file, named outside the scheme and fetched by neither
 * loader's fallback: apart, each sibling holds its own copy and stays one self-contained file.
 */
const sibling = process.env.PAPER_FEED_SIBLING;

function onlySibling(name: string): Record<string, string> {
  const entry = siblingEntries[name];
  if (!entry) throw new Error(`There is no sibling file named ${name}: ${Object.keys(siblingEntries).join(', ')}.`);
  return { [name]: entry };
}
const siblings: UserConfig = {
  // `subscribe` renders through the bundle's Lit: its `lit` is a few lines, not a second copy.
  resolve: {
    alias: [
      { find: /^lit$/, replacement: resolve('src/platform/lit-in-sibling.script.ts') },
      // In the `subscribe` sibling the outbox is in the same file as the form's code.
      { find: /^\.\/load-sign-up\.js$/, replacement: resolve('src/subscribe-form/load-sign-up.sibling.script.ts') },
    ],
  },
  build: {
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: sibling ? onlySibling(sibling) : siblingEntries,
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        entryFileNames: 'paper-feed-[name].[hash].js',
        // Only the virtualizer touches the page's document: it gets the same shielded view as the bundle.
        intro: (chunk) => (chunk.name === 'virtualizer' ? documentShield : ''),
      },
    },
  },
};

/**
 * Every source module is an entry, so each keeps all its exports — the `.d.ts` files tsc writes
 * beside them declare every one.
 */
const sourceModules = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts') && !file.endsWith('.script.ts'))
  .map((file) => `src/${file}`);

/** The npm build: one ES module per source file, runtime dependencies left to the app's bundler. */
const library: UserConfig = {
  build: {
    target: 'es2022',
    minify: false,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
    },
    rolldownOptions: {
      input: sourceModules,
      external: (id) => runtimeDependencies.some((name) => id === name || id.startsWith(`${name}/`)),
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
      },
    },
  },
};

/** Minifies the markup and CSS inside Lit's html`` and css`` templates of our own sources. */
function minifyTemplates(): Plugin {
  return {
    name: 'paper-feed-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const minified = await minifyHTMLLiterals(code, { fileName: id });
      return minified && { code: minified.code, map: minified.map?.toString() ?? null };
    },
  };
}

export default defineConfig(({ mode }) => {
  const config = mode === 'bundle' ? bundle() : mode === 'siblings' ? siblings : library;
  return {
    ...config,
    publicDir: false,
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    plugins: [demoServer(), minifyTemplates(), ...(config.plugins ?? [])],
  };
});
