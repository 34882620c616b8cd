// The API reference (docs/reference.md), generated from custom-elements.json — never edited by hand.
//   node scripts/reference.mjs          writes docs/reference.md
//   node scripts/reference.mjs --check  fails when docs/reference.md is not what the manifest gives now
// After a merge that changes the manifest: `npm run analyze && npm run reference`, commit both.
// The output depends on the manifest alone (elements by tag name, everything else in source order)
// and is formatted with the repository's Prettier settings, so `prettier --check .` agrees with it.
import { readFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { writeOrCheck } from './generated-file.mjs';

const target = 'docs/reference.md';
const check = process.argv.includes('--check');
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

/** Module-level variables, so a default written as a constant's name shows the constant's value. */
const variables = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'variable' && declaration.default !== undefined) {
      variables.set(declaration.name, declaration.default);
    }
  }
}

const elements = manifest.modules
  .flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })))
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName));

/** One line of table text: pipes escaped, line breaks folded. */
function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))
    .replace(/\|/g, '\\|')
    .trim();
}

function code(text) {
  if (text === undefined || text === null || text === '') return '';
  const value = String(text).replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space));
  return `\`${value.replace(/\|/g, '\\|')}\``;
}

function defaultOf(value) {
  if (value === undefined) return '';
  const resolved = /^[a-z_$][\w$]*$/i.test(value) && variables.has(value) ? variables.get(value) : value;
  // `'x' (in the page's language)`: the code part in backticks, the note as text.
  const noted = /^('[^']*'|[^\s(]+) (\(.+\))$/.exec(resolved);
  if (noted) return `${code(noted[1].replace(/_/g, ''))} ${cell(noted[2])}`;
  return code(/^\d[\d_]*$/.test(resolved) ? resolved.replace(/_/g, '') : resolved);
}

function table(headings, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ].join('\n');
}

function section(title, body) {
  return body ? `### ${title}\n\n${body}\n` : `### ${title}\n\nNone.\n`;
}

function publicMembers(declaration, kind) {
  return (declaration.members ?? []).filter(
    (member) =>
      member.kind === kind &&
      !member.static &&
      (member.privacy ?? 'public') === 'public' &&
      !member.name.startsWith('#') &&
      !member.name.startsWith('_'),
  );
}

function element({ module, declaration }) {
  const fields = publicMembers(declaration, 'field');
  const byName = new Map(fields.map((field) => [field.name, field]));

  const attributes = (declaration.attributes ?? []).map((attribute) => {
    // The field is the source of truth: its JSDoc may give a type or default the decorator cannot.
    const field = attribute.fieldName ? byName.get(attribute.fieldName) : undefined;
    return [
      code(attribute.name),
      code(attribute.fieldName ?? ''),
      code(field?.type?.text ?? attribute.type?.text),
      defaultOf(field?.default ?? attribute.default),
      cell(attribute.description ?? field?.description),
    ];
  });

  const properties = fields
    .filter((field) => !field.attribute)
    .map((field) => [
      code(field.name),
      code(field.type?.text),
      defaultOf(field.default),
      field.readonly ? 'yes' : '',
      cell(field.description),
    ]);

  const methods = publicMembers(declaration, 'method').map((method) => [
    code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
    code(method.return?.type?.text),
    cell(method.description),
  ]);

  const events = (declaration.events ?? []).map((event) => [
    code(event.name),
    code(event.type?.text),
    cell(event.description),
  ]);

  const slots = (declaration.slots ?? []).map((slot) => [
    slot.name ? code(slot.name) : '(default)',
    cell(slot.description),
  ]);

  const parts = (declaration.cssParts ?? []).map((part) => [code(part.name), cell(part.description)]);

  const tokens = (declaration.cssProperties ?? []).map((property) => [
    code(property.name),
    code(property.default),
    cell(property.description),
  ]);

  return [
    `## \`<${declaration.tagName}>\``,
    '',
    `Class \`${declaration.name}\`, declared in [\`${module.path}\`](../${module.path}).`,
    '',
    declaration.summary ? `${cell(declaration.summary)}\n` : '',
    section('Attributes', table(['attribute', 'property', 'type', 'default', 'description'], attributes)),
    section(
      'Properties (JavaScript only)',
      table(['property', 'type', 'default', 'read-only', 'description'], properties),
    ),
    section('Methods', table(['method', 'returns', 'description'], methods)),
    section('Events', table(['event', 'type', 'description'], events)),
    section('Slots', table(['slot', 'description'], slots)),
    section('CSS parts', table(['part', 'description'], parts)),
    section('CSS custom properties', table(['property', 'default', 'description'], tokens)),
  ].join('\n');
}

const markdown = [
  '<!-- Generated by scripts/reference.mjs from custom-elements.json: do not edit by hand. -->',
  '<!-- Regenerate with `npm run analyze && npm run reference`; CI runs `npm run check:reference`. -->',
  '',
  '# API reference',
  '',
  'Every attribute, property, event, slot, CSS part and CSS custom property of the three elements, as',
  'documented on their classes. Theming with the global `--paper-*` tokens is in the',
  '[theming guide](theming.md).',
  '',
  elements.map(({ declaration }) => `- [\`<${declaration.tagName}>\`](#${declaration.tagName})`).join('\n'),
  '',
  ...elements.map(element),
].join('\n');

const options = { ...(await resolveConfig(target)), filepath: target };
const output = await format(markdown, options);

writeOrCheck(target, output, check);
