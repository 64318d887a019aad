import { defineConfig } from 'vitest/config';

// Black-box tests: the built extension in real Chromium and Firefox, driven from
// Node. Two shared cores and one browser per file, so files run one at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
  },
});
