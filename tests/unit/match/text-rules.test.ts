import { describe, expect, it } from 'vitest';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { findChecked, mentionAt } from './find-checked';

// Spec "Text that counts" and the whole-word / longest-form rules, across entities.
describe('spaces between the words of a name', () => {
  it.each([
    ['no-break space', '\u00A0'],
    ['thin space', '\u2009'],
    ['narrow no-break space', '\u202F'],
    ['line break', '\n'],
    ['tab', '\t'],
    ['several spaces', '   '],
    ['CRLF and indentation', '\r\n    '],
  ])('treats a %s as a space', (_, space) => {
    const names = [`Steve${space}Witkoff`, `Yury${space}Viktorovich${space}Ushakov`, `Donetsk${space}People’s${space}Republic`];
    const text = names.join(' and ');
    expect(findChecked(text)).toEqual([
      mentionAt(text, names[0]!, 'witkoff'),
      mentionAt(text, names[1]!, 'ushakov'),
      mentionAt(text, names[2]!, 'donetsk'),
    ]);
  });

  it('does not join words with no space between them', () => {
    expect(findChecked('SteveWitkoff')).toEqual([]);
    const text = 'DonetskOblast';
    expect(findChecked(text)).toEqual([]);
  });
});

describe('invisible characters', () => {
  it.each([
    ['soft hyphen', 'Wit\u00ADkoff', 'witkoff'],
    ['zero-width space', 'Don\u200Betsk', 'donetsk'],
    ['zero-width non-joiner', 'Usha\u200Ckov', 'ushakov'],
    ['zero-width joiner', 'Vol\u200Dchansk', 'volchansk'],
    ['word joiner', 'У\u2060иткоффа', 'witkoff'],
    ['several at once', 'D\u00ADo\u200Bn\u00ADe\u2060t\u200Cs\u200Dk', 'donetsk'],
  ] as const)('does not hide a name: %s', (_, word, entity) => {
    const text = `a ${word} b`;
    expect(findChecked(text)).toEqual([mentionAt(text, word, entity)]);
  });

  it('maps offsets back to the original text after earlier invisible characters', () => {
    const text = 'nor\u00ADmal\u200B text, then Steve\u00A0Wit\u00ADkoff\u2019s and Don\u200Betsk Ob\u00ADlast';
    expect(findChecked(text)).toEqual([
      mentionAt(text, 'Steve\u00A0Wit\u00ADkoff', 'witkoff'),
      mentionAt(text, 'Don\u200Betsk Ob\u00ADlast', 'donetsk'),
    ]);
  });

  it('leaves invisible characters around a mention outside it', () => {
    const text = '\u200B\u00ADWitkoff\u00AD\u200B';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Witkoff', 'witkoff')]);
  });

  it('keeps invisible characters between the words of a name inside the mention', () => {
    const text = 'Steve\u200B Witkoff';
    expect(findChecked(text)).toEqual([mentionAt(text, text, 'witkoff')]);
  });

  it('reads an acronym split by an invisible character', () => {
    const text = 'Donetsk, D\u00ADPR';
    expect(findChecked(text)).toEqual([
      mentionAt(text, 'Donetsk', 'donetsk'),
      mentionAt(text, 'D\u00ADPR', 'donetsk', { isAcronym: true }),
    ]);
  });

  it('treats invisible characters as inside a word, not as spaces', () => {
    expect(findChecked('Steve\u200BWitkoff')).toEqual([]);
  });
});

describe('whole words', () => {
  it.each(['(Witkoff)', '«Донецк»', '“Ushakov”', 'Donetsk-based', 'pro-Witkoff', 'Volchansk—', '#Donetsk', 'Witkoff_'])(
    'counts a name between punctuation: %s',
    (text) => {
      expect(findChecked(text)).toHaveLength(1);
    },
  );

  it.each(['éWitkoff', 'Witkoffé', 'Donetsk\u0301', '3Donetsk', 'ДонецкX', 'XДонецк'])(
    'needs Unicode word boundaries, not ASCII ones: %s',
    (text) => {
      expect(findChecked(text)).toEqual([]);
    },
  );

  it('counts offsets in UTF-16 code units, as the DOM does', () => {
    const text = '😀🇺🇦 Donetsk';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Donetsk', 'donetsk')]);
    expect(findChecked(text)[0]?.start).toBe(7);
  });
});

describe('several mentions in one text', () => {
  it('returns them sorted by start, never overlapping', () => {
    const text = 'Witkoff, Ushakov, Donetsk Oblast, Volchansk, DPR; then Mr. Witkoff and Yury Ushakov again.';
    expect(findChecked(text).map(({ entity, text: t }) => [entity, t])).toEqual([
      ['witkoff', 'Witkoff'],
      ['ushakov', 'Ushakov'],
      ['donetsk', 'Donetsk Oblast'],
      ['volchansk', 'Volchansk'],
      ['donetsk', 'DPR'],
      ['witkoff', 'Mr. Witkoff'],
      ['ushakov', 'Yury Ushakov'],
    ]);
  });

  it('returns nothing for text without names', () => {
    expect(findChecked('')).toEqual([]);
    expect(findChecked('Nothing to see here.')).toEqual([]);
  });

  it('finds the same mentions on every call (no state left in the regexes)', () => {
    const text = 'Witkoff met Ushakov';
    expect(findChecked(text)).toEqual(findChecked(text));
    findChecked('Donetsk Donetsk Donetsk');
    expect(findChecked(text)).toHaveLength(2);
  });
});

describe('cost on hostile text', () => {
  it('stays linear on long runs of spaces, prefixes and near-misses', () => {
    const texts = [
      `Steve${' '.repeat(50_000)}x`,
      `${'Steve '.repeat(20_000)}Witkoff`,
      `${'Zach '.repeat(20_000)}Witkoff`,
      'Witkoff '.repeat(20_000),
      `Donetsk${' People’s'.repeat(20_000)}`,
      `${'Wit\u00AD'.repeat(30_000)}koff`,
      `${'Ф. '.repeat(20_000)}Ушаков`,
      `${'Федорович '.repeat(20_000)}Ушаков`,
      `${'Ушаков'.repeat(20_000)}`,
      'Donetsk\u00A0'.repeat(20_000),
    ];
    const matcher = getDefaultMatcher();
    const started = performance.now();
    const counts = texts.map((text) => matcher.find(text).filter((find) => find.kind !== 'other').length);
    // Generous: a backtracking blow-up takes minutes, linear work here takes tens of milliseconds.
    expect(performance.now() - started).toBeLessThan(2_000);
    // The soft-hyphen run reads as one long word "WitWit…koff", so it holds no mention.
    expect(counts).toEqual([0, 1, 0, 20_000, 1, 0, 0, 0, 0, 20_000]);
  });
});
