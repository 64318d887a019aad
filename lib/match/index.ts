// The public surface of the pure matcher; the page layer imports from here.
export { compileMatcher, type MatchingInput } from './compile-matcher';
export { getDefaultMatcher } from './default-matcher';
export { dropUnsupportedAcronyms } from './drop-unsupported-acronyms';
export type { Matcher, Mention } from './mention';
