import { defineConfig } from 'wxt';
import { buildTimeModules, nativeBrowserApi } from './scripts/build-time-modules.ts';
import { dropPreactInnerHtml } from './scripts/vite/drop-preact-inner-html.ts';
import { dropZodJit } from './scripts/vite/drop-zod-jit.ts';
import { highlightScope } from './scripts/vite/highlight-scope.ts';

// Contract: ../shared/spec/contract.md. Permissions stay at `storage` plus the
// content script's match patterns; no web_accessible_resources.
// Firefox paints ::highlight() text-decoration only from 146; below that the
// "Underline" highlight style would paint nothing. Every Firefox release still
// supported (release and ESR 153) is newer, so the floor is 146 on desktop and
// Android alike. tests/unit/highlight-support.test.ts checks this against
// assets/highlights.css.
export const FIREFOX_MIN = 146;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader of a file sees where each name comes from.
  imports: false,
  hooks: {
    // Issue 10: every page pays for the content script. Chromium MV3 and Firefox give it
    // promise-based APIs natively, so it skips the webextension-polyfill (~3.3 KB gzip and
    // a few ms of evaluation per page); the background, popup and article page keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), nativeBrowserApi()];
    },
    // The summary ships unparsed to keep zod out of the content script, so a
    // bad field or a quote the article does not contain must stop the build here.
    'build:before': async (wxt) => {
      const { checkBundledSummary } = await import('./scripts/check-summary.ts');
      await checkBundledSummary(wxt.config.root);
    },
  },
  zip: {
    // The Firefox sources zip: what a reviewer needs to rebuild the package with
    // `npm ci && npm run build-for-amo` (store/REVIEWER-NOTES.md). Hidden files
    // are left out unless named; .nvmrc names the Node version.
    includeSources: ['**/*', '.nvmrc'],
    excludeSources: ['bench/**', 'tests/**', 'docs/**', 'demo/**', 'store/screenshots/**', 'test-results/**', '**/*.log'],
  },
  vite: ({ browser }) => ({
    // The bundled matcher's regexes are built here, not on every page (issue 10);
    // Preact's unused innerHTML path and zod's `new Function` fast path go, so store
    // linters see no unsafe assignment and no eval; the content CSS costs pages nothing
    // per element where highlights inherit (scripts/vite/highlight-scope.ts).
    plugins: [buildTimeModules(), dropPreactInnerHtml(), dropZodJit(), highlightScope(browser)],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The CSS Custom Highlight API sets the floor: Chromium 105, Firefox 140, and
    // text-decoration in ::highlight() (the underline style) Firefox 146.
    // light-dark() (Chromium 123) then stays native instead of a var() fallback.
    build: { target: 'es2022', cssTarget: ['chrome123', `firefox${FIREFOX_MIN}`] },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage'],
    default_locale: 'en',
    commands: {
      'next-mention': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next mention and open its card',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'fact-notes@example.org',
              strict_min_version: `${FIREFOX_MIN}.0`,
              // Required for new add-ons on AMO: we collect and transmit nothing.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: `${FIREFOX_MIN}.0` },
          },
        }
      : { minimum_chrome_version: '128' }),
  }),
});
