import { describe, expect, it } from 'vitest';
import { compileRegexes } from '../../../lib/match/compile-matcher';

const occurrences = (source: string, part: string) => source.split(part).length - 1;

describe('compileRegexes: the gate', () => {
  it('lets through text with a name, in any case, and no other text', () => {
    const { gate } = compileRegexes({ witkoff: { names: [{ form: 'Witkoff' }] } });
    expect(gate.test('WITKOFF said')).toBe(true);
    expect(gate.test('nothing here')).toBe(false);
  });

  it('holds only the shortest cores: a name holding another, or the same in other case, adds nothing', () => {
    const { gate } = compileRegexes({ donetsk: { names: [{ form: 'Donetsk' }, { form: 'Donetsk Oblast' }, { form: 'DONETSK' }] } });
    expect(occurrences(gate.source.toLowerCase(), 'onetsk')).toBe(1);
    expect(gate.source).not.toContain('Oblast');
  });

  it('takes acronyms as written, the shortest only', () => {
    const { gate, acronyms } = compileRegexes({ donetsk: { names: [{ form: 'Donetsk' }], acronyms: ['DPR', 'DPRK'] } });
    expect([...acronyms]).toEqual(['DPR', 'DPRK']);
    expect(gate.source).not.toContain('DPRK');
    expect(gate.test('the DPRK')).toBe(true);
    expect(gate.test('WordPress')).toBe(false);
  });
});

describe('compileRegexes: entities and word cores', () => {
  it('leaves out an entity given no matching data', () => {
    const compiled = compileRegexes({ witkoff: undefined, donetsk: { names: [{ form: 'Donetsk' }] } });
    expect(compiled.branches.map((branch) => branch.entity)).toEqual(['donetsk']);
  });

  it('has word cores only when no core has a space', () => {
    expect(compileRegexes({ witkoff: { names: [{ form: 'Witkoff' }] } }).hasWordCores).toBe(true);
    expect(compileRegexes({ witkoff: { names: [{ form: 'Steve Charles' }, { form: 'Witkoff' }] } }).hasWordCores).toBe(false);
  });
});
