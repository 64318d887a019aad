import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { GAP_MARK, INVISIBLE_GAP, type CompiledMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import type { Matcher } from './mention';
import { decodeValue, type Encoded } from './serialized-value';

let cached: Matcher | undefined;

/** A build-time value with its RegExp objects made again (and the gate's gap put back). */
export const decodePrecompiled = (encoded: Encoded): unknown =>
  decodeValue(encoded, (source) => source.replaceAll(GAP_MARK, INVISIBLE_GAP));

/**
 * The matcher for the bundled article's entities. Its regex sources were built
 * from lib/summary/matching.ts at build time (scripts/build-time-modules.ts).
 * The first call makes only the word gate; the rest (some twenty regexes and
 * the word tables) is made when the first text passes the gate, which on most
 * pages never happens (issue 10: pay only where there is a mention).
 */
export function getDefaultMatcher(): Matcher {
  if (cached) return cached;
  const head = decodePrecompiled(precompiledGate()) as Pick<CompiledMatcher, 'gate' | 'hasWordCores'>;
  let compiled: CompiledMatcher | undefined;
  const find = (text: string) => {
    if (!compiled) {
      // findMentions tests the gate first too; here that test only decides whether to build the rest yet.
      if (!head.gate.test(text)) return [];
      compiled = { ...(decodePrecompiled(precompiledMatcher()) as CompiledMatcher), ...head };
    }
    return findMentions(compiled, text);
  };
  cached = head.hasWordCores ? { find, wordGate: head.gate } : { find };
  return cached;
}
