import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.ts';

// Unit tests as StrykerJS runs them (`npm run test:mutation`): without the one that measures
// a production build, since in Stryker's sandbox that build holds instrumented code
// (47 KB gzip instead of 30 KB) and says nothing about the mutants.
export default mergeConfig(
  unit,
  defineConfig({
    test: { exclude: ['tests/unit/content-size.test.ts', 'node_modules/**'] },
  }),
);
