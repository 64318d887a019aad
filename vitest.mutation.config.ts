import { defineConfig, mergeConfig } from 'vitest/config';
import unit from './vitest.config.ts';

// Unit tests as StrykerJS runs them (`npm run test:mutation`), in its sandbox under .stryker-tmp/.
// Two say nothing about the mutants there and cannot pass: the one that measures a production
// build (which holds instrumented code, 47 KB gzip instead of 30 KB), and the one that compares
// the bundled article with ../shared, which is not beside the sandbox.
export default mergeConfig(
  unit,
  defineConfig({
    test: { exclude: ['tests/unit/content-size.test.ts', 'tests/unit/summary/article-source.test.ts', 'node_modules/**'] },
  }),
);
