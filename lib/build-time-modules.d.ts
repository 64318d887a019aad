// Built by scripts/build-time-modules.ts: the built-in pack compiled (lib/pack/compile-packs.ts).
declare module 'virtual:fact-notes-precompiled-matcher' {
  import type { Encoded } from '@/lib/match/serialized-value';
  /** compileRegexes(matching)'s `gate` and `hasWordCores`, encoded at build time; a function so that importing it costs nothing. */
  export function precompiledGate(): Encoded;
  /** The rest of compileRegexes(matching), encoded: built only once some text passes the gate. */
  export function precompiledMatcher(): Encoded;
}

// Built by scripts/build-time-modules.ts: the built-in pack's subjects (lib/pack/compile-packs.ts).
declare module 'virtual:fact-notes-card-data' {
  import type { Subject } from '@/lib/pack/compile-packs';
  /** What the cards show: no `matching` (the matcher is precompiled). */
  export function cardSubjects(): Subject[];
}
