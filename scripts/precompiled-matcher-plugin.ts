import type { Plugin } from 'vite';
import { compileRegexes } from '../lib/match/compile-matcher';
import { encodeValue } from '../lib/match/serialized-value';
import { matching } from '../lib/summary/matching';

/** The module lib/match/default-matcher.ts imports the build-time matcher from. */
export const PRECOMPILED_MATCHER_ID = 'virtual:fact-notes-precompiled-matcher';
const RESOLVED = `\0${PRECOMPILED_MATCHER_ID}`;

/**
 * Builds the bundled matcher's regex sources once, at build time (issue 10):
 * pages get `compileRegexes(matching)` as data and only rebuild the RegExp
 * objects. The data is read when the config loads, so a dev server restarts
 * to pick up a change to lib/summary/matching.ts.
 */
export function precompiledMatcher(): Plugin {
  return {
    name: 'fact-notes:precompiled-matcher',
    resolveId: (id) => (id === PRECOMPILED_MATCHER_ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const encoded = JSON.stringify(encodeValue(compileRegexes(matching)));
      // A function: the literal is parsed lazily and built only when the first scan needs it.
      return `export function precompiledMatcher() { return ${encoded}; }\n`;
    },
  };
}
