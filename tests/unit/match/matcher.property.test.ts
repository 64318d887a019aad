import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { applyPageRules } from '../../../lib/match/page-rules';
import { randomText } from './random-text';
import { referenceMentions } from './reference-mentions';

// Fixed seed: the same texts on every run; on a failure fast-check prints the seed, the path and the shrunk text.
const RUNS = { seed: 20261203, numRuns: 600 };

const matcher = getDefaultMatcher();
const counted = (text: string) => applyPageRules(matcher.find(text)).map(({ entity, start, end }) => ({ entity, start, end }));

describe('the matcher against the reference (random text)', () => {
  it('finds exactly the mentions the reference finds, at the same offsets, after the page rules', () => {
    fc.assert(
      fc.property(randomText, (text) => {
        expect(counted(text)).toEqual(referenceMentions(text));
      }),
      RUNS,
    );
  });

  it('generates texts where the reference finds names, other bearers and nothing alike', () => {
    // Guards the generator: a property over texts without names would pass for any matcher.
    const texts = fc.sample(randomText, { seed: RUNS.seed, numRuns: 300 });
    const counts = texts.map((text) => referenceMentions(text).length);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(20);
    expect(counts.filter((n) => n >= 2).length).toBeGreaterThan(100);
    const entities = new Set(texts.flatMap((text) => referenceMentions(text).map((m) => m.entity)));
    expect([...entities].sort()).toEqual(['donetsk', 'ushakov', 'volchansk', 'witkoff']);
    expect(texts.some((text) => /\u00AD|[\u200B-\u200D]|\u2060|\u0301/.test(text))).toBe(true);
    expect(texts.some((text) => /Fyodor|Федор|Admiral|Адмирал|Zach|Alex/i.test(text))).toBe(true);
  });
});
