import { precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { GAP_MARK, INVISIBLE_GAP, matcherFrom, type CompiledMatcher } from './compile-matcher';
import type { Matcher } from './mention';
import { decodeValue } from './serialized-value';

let cached: Matcher | undefined;

/**
 * The matcher for the bundled article's entities. Its regex sources were built
 * from lib/summary/matching.ts at build time (scripts/build-time-modules.ts);
 * the first call only rebuilds the RegExp objects, then it is shared.
 */
export function getDefaultMatcher(): Matcher {
  cached ??= matcherFrom(decodeValue(precompiledMatcher(), (source) => source.replaceAll(GAP_MARK, INVISIBLE_GAP)) as CompiledMatcher);
  return cached;
}
