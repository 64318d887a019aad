import { describe, expect, it } from 'vitest';
import { findChecked, mentionAt, whole } from './find-checked';

// Spec table, row "volchansk".
describe('volchansk', () => {
  it.each(['Volchansk', 'Vovchansk', 'Vovčansk', 'Wowtschansk', 'Woltschansk', 'Wołczańsk', 'VOLCHANSK', 'WOŁCZAŃSK'])(
    'counts %s',
    (form) => {
      const text = `near ${form}, where`;
      expect(findChecked(text)).toEqual([mentionAt(text, form, 'volchansk')]);
    },
  );

  it.each(['Волчанск', 'Волчанска', 'Волчанску', 'Волчанском', 'Волчанске', 'Вовчанськ', 'Вовчанська', 'Вовчанську', 'Вовчанськом'])(
    'counts the Cyrillic form %s',
    (form) => {
      expect(findChecked(form)).toEqual(whole(form, 'volchansk'));
    },
  );

  it('counts accented letters written decomposed (c + combining caron)', () => {
    const text = 'Vovc\u030Cansk and Woł\u0063za\u006E\u0301sk';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Vovc\u030Cansk', 'volchansk'), mentionAt(text, 'Wołczan\u0301sk', 'volchansk')]);
  });

  it.each(['Vovchanski', 'Volchanskyi', 'Volchanskaya', 'Волчанский', 'Вовчанський', 'Volchan'])(
    'does not count %s (a longer or shorter word)',
    (text) => {
      expect(findChecked(`${text} district`)).toEqual([]);
    },
  );
});
