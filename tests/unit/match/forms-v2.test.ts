import { describe, expect, it } from 'vitest';
import type { EntityId } from '../../../lib/summary/schema';
import { findChecked, mentionAt } from './find-checked';

// Spec v2 "Names and their forms": the spellings and endings version 2 added, row by row.
function expectOne(text: string, slice: string, entity: EntityId): void {
  expect(findChecked(text)).toEqual([mentionAt(text, slice, entity)]);
}

describe('witkoff, version 2 forms', () => {
  it.each(['Witkoffs', 'Witkoffa', 'Witkoffowi', 'Witkoffem', 'Witkoffie', 'Whitkoff', 'Witkov', 'Уиткоф', 'Уиткофа'])(
    'counts %s',
    (form) => expectOne(`mit ${form} Plan`, form, 'witkoff'),
  );

  it.each(["Steve'a Witkoffa", 'Steve’a Witkoffa', 'Steve’em Witkoffem', 'Steve Witkoffs'])('counts "%s" as one mention', (form) =>
    expectOne(`z ${form} w Moskwie`, form, 'witkoff'),
  );

  it.each(['Уиткоффі', 'Віткоффі', 'Уіткоффі', 'Виткоффі'])('counts the Ukrainian locative %s', (form) =>
    expectOne(`при ${form} були`, form, 'witkoff'),
  );

  it.each(['Witkoffsky', 'Witkovsky', 'Whitkoffer', 'Уиткофы'])('does not count the longer word %s', (word) => {
    expect(findChecked(`${word} said`)).toEqual([]);
  });
});

describe('ushakov, version 2 forms', () => {
  it.each([
    'Uschakow',
    'Uschakows',
    'Uszakow',
    'Uszakowa',
    'Uszakowowi',
    'Uszakowem',
    'Ušakov',
    'Ušakova',
    'Ušakovem',
    'Ušakovu',
    'Ушакові',
  ])('counts %s', (form) => expectOne(`z ${form} rozmawiał`, form, 'ushakov'));

  it.each([
    'Juri Uschakow',
    'Jurij Uszakow',
    'Jurija Uszakowa',
    'Юрію Ушакову',
    'Юрієм Ушаковим',
    'Юрий Викторович Ушаков',
    'Юрій Вікторович Ушаков',
  ])('counts "%s" as one mention', (form) => expectOne(`— ${form} —`, form, 'ushakov'));

  it.each(['Ushakova', 'Ushakovsky', 'Uszakowski', 'Ушаковка', 'Ушаковский'])('does not count %s', (word) => {
    expect(findChecked(`${word} said`)).toEqual([]);
  });
});

describe('donetsk, version 2 forms', () => {
  it.each([
    'Donezk',
    'Donieck',
    'Doniecka',
    'Doniecku',
    'Donieckiem',
    'Donețk',
    'Doneţk',
    'Donyeck',
    'Donyeckben',
    'Doněck',
    'Doněcku',
    'Donetski',
    'Donetskis',
    'Донеччина',
    'Донеччини',
    'Донеччині',
    'Донеччину',
    'Донетчина',
    'Донетчины',
    'Донетчине',
  ])('counts %s', (form) => expectOne(`w ${form} i`, form, 'donetsk'));

  it.each([
    'Донецька ОВА',
    'Донецької ОВА',
    'Донецька ОДА',
    'Донецькій ОДА',
    'Донецкая ОГА',
    'Донецкой ВГА',
    'Донецкой ОВА',
    'донецька обласна військова адміністрація',
  ])('counts "%s" as one mention', (form) => expectOne(`за даними ${form}, ніч`, form, 'donetsk'));

  it.each(['Донецкая народная республика', 'донецька народна республіка', 'ДОНЕЦКОЙ НАРОДНОЙ РЕСПУБЛИКИ'])(
    'counts "%s" in any letter case',
    (form) => expectOne(`в ${form}.`, form, 'donetsk'),
  );

  it.each([
    'Donetskyi',
    'донецкий',
    'донецький',
    'Donbas',
    'Донбасс',
    'Донецкий угольный бассейн',
    'Donets',
    'Донец',
    'Донець',
    'Северскодонецк',
  ])('does not count %s', (text) => {
    expect(findChecked(`${text} x`)).toEqual([]);
  });
});

describe('volchansk, version 2 forms', () => {
  it.each([
    'Volčansk',
    'Vovčansku',
    'Volčansku',
    'Vovčanskem',
    'Vovtšansk',
    'Vovtšanski',
    'Wołczańsk',
    'Wołczańsku',
    'Wołczańskiem',
    'Wowczańsk',
    'Wowczańska',
    'Wowtschansk',
    'Woltschansk',
    'Вовчанську',
    'Волчанске',
  ])('counts %s', (form) => expectOne(`v ${form} je`, form, 'volchansk'));

  it.each(['Vovchanski Khutory', 'Volchanskyi', 'Вовчанські Хутори', 'Волчанские Хутора', 'the Vovcha river', 'реке Волчья'])(
    'does not count %s',
    (text) => {
      expect(findChecked(text)).toEqual([]);
    },
  );
});

describe('stress marks', () => {
  it.each([
    ['Волча́нск', 'volchansk'],
    ['Донецк\u0301', 'donetsk'],
    ['Уша́кова', 'ushakov'],
    ['Ви́ткофф', 'witkoff'],
  ] as const)('ignores U+0301 inside %s', (word, entity) => expectOne(`в ${word} вчера`, word, entity));

  it('keeps the accent of a Latin letter as part of it (decomposed ń)', () => {
    const word = 'Wołczan\u0301sk';
    expectOne(`w ${word} dziś`, word, 'volchansk');
  });

  it('does not let a stress mark join two words', () => {
    expect(findChecked('Волчанск\u0301а')).toEqual([mentionAt('Волчанск\u0301а', 'Волчанск\u0301а', 'volchansk')]);
    expect(findChecked('ВолчанскXYZ\u0301')).toEqual([]);
  });
});
