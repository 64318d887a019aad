import { describe, expect, it } from 'vitest';
import { findChecked, mentionAt, whole } from './find-checked';

// Spec table, row "ushakov".
describe('ushakov', () => {
  it.each(['Ushakov', 'USHAKOV', 'Yury Ushakov', 'Yuri Ushakov', 'Yuriy Ushakov', 'Yury Viktorovich Ushakov'])(
    'counts "%s" as one mention',
    (form) => {
      const text = `Kremlin aide ${form} said`;
      expect(findChecked(text)).toEqual([mentionAt(text, form, 'ushakov')]);
    },
  );

  it.each(["Ushakov's", 'Ushakov’s', "Yury Ushakov's"])('counts the possessive %s without the ’s', (form) => {
    const name = form.slice(0, -2);
    expect(findChecked(`${form} words`)).toEqual([mentionAt(`${form} words`, name, 'ushakov')]);
  });

  it.each(['Ушаков', 'Ушакова', 'Ушакову', 'Ушаковым', 'Ушакове', 'Ушаковим', 'УШАКОВ'])('counts the Cyrillic form %s', (form) => {
    const text = `помощник ${form}.`;
    expect(findChecked(text)).toEqual([mentionAt(text, form, 'ushakov')]);
  });

  it.each(['Юрий Ушаков', 'Юрій Ушаков', 'Юрій Ушаковим', 'Юрия Ушакова', 'Юрий Викторович Ушаков'])(
    'counts "%s" as one mention',
    (form) => {
      expect(findChecked(form)).toEqual(whole(form, 'ushakov'));
    },
  );

  it.each([
    'Fyodor Ushakov',
    'Feodor Ushakov',
    'Admiral Ushakov',
    'Sergey Ushakov',
    'Sergei Ushakov',
    'Admiral Fyodor Ushakov',
    'Фёдор Ушаков',
    'адмирала Ушакова',
    'Order of Ushakov',
  ])('does not count another Ushakov: %s', (form) => {
    expect(findChecked(`the ${form} memorial`)).toEqual([]);
  });

  it('counts the aide next to the admiral', () => {
    const text = 'Yury Ushakov, not Admiral Ushakov';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Yury Ushakov', 'ushakov')]);
  });

  it.each(['Ushakova', 'Ushakovs', 'Ушаковский', 'Ушаковой'])('does not count %s (not the whole word)', (text) => {
    expect(findChecked(text)).toEqual([]);
  });
});
