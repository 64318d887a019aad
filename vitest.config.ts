import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { buildTimeModules } from './scripts/build-time-modules.ts';

// Unit tests: fast, in Node (or happy-dom per file). Real-browser tests have their own config.
export default defineConfig({
  // WxtVitest brings WXT's plugins, not wxt.config.ts's own Vite plugins.
  plugins: [WxtVitest(), buildTimeModules()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['tests/unit/setup/dom-gaps.ts'],
  },
});
