import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import architecture from './eslint/architecture.js';

export default tseslint.config(
  {
    ignores: [
      '.output/',
      '**/.wxt/',
      'node_modules/',
      'bench/results/',
      'bench/.build/',
      'test-results/',
      'tests/e2e/apps/dist/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
  },
  {
    rules: {
      // Callback props and options are declared with method shorthand (`onReveal(id): void`) and
      // destructured; none of them uses `this`, so this rule would only flag that style.
      '@typescript-eslint/unbound-method': 'off',
      // Highlight entries are the Ranges we add; Range#toString is their text.
      '@typescript-eslint/no-base-to-string': ['error', { ignoredTypeNames: ['AbstractRange', 'Range'] }],
      // A `let` that closures read before its one assignment (a callback that may run while the
      // value is still being built) stays a `let`: a `const` there would be a TDZ ReferenceError.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // runtime.onMessage listeners reply by returning a Promise; that is the API, not a slip.
    files: ['entrypoints/content/index.ts'],
    rules: { '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }] },
  },
  {
    // Code evaluated in the extension's own pages and workers (chrome.*, browser.*).
    files: ['scripts/**', 'bench/**', 'tests/e2e/**'],
    languageOptions: { globals: globals.webextensions },
  },
  {
    // Tests read JSON from disk and stub async interfaces with plain values. (TypeScript only:
    // these rules need type information, which plain fixture scripts are linted without.)
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/require-await': 'off',
      // mockImplementation on a browser API is typed from its last overload, the callback form
      // that returns void; the promise-returning stub is the form the code calls.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // Preact with hooks: the same rules of hooks and accessibility checks as React code.
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  { files: ['**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  ...architecture.map((config) => ({ ...config, plugins: { '@typescript-eslint': tseslint.plugin } })),
);
