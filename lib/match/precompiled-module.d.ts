// Built by scripts/precompiled-matcher-plugin.ts from lib/summary/matching.ts.
declare module 'virtual:fact-notes-precompiled-matcher' {
  import type { Encoded } from './serialized-value';
  /** compileRegexes(matching), encoded at build time; a function so that importing it costs nothing. */
  export function precompiledMatcher(): Encoded;
}
