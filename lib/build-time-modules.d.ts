// Built by scripts/build-time-modules.ts from lib/summary/matching.ts.
declare module 'virtual:fact-notes-precompiled-matcher' {
  import type { Encoded } from '@/lib/match/serialized-value';
  /** compileRegexes(matching)'s `gate` and `hasWordCores`, encoded at build time; a function so that importing it costs nothing. */
  export function precompiledGate(): Encoded;
  /** The rest of compileRegexes(matching), encoded: built only once some text passes the gate. */
  export function precompiledMatcher(): Encoded;
}

// Built by scripts/build-time-modules.ts from lib/summary/data.ts.
declare module 'virtual:fact-notes-card-data' {
  import type { CardEntity, Summary } from '@/lib/summary/schema';
  /** What the cards show: no `matching` (the matcher is precompiled). */
  export function cardData(): {
    article: Pick<Summary['article'], 'title' | 'isTitleDerived' | 'author' | 'date'>;
    entities: CardEntity[];
  };
}
