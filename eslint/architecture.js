// Import rules that keep the layers apart (see README "How it works"). Kept in
// their own file, without type information, so tests/unit/lint-rules.test.ts
// can prove each one fires.

const zod = {
  group: ['zod', 'zod/*'],
  message: 'zod stays out of the content script (bundle size); validate in the popup, background or build.',
  allowTypeImports: true,
};
// Modules that load zod at run time; `import type` from them is fine.
const zodModules = {
  group: ['**/schema', '**/find-grounding-problems', './schema', './find-grounding-problems'],
  message: 'This module loads zod; the content script may import only its types (`import type`).',
  allowTypeImports: true,
};
// Summary packs (lib/pack/): schema, checks and messages for the pack tools and
// extension pages. Pages get pack data already checked, never the checker.
const packModules = {
  group: ['**/pack', '**/pack/*'],
  message: 'lib/pack is for extension pages and tools (its checks load zod); the content script may import only its types.',
  allowTypeImports: true,
};
const preact = {
  group: ['preact', 'preact/*', '**/components/*', '**/components/**'],
  message: 'DOM code imports no Preact: rendering lives in lib/card/render-card.tsx and components/.',
};
const browserApi = {
  group: ['wxt/browser', 'webextension-polyfill', '@wxt-dev/*', '**/lib/i18n', '**/i18n'],
  message: 'components/ take props and call callbacks; the entrypoint or lib/ passes browser data and strings in.',
  allowTypeImports: true,
};

// Everything the content script bundles (entrypoints/content and what it imports).
export const contentScriptFiles = [
  'entrypoints/content/**',
  'lib/card/**',
  'lib/match/**',
  'lib/page/**',
  'lib/paint/**',
  'lib/session/**',
  'lib/summary/index.ts',
  'lib/summary/data.ts',
  'lib/summary/entity-ids.ts',
  'lib/summary/matching.ts',
  'lib/settings-storage.ts',
  'lib/settings-repair.ts',
  'lib/settings-fields.ts',
  'lib/messages.ts',
  'lib/i18n.ts',
  'components/**',
];

const restricted = (...patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});

/** @type {import('eslint').Linter.Config[]} */
export default [
  { name: 'fact-notes/content-script-no-zod', files: contentScriptFiles, rules: restricted(zod, zodModules, packModules) },
  {
    name: 'fact-notes/dom-code-no-preact',
    files: ['lib/match/**', 'lib/page/**', 'lib/paint/**'],
    rules: restricted(zod, zodModules, packModules, preact),
  },
  {
    name: 'fact-notes/components-no-browser',
    files: ['components/**'],
    rules: {
      ...restricted(zod, zodModules, packModules, browserApi),
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'components/ never touch browser.*; take props instead.' },
        { name: 'chrome', message: 'components/ never touch chrome.*; take props instead.' },
      ],
    },
  },
];
