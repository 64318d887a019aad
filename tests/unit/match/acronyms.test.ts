import { describe, expect, it } from 'vitest';
import { applyPageRules } from '../../../lib/match/page-rules';
import { findChecked, findKinds, mentionAt } from './find-checked';

// Spec: "the acronyms DPR and DNR in capitals — but only on a page that also names Donetsk in full".
describe('acronyms', () => {
  it.each(['DPR', 'DNR', 'ДНР'])('finds %s in capitals, marked as an acronym', (acronym) => {
    const text = `militias of the ${acronym}’s army`;
    expect(findChecked(text)).toEqual([mentionAt(text, acronym, 'donetsk', { isAcronym: true })]);
  });

  it.each(['dpr', 'Dpr', 'dPR', 'dnr', 'Dnr', 'днр', 'Днр'])('ignores %s, not in capitals', (acronym) => {
    expect(findChecked(`value ${acronym} here`)).toEqual([]);
  });

  it.each(['DPRK', 'HiDPR', 'DNRs', 'ДНРовцы', 'DPR2'])('needs the whole word: %s', (word) => {
    expect(findChecked(word)).toEqual([]);
  });

  it('finds the full name and its acronym side by side', () => {
    const text = 'the Donetsk People’s Republic (DPR)';
    expect(findChecked(text)).toEqual([
      mentionAt(text, 'Donetsk People’s Republic', 'donetsk'),
      mentionAt(text, 'DPR', 'donetsk', { isAcronym: true }),
    ]);
  });
});

describe('applyPageRules: acronyms', () => {
  it('keeps acronyms on a page that names Donetsk in another text run', () => {
    const page = [...findKinds('Fighting near Donetsk.'), ...findKinds('DPR forces and the DNR')];
    expect(applyPageRules(page)).toEqual(page);
  });

  it('drops DPR as device pixel ratio on a page that never names Donetsk', () => {
    const page = [...findKinds('window.devicePixelRatio, or DPR, is 2'), ...findKinds('Steve Witkoff')];
    expect(page.map((m) => m.text)).toEqual(['DPR', 'Steve Witkoff']);
    expect(applyPageRules(page).map((m) => m.text)).toEqual(['Steve Witkoff']);
  });

  it('does not let acronyms support each other', () => {
    const page = findKinds('DNR (do not resuscitate) orders; DPR; ДНР');
    expect(page).toHaveLength(3);
    expect(applyPageRules(page)).toEqual([]);
  });

  it('keeps order and extra fields of page-level mentions', () => {
    const page = [
      { entity: 'donetsk', kind: 'acronym', node: 1 },
      { entity: 'witkoff', kind: 'surname', node: 2 },
      { entity: 'donetsk', kind: 'name', node: 3 },
    ] as const;
    expect(applyPageRules(page)).toEqual(page);
    expect(applyPageRules(page.slice(0, 2))).toEqual([page[1]]);
  });
});
