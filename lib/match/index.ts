// The public surface of the pure matcher; the page layer imports from here.
export { compileMatcher, type MatchingInput } from './compile-matcher';
export { getDefaultMatcher } from './default-matcher';
export { applyPageRules } from './page-rules';
export type { Matcher, Mention, MentionKind } from './mention';
