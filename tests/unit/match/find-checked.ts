import { expect } from 'vitest';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import type { Matcher, Mention, MentionKind } from '../../../lib/match/mention';
import { applyPageRules } from '../../../lib/match/page-rules';
import type { EntityKey } from '../../../lib/entity-key';

/** A find as the rule tests state it: where, what, and whether it is an acronym. */
export interface Found {
  entity: EntityKey;
  start: number;
  end: number;
  text: string;
  isAcronym: boolean;
}

/**
 * The mentions of one run of text by a matcher (the bundled one by default),
 * sightings of other bearers left out, after checking the invariants every
 * result must keep. `findKinds` keeps the kinds for the page-rule tests.
 */
export function findChecked(text: string, matcher: Matcher = getDefaultMatcher()): Found[] {
  return findKinds(text, matcher)
    .filter((mention) => mention.kind !== 'other')
    .map(({ entity, start, end, text: slice, kind }) => ({ entity, start, end, text: slice, isAcronym: kind === 'acronym' }));
}

/** Every find of one run, sightings of other bearers included, with its kind. */
export function findKinds(text: string, matcher: Matcher = getDefaultMatcher()): Mention[] {
  const mentions = matcher.find(text);
  let previousEnd = 0;
  for (const mention of mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    previousEnd = mention.end;
  }
  return mentions;
}

/** What a reader counts on a page of blocks: each block matched alone, then the page-level rules over all of them. */
export function pageMentions(
  blocks: readonly string[],
  matcher: Matcher = getDefaultMatcher(),
): { entity: EntityKey; text: string; kind: MentionKind }[] {
  const finds = blocks.flatMap((block) => findKinds(block, matcher));
  return applyPageRules(finds).map(({ entity, text, kind }) => ({ entity, text, kind }));
}

/** The expected mention of `slice`, at its `occurrence`-th place in `text` (offsets computed, so a test states only the words). */
export function mentionAt(
  text: string,
  slice: string,
  entity: EntityKey,
  { occurrence = 0, isAcronym = false }: { occurrence?: number; isAcronym?: boolean } = {},
): Found {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(slice, start + 1);
  if (start < 0) throw new Error(`"${slice}" does not occur ${occurrence + 1}× in "${text}"`);
  return { entity, start, end: start + slice.length, text: slice, isAcronym };
}

/** Shorthand: the text is exactly one mention of `entity`, from its first to its last character. */
export function whole(text: string, entity: EntityKey): Found[] {
  return [{ entity, start: 0, end: text.length, text, isAcronym: false }];
}
