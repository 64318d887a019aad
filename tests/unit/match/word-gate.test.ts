import { describe, expect, it, vi } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile-matcher';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';

describe('Matcher.wordGate', () => {
  it('is offered when no core name holds whitespace, and finds names split by invisible characters', () => {
    const gate = getDefaultMatcher().wordGate!;
    expect(gate.test('xWit\u00ADkoffx')).toBe(true);
    expect(gate.test('Донецком')).toBe(true);
    expect(gate.test('Donets river')).toBe(false);
  });

  it('lets through every name split by any invisible character the matcher reads past, as the matcher finds it', () => {
    const matcher = getDefaultMatcher();
    const texts = ['Wit\u200Bkoff', 'Wi\u200Ct\u200Dkoff', 'Witkof\u2060f', 'U\u00ADsha\u00ADkov', 'Вол\u0301чанск', 'Д\u200BН\u200BР'];
    for (const text of texts) {
      expect(matcher.wordGate!.test(text), text).toBe(true);
      expect(matcher.find(text).length, text).toBe(1);
    }
    // After a Latin letter the acute is part of the letter (ḱ is not k): neither the gate nor the matcher takes it.
    expect(matcher.wordGate!.test('Witk\u0301off')).toBe(false);
    expect(matcher.find('Witk\u0301off')).toEqual([]);
  });

  it('tests a text without a name or an invisible character in one regex scan (nearly every text node of a page)', () => {
    const gate = getDefaultMatcher().wordGate!;
    const scans = vi.spyOn(RegExp.prototype, 'test');
    expect(gate.test('An ordinary line of a page, with WordPress in it.')).toBe(false);
    expect(scans).toHaveBeenCalledOnce();
  });

  it('takes names in any letter case but acronyms only as written, so a "WordPress" page stays quiet', () => {
    const gate = getDefaultMatcher().wordGate!;
    for (const text of ['WITKOFF', 'witkoff', 'ушакова', 'DPR', 'DNR', 'ДНР', 'the DPR’s', 'D\u00ADPR'])
      expect(gate.test(text), text).toBe(true);
    for (const text of ['WordPress', 'wordpress', 'dpr', 'Dpr', 'днр', 'dnrs']) expect(gate.test(text), text).toBe(false);
  });

  it('is withheld when a name has no whitespace-free core', () => {
    const matcher = compileMatcher({ witkoff: { names: [{ form: 'Steve Charles' }] } });
    expect(matcher.wordGate).toBeUndefined();
    expect(matcher.find('Steve Charles').length).toBe(1);
  });
});
