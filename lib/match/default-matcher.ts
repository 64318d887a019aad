import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import type { CompiledMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import type { Matcher } from './mention';
import { decodeValue, type Encoded } from './serialized-value';
import { passesGate, wordGateOf } from './word-gate';

let cached: Matcher | undefined;

/** Finds nothing, and lets no word through: no entity is enabled. */
const NOTHING: Matcher = Object.freeze({ find: () => [], wordGate: /(?!)/ });

/**
 * A matcher over compiled packs (lib/pack/compile-packs.ts), built lazily:
 * at first only the word gate; the rest (some twenty regexes and the word
 * tables) when the first text passes the gate, which on most pages never
 * happens (issue 10: pay only where there is a mention). A null gate means
 * no entity is enabled.
 */
export function lazyMatcher(gateValue: Encoded, rest: () => Encoded): Matcher {
  if (gateValue === null) return NOTHING;
  const head = decodeValue(gateValue) as Pick<CompiledMatcher, 'gate' | 'hasWordCores'>;
  let compiled: CompiledMatcher | undefined;
  const find = (text: string) => {
    if (!compiled) {
      // findMentions tests the gate first too; here that test only decides whether to build the rest yet.
      if (!passesGate(head.gate, text)) return [];
      compiled = { ...(decodeValue(rest()) as CompiledMatcher), ...head };
    }
    return findMentions(compiled, text);
  };
  const isBuilt = () => compiled !== undefined;
  return head.hasWordCores ? { find, wordGate: wordGateOf(head.gate), isBuilt } : { find, isBuilt };
}

/** The matcher for the built-in pack's entities, compiled at build time (scripts/build-time-modules.ts). */
export function getDefaultMatcher(): Matcher {
  return (cached ??= lazyMatcher(precompiledGate(), precompiledMatcher));
}
