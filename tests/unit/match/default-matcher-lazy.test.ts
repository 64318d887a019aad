import { describe, expect, it, vi } from 'vitest';

// Issue 10: a page whose text never passes the word gate must not build the rest of the matcher.
const built = vi.hoisted(() => ({ rest: 0 }));
vi.mock('virtual:fact-notes-precompiled-matcher', async (importOriginal) => {
  const real = await importOriginal<typeof import('virtual:fact-notes-precompiled-matcher')>();
  return {
    ...real,
    precompiledMatcher: () => {
      built.rest++;
      return real.precompiledMatcher();
    },
  };
});

const { getDefaultMatcher } = await import('../../../lib/match/default-matcher');

describe('the default matcher, made lazily', () => {
  it('makes only the word gate until some text passes it, then the rest once', () => {
    const matcher = getDefaultMatcher();
    expect(matcher.wordGate?.test('Steve Witkoff')).toBe(true);
    expect(matcher.find('The weather was mild and nothing else happened that day.')).toEqual([]);
    expect(built.rest).toBe(0);
    expect(matcher.find('Steve Witkoff met Yury Ushakov in Moscow.').map((m) => m.entity)).toEqual(['witkoff', 'ushakov']);
    expect(matcher.find('Donetsk and Volchansk').map((m) => m.entity)).toEqual(['donetsk', 'volchansk']);
    expect(built.rest).toBe(1);
    expect(getDefaultMatcher()).toBe(matcher);
  });
});
