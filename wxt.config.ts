import { defineConfig } from 'wxt';
import { buildTimeModules, nativeBrowserApi } from './scripts/build-time-modules';

// Contract: ../shared/spec/contract.md. Permissions stay at `storage` plus the
// content script's match patterns; no web_accessible_resources.
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
  vite: () => ({
    // The bundled matcher's regexes are built here, not on every page (issue 10).
    plugins: [buildTimeModules()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // The CSS Custom Highlight API sets the floor: Chromium 105, Firefox 140.
    // light-dark() (Chromium 123) then stays native instead of a var() fallback.
    build: { target: 'es2022', cssTarget: ['chrome123', 'firefox140'] },
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
      ? { browser_specific_settings: { gecko: { id: 'fact-notes@example.org', strict_min_version: '140.0' } } }
      : { minimum_chrome_version: '128' }),
  }),
});
