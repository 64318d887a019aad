import { expect } from 'vitest';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import type { Matcher, Mention } from '../../../lib/match/mention';
import type { EntityId } from '../../../lib/summary/schema';

/** Runs a matcher (the bundled one by default) and checks the invariants every result must keep. */
export function findChecked(text: string, matcher: Matcher = getDefaultMatcher()): Mention[] {
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

/** The expected mention of `slice`, at its `occurrence`-th place in `text` (offsets computed, so a test states only the words). */
export function mentionAt(
  text: string,
  slice: string,
  entity: EntityId,
  { occurrence = 0, isAcronym = false }: { occurrence?: number; isAcronym?: boolean } = {},
): Mention {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(slice, start + 1);
  if (start < 0) throw new Error(`"${slice}" does not occur ${occurrence + 1}× in "${text}"`);
  return { entity, start, end: start + slice.length, text: slice, isAcronym };
}

/** Shorthand: the text is exactly one mention of `entity`, from its first to its last character. */
export function whole(text: string, entity: EntityId): Mention[] {
  return [{ entity, start: 0, end: text.length, text, isAcronym: false }];
}
