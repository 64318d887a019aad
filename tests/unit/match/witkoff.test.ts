import { describe, expect, it } from 'vitest';
import { findChecked, mentionAt, whole } from './find-checked';

// Spec table, row "witkoff".
describe('witkoff', () => {
  it.each(['Witkoff', 'WITKOFF', 'witkoff'])('counts the surname %s in any letter case', (form) => {
    expect(findChecked(form)).toEqual(whole(form, 'witkoff'));
  });

  it.each(['Steve Witkoff', 'Steven Witkoff', 'Stephen Witkoff', 'STEVE WITKOFF', 'Steven C. Witkoff'])(
    'counts "%s" as one mention with the given name',
    (form) => {
      const text = `Envoy ${form} arrived.`;
      expect(findChecked(text)).toEqual([mentionAt(text, form, 'witkoff')]);
    },
  );

  it.each(['Mr. Witkoff', 'Mr Witkoff'])('counts "%s" with the title', (form) => {
    const text = `“Yes,” said ${form}.`;
    expect(findChecked(text)).toEqual([mentionAt(text, form, 'witkoff')]);
  });

  it.each(["Witkoff's", 'Witkoff’s'])('counts the possessive %s, the name only', (form) => {
    const text = `${form} plan`;
    expect(findChecked(text)).toEqual([mentionAt(text, 'Witkoff', 'witkoff')]);
  });

  it('keeps the given name with a possessive', () => {
    const text = 'Steve Witkoff’s visit';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Steve Witkoff', 'witkoff')]);
  });

  const cyrillic = ['Уиткофф', 'Виткофф', 'Віткофф', 'Уіткофф'];
  it.each(cyrillic.flatMap((stem) => ['', 'а', 'у', 'ом', 'е'].map((ending) => stem + ending)))('counts the Cyrillic form %s', (form) => {
    expect(findChecked(`с ${form}.`)).toEqual([mentionAt(`с ${form}.`, form, 'witkoff')]);
  });

  it.each(['Стив Уиткофф', 'Стива Уиткоффа', 'Стів Віткофф', 'УИТКОФФ'])('counts "%s" as one mention', (form) => {
    expect(findChecked(form)).toEqual(whole(form, 'witkoff'));
  });

  it.each(['Zach Witkoff', 'Zachary Witkoff', 'Alex Witkoff', 'Andrew Witkoff', 'Mrs. Witkoff', 'zach witkoff', 'Алекс Уиткофф'])(
    'does not count another Witkoff: %s',
    (form) => {
      expect(findChecked(`${form} said`)).toEqual([]);
      expect(findChecked(`${form}’s company`)).toEqual([]);
    },
  );

  it('counts Steve but not his son in the same sentence', () => {
    const text = 'Steve Witkoff and his son Alex Witkoff';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Steve Witkoff', 'witkoff')]);
  });

  it('excludes only a given name directly before the surname', () => {
    const text = 'Met Zach. Witkoff said no.';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Witkoff', 'witkoff')]);
  });

  it.each(['Witkoffsky', 'Witkoffian', 'AWitkoff', 'Witkoff2', 'Уиткоффым', 'Wit koff', 'Witkof'])(
    'does not count %s (not the whole word)',
    (text) => {
      expect(findChecked(text)).toEqual([]);
    },
  );

  it('does not count a given name alone', () => {
    expect(findChecked('Steve Jobs and Mr. Smith')).toEqual([]);
  });
});
