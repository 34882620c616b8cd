import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import regexp from 'eslint-plugin-regexp';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', '.cache/', 'custom-elements.json'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked, ...tseslint.configs.stylisticTypeChecked],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.node.json', './tsconfig.kit.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Lit templates interpolate numbers on purpose.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Feed and attribute text reaches these regexes: each must run in linear time (docs/security.md).
    files: ['**/*.{ts,js,mjs}'],
    extends: [regexp.configs.recommended],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    extends: [lit.configs['flat/recommended'], litA11y.configs.recommended, wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  {
    files: ['stories/**/*.stories.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          // Storybook names `WithAiSummary` "With Ai Summary": name such stories as people write them.
          selector:
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator[id.name=/^[A-Z][a-z0-9]*[A-Z]/] > ObjectExpression:not(:has(> Property[key.name="name"]))',
          message: "Give a story of more than one word its name in sentence case: name: 'With AI summary'.",
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests reach into shadow roots they know are there.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's Assertion is typed as thenable once the a11y plugin loads, so every expect() would
      // count; the one assertion that really is a promise must still be awaited:
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's property assertions (`.to.be.empty`) are expressions.
      '@typescript-eslint/no-unused-expressions': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExpressionStatement > CallExpression[callee.property.name='accessible']",
          message: 'await expect(element).to.be.accessible()',
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['test/pages/*.js', 'bench/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
