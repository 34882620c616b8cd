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
  fieldName?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  members?: ManifestMember[];
  attributes?: ManifestMember[];
}

/**
 * The manifest as the docs tables should show it: private members left out, a default written as a
 * constant's name replaced by the field's documented value (`@default 10`, not `defaultLimit`), and
 * `| undefined` dropped from types (an optional attribute is simply absent), so string attributes get
 * a text control rather than an object one.
 */
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
          (member) => !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public',
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
