import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile-matcher';
import { findChecked, findKinds, mentionAt, pageMentions } from './find-checked';

// Spec v2 "Other bearers of the surname": another person's name, a named thing, page context.
describe('another person’s name', () => {
  it.each([
    'Fyodor Ushakov',
    'Fyodor Fyodorovich Ushakov',
    'F. F. Ushakov',
    'F.F. Ushakov',
    'F.F.Ushakov',
    'Professor Dmitry N. Ushakov',
    'D.N. Ushakov',
    'Prof. Ushakov',
    'Dmitry Nikolayevich Ushakov',
    'Федор Федорович Ушаков',
    'Фёдора Фёдоровича Ушакова',
    'адмиралу Ф.Ф. Ушакову',
    'проф. Ушаков',
    'профессора Д. Н. Ушакова',
    'А. Ф. Ушаков',
    'иконописца С. Ушакова',
    'иконописца Симона Ушакова',
    'Дмитрия Николаевича Ушакова',
    'Федір Ушаков',
    'професора Ушакова',
    'Zach Witkoff',
    'Alex Witkoff',
    'Зака Уиткоффа',
    'Admirał Uszakow',
    'Admiral Uschakow',
  ])('is not the entity: %s', (name) => {
    const text = `${name} was there`;
    expect(findChecked(text)).toEqual([]);
    const finds = findKinds(text);
    expect(finds.map((find) => find.kind)).toEqual(['other']);
  });

  it.each([
    ['Y. Ushakov', 'ushakov'],
    ['Yu. Ushakov', 'ushakov'],
    ['Y.V. Ushakov', 'ushakov'],
    ['Ю. Ушаков', 'ushakov'],
    ['Ю. В. Ушаков', 'ushakov'],
    ['Ю.В.Ушаков', 'ushakov'],
    ['S. Witkoff', 'witkoff'],
    ['С. Уиткофф', 'witkoff'],
  ] as const)('counts the entity’s own initials, as part of the mention: %s', (name, entity) => {
    const text = `said ${name} today`;
    expect(findChecked(text)).toEqual([mentionAt(text, name, entity)]);
    expect(findKinds(text)[0]!.kind).toBe('name');
  });

  it('treats only capitals with a dot as initials', () => {
    for (const text of ['в. Ушаков сказал', 'and so. Ushakov said', 'г. Ушаков']) {
      expect(findKinds(text).map((find) => find.kind)).toEqual(['surname']);
    }
  });

  it.each([
    'Ушаков (Фёдор Фёдорович, 1745–1817)',
    'Ушаков Симон Федорович',
    'на честь Ушакова Федора Федоровича',
    'Ushakov, Dmitry',
    'Ушаков Александр Митрофанович',
  ])('reads surname-first names as reference works write them: %s', (text) => {
    const expected = text.startsWith('Ushakov,') ? 'surname' : 'other';
    expect(findKinds(text)[0]!.kind).toBe(expected);
  });

  it.each([
    ['Ушаков Д. Н. Толковый словарь', 'other'],
    ['Ушаков Д.Н. (1873–1942)', 'other'],
    ['Ушаков Ф. Ф.', 'other'],
    ['Ушаков Ю. В. и Лавров С. В.', 'name'],
    ['Ushakov Yu. V., aide', 'name'],
  ] as const)('reads initials after the surname: %s', (text, kind) => {
    expect(findKinds(text)[0]!.kind).toBe(kind);
  });

  it('takes the surname before the entity’s own given name as naming it in full', () => {
    expect(findKinds('Ушаков Юрий Викторович, помощник президента').map((find) => [find.text, find.kind])).toEqual([['Ушаков', 'name']]);
  });

  it('looks only at the words right before the surname', () => {
    const text = 'Admiral Fyodor came. Then Ushakov, the Kremlin aide, spoke';
    expect(findKinds(text).map((find) => [find.text, find.kind])).toEqual([['Ushakov', 'surname']]);
  });

  it('lets the entity’s given name win over a listed word before it', () => {
    const text = 'Admiral Yury Ushakov';
    expect(findKinds(text).map((find) => [find.text, find.kind])).toEqual([['Yury Ushakov', 'name']]);
  });
});

describe('a named thing', () => {
  it.each([
    'Ushakov Street',
    'Ushakov Square',
    'ул. Ушакова',
    'ул.Ушакова',
    'улица Ушакова',
    'на улице Ушакова',
    'площадь Ушакова',
    'проспект Ушакова',
    'вулиця Ушакова',
    'на вулиці Ушакова',
    'Order of Ushakov',
    'орден Ушакова',
    'орденом Ушакова',
    'медаль Ушакова',
    'Admiral Ushakov',
    '«Адмирал Ушаков»',
    'крейсер «Адмирал Ушаков»',
    'Ushakov’s dictionary',
    "Ushakov's Dictionary",
    'словарь Ушакова',
    'толковый словарь Ушакова',
    'в словаре Ушакова',
    'им. Ушакова',
    'имени Ушакова',
    'Uschakow-Straße',
    'Shakhtar Donetsk',
    'FC Shakhtar Donetsk',
    'Шахтёр Донецк',
    'Шахтар Донецьк',
    'Szachtar Donieck',
    'Olimpik Donetsk',
    'Metalurh Donetsk',
    '«Шахтёр» Донецк',
    'ФК «Шахтар» Донецьк',
    'Șahtior Donețk',
    'на донецком направлении',
    'Донецька залізниця',
    'ул ушакова',
    'ДОНЕЦКОМ УГОЛЬНОМ БАССЕЙНЕ',
    'в Донецком угольном бассейне',
  ])('is not the entity: %s', (name) => {
    expect(findChecked(`${name} is old`)).toEqual([]);
    expect(findKinds(`${name} is old`).map((find) => find.kind)).toEqual(['other']);
  });

  it('counts the city next to the club', () => {
    const text = 'Shakhtar Donetsk have not played in Donetsk since 2014';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Donetsk', 'donetsk', { occurrence: 1 })]);
  });
});

describe('page context', () => {
  it('drops bare surnames on a page about another bearer', () => {
    const page = ['Admiral Fyodor Ushakov never lost a battle.', 'Ushakov won at Kaliakra in 1791.'];
    expect(pageMentions(page)).toEqual([]);
  });

  it('drops them in Russian and Ukrainian too', () => {
    expect(pageMentions(['Словарь Ушакова переиздали.', 'Ушаков работал над ним десять лет.'])).toEqual([]);
    expect(pageMentions(['Вулиця Ушакова у Херсоні.', 'Ушаков тут не жив.'])).toEqual([]);
  });

  it('keeps bare surnames when the page names the entity in full', () => {
    const page = ['Yury Ushakov, the Kremlin aide, spoke.', 'Not to be confused with Admiral Ushakov.', 'Ushakov said talks went well.'];
    expect(pageMentions(page)).toEqual([
      { entity: 'ushakov', text: 'Yury Ushakov', kind: 'name' },
      { entity: 'ushakov', text: 'Ushakov', kind: 'surname' },
    ]);
  });

  it.each([
    'Kremlin aide Ushakov',
    'presidential aide Ushakov',
    'помощник президента Ушаков',
    'помощник президента России Ушаков',
    'помічник президента Ушаков',
  ])('takes "%s" (the entity’s own title) as naming it in full', (named) => {
    const page = ['The Order of Ushakov was awarded.', `${named} commented.`, 'Ushakov added more.'];
    expect(pageMentions(page).map((mention) => mention.kind)).toEqual(['name', 'surname']);
  });

  it.each(['envoy Witkoff', 'special envoy Witkoff', 'спецпосланник Уиткофф', 'спецпосланець Віткофф'])(
    'takes "%s" as naming Witkoff in full',
    (named) => {
      const page = ['Zach Witkoff runs the company.', `${named} flew to Moscow.`, 'Witkoff met Putin.'];
      expect(pageMentions(page).map((mention) => mention.kind)).toEqual(['name', 'surname']);
    },
  );

  it('keeps bare surnames on a page that names no other bearer', () => {
    expect(pageMentions(['Ushakov said.', 'Witkoff left.'])).toEqual([
      { entity: 'ushakov', text: 'Ushakov', kind: 'surname' },
      { entity: 'witkoff', text: 'Witkoff', kind: 'surname' },
    ]);
  });

  it('applies to each entity on its own', () => {
    const page = ['Alex Witkoff spoke.', 'Witkoff and Ushakov met.'];
    expect(pageMentions(page).map((mention) => mention.text)).toEqual(['Ushakov']);
  });

  it('never applies to places', () => {
    const page = ['Shakhtar Donetsk won.', 'Donetsk was shelled.'];
    expect(pageMentions(page).map((mention) => mention.text)).toEqual(['Donetsk']);
  });
});

describe('the rules, driven by data', () => {
  const fake = compileMatcher({
    witkoff: {
      names: [{ form: 'Smith' }],
      prefixes: [{ form: 'Jane' }],
      excludedPrefixes: ['John', 'Agent'],
      excludedSuffixes: ['Road'],
      isSurname: true,
      ownInitials: ['J.'],
      ownTitles: ['senator'],
      patronymicEndings: ['sson'],
    },
  });
  const kinds = (text: string) => findKinds(text, fake).map((find) => [find.text, find.kind]);

  it('follows the made-up lists', () => {
    expect(kinds('John Smith, Agent Smith, Smith Road')).toEqual([
      ['Smith', 'other'],
      ['Smith', 'other'],
      ['Smith', 'other'],
    ]);
    expect(kinds('J. Smith, K. Smith, Ericsson Smith, senator Smith, Jane Smith, Smith')).toEqual([
      ['J. Smith', 'name'],
      ['Smith', 'other'],
      ['Smith', 'other'],
      ['Smith', 'name'],
      ['Jane Smith', 'name'],
      ['Smith', 'surname'],
    ]);
  });

  it('has no surname rules unless the data says so', () => {
    const place = compileMatcher({ donetsk: { names: [{ form: 'Smith' }] } });
    expect(findKinds('K. Smith, Ericsson Smith', place).map((find) => find.kind)).toEqual(['name', 'name']);
  });
});
