import { matching } from '../summary/matching';
import { compileMatcher } from './compile-matcher';
import type { Matcher } from './mention';

let cached: Matcher | undefined;

/** The matcher for the bundled article's entities, compiled on first use and then shared. */
export function getDefaultMatcher(): Matcher {
  cached ??= compileMatcher(matching);
  return cached;
}
