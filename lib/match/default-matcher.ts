import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { GAP_MARK, INVISIBLE_GAP, type CompiledMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import type { Matcher } from './mention';
import { decodeValue, type Encoded } from './serialized-value';

let cached: Matcher | undefined;

/** A build-time value with its RegExp objects made again (and the gate's gap put back). */
export const decodePrecompiled = (encoded: Encoded): unknown =>
  decodeValue(encoded, (source) => source.replaceAll(GAP_MARK, INVISIBLE_GAP));

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
  const head = decodePrecompiled(gateValue) as Pick<CompiledMatcher, 'gate' | 'hasWordCores'>;
  let compiled: CompiledMatcher | undefined;
  const find = (text: string) => {
    if (!compiled) {
      // findMentions tests the gate first too; here that test only decides whether to build the rest yet.
      if (!head.gate.test(text)) return [];
      compiled = { ...(decodePrecompiled(rest()) as CompiledMatcher), ...head };
    }
    return findMentions(compiled, text);
  };
  return head.hasWordCores ? { find, wordGate: head.gate } : { find };
}

/** The matcher for the built-in pack's entities, compiled at build time (scripts/build-time-modules.ts). */
export function getDefaultMatcher(): Matcher {
  return (cached ??= lazyMatcher(precompiledGate(), precompiledMatcher));
}
