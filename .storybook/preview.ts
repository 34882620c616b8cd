import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import './preview.css';

interface ManifestMember {
  name: string;
  kind?: string;
  privacy?: string;
  default?: string;
  description?: string;
  attribute?: string;
  fieldName?: string;
  static?: boolean;
  readonly?: boolean;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: ManifestMember[];
}

/**
 * The manifest as the docs tables should show it: one row per member (a property and its attribute
 * are one thing: the row is the property, and says which attribute sets it), private and static
 * members left out, a default written as a constant's name replaced by the field's documented value
 * (`@default 10`, not `defaultLimit`), and `| undefined` dropped from types (an optional attribute
 * is simply absent), so string attributes get a text control rather than an object one.
 */
/** Per tag, the members a page reads but never sets (`papers`, or documented "Read-only."). */
const readOnlyMembers = new Map<string, Set<string>>();

function forDocs(source: typeof manifest): typeof manifest {
  const copy = structuredClone(source);
  // Exported constants (`defaultTimeout`) by name, for defaults written as a constant.
  const constants = new Map<string, string>();
  for (const module of copy.modules) {
    for (const declaration of module.declarations as { kind: string; name: string; default?: string }[]) {
      if (declaration.kind === 'variable' && declaration.default !== undefined) {
        constants.set(declaration.name, declaration.default);
      }
    }
  }
  for (const module of copy.modules) {
    for (const declaration of module.declarations as ManifestDeclaration[]) {
      const members = new Map((declaration.members ?? []).map((member) => [member.name, member]));
      if (declaration.members) {
        declaration.members = declaration.members.filter(
          (member) => !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public' && !member.static,
        );
        for (const member of declaration.members) {
          if (member.kind !== 'field') continue;
          if (declaration.tagName && (member.readonly || member.description?.includes('Read-only'))) {
            const names = readOnlyMembers.get(declaration.tagName) ?? new Set();
            readOnlyMembers.set(declaration.tagName, names.add(member.name));
          }
          const how = member.attribute
            ? member.attribute === member.name
              ? ''
              : `Attribute: \`${member.attribute}\`.`
            : 'Property only (no attribute).';
          if (how) member.description = member.description ? `${member.description}\n\n${how}` : how;
        }
      }
      const fields = new Set(declaration.members?.map((member) => member.name));
      if (declaration.attributes) {
        declaration.attributes = declaration.attributes.filter(
          (attribute) => !(attribute.fieldName && fields.has(attribute.fieldName)),
        );
      }
      for (const entry of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
        const field = entry.fieldName ? members.get(entry.fieldName) : undefined;
        if (field?.default !== undefined && /^[a-z_$][\w$]*$/i.test(entry.default ?? '')) entry.default = field.default;
        const constant = constants.get(entry.default ?? '');
        if (constant !== undefined) entry.default = constant.replace(/_/g, '');
        if (entry.type) entry.type = { text: entry.type.text.replace(/ \| undefined$/, '') };
      }
    }
  }
  return copy;
}

// Autodocs and controls read every attribute, property, event, slot, part and CSS token from the
// manifest generated from the classes' JSDoc.
setCustomElementsManifest(forDocs(manifest));

// Events, slots, CSS parts and CSS custom properties are documentation, not inputs, and read-only
// properties are outputs: their rows get no control (Storybook would offer "Set object" for each).
const documentationOnly = new Set(['events', 'slots', 'css shadow parts', 'css custom properties']);
type ArgTypesEnhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const withoutControls: ArgTypesEnhancer = ({ argTypes, component }) => {
  const readOnly = readOnlyMembers.get(String(component));
  return Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      // A story that asks for a control (a form's `state`, to show each one) keeps it.
      argType.control === undefined && (documentationOnly.has(String(argType.table?.category)) || readOnly?.has(name))
        ? { ...argType, control: false as const }
        : argType,
    ]),
  );
};

type Theme = 'light' | 'dark' | 'brand';
const elements = 'paper-feed, paper-card, subscribe-form';

// Reduced motion cannot be switched on from script (it is a media feature), so the toolbar's
// "reduce" gives each element's shadow root the rules the elements' own
// `@media (prefers-reduced-motion: reduce)` blocks apply.
const noMotion = new CSSStyleSheet();
noMotion.replaceSync('*, *::before, *::after { animation: none !important; transition: none !important; }');

function applyGlobals(root: HTMLElement, theme: Theme, reduceMotion: boolean, argsTheme: unknown): void {
  for (const element of root.querySelectorAll<HTMLElement>(elements)) {
    // "dark" is the elements' built-in dark theme; "light" and "brand" leave the story's own choice.
    element.setAttribute('theme', theme === 'dark' ? 'dark' : typeof argsTheme === 'string' ? argsTheme : 'light');
    const shadow = element.shadowRoot;
    if (!shadow) continue;
    const others = shadow.adoptedStyleSheets.filter((sheet) => sheet !== noMotion);
    shadow.adoptedStyleSheets = reduceMotion ? [...others, noMotion] : others;
  }
}

/** The toolbar's theme and motion switches, applied to whatever the story renders. */
const withGlobals: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'light') as Theme;
  const reduceMotion = context.globals.motion === 'reduce';
  // After the story's elements are connected and have rendered their shadow roots.
  requestAnimationFrame(() => {
    applyGlobals(context.canvasElement, theme, reduceMotion, context.args.theme);
  });
  return html`<div class="sb-paper-theme" data-theme=${theme}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [withoutControls],
  decorators: [withGlobals],
  globalTypes: {
    theme: {
      description: 'Theme: the built-in light and dark palettes, or a brand palette from CSS custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        dynamicTitle: true,
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'brand', title: 'Brand palette' },
        ],
      },
    },
    motion: {
      description: 'Motion: as the system says, or reduced',
      toolbar: {
        title: 'Motion',
        icon: 'transfer',
        dynamicTitle: true,
        items: [
          { value: 'no-preference', title: 'Motion on' },
          { value: 'reduce', title: 'Reduced motion' },
        ],
      },
    },
  },
  initialGlobals: { theme: 'light', motion: 'no-preference' },
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
