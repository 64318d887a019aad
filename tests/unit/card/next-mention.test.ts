import { describe, expect, it } from 'vitest';
import { nextMention } from '../../../lib/card/next-mention';

const [a, b, c] = [{ n: 'a' }, { n: 'b' }, { n: 'c' }];

describe('nextMention', () => {
  it('starts at the first item', () => {
    expect(nextMention([a, b, c], undefined)).toBe(a);
  });

  it('goes to the item after the last one visited, wrapping around', () => {
    expect(nextMention([a, b, c], { item: a, position: 0 })).toBe(b);
    expect(nextMention([a, b, c], { item: c, position: 2 })).toBe(a);
  });

  it('resumes where a replaced item stood', () => {
    const replaced = { n: 'b-old' };
    expect(nextMention([a, b, c], { item: replaced, position: 1 })).toBe(b);
    expect(nextMention([a, b], { item: replaced, position: 5 })).toBe(a);
  });

  it('has nothing to offer in an empty list', () => {
    expect(nextMention([], { item: a, position: 0 })).toBeUndefined();
  });
});
