import { describe, expect, it } from 'vitest';
import { findChecked, mentionAt, whole } from './find-checked';

// Spec table, row "donetsk" (acronyms: see acronyms.test.ts).
describe('donetsk', () => {
  it.each([
    'Donetsk',
    'DONETSK',
    'Donetsk Oblast',
    'Donetsk oblast',
    'Donetsk region',
    "Donetsk People's Republic",
    'Donetsk People’s Republic',
    'DONETSK PEOPLE’S REPUBLIC',
  ])('counts "%s" as one mention, the longest form', (form) => {
    const text = `control of the ${form}, officials said`;
    expect(findChecked(text)).toEqual([mentionAt(text, form, 'donetsk')]);
  });

  it.each([
    ['Donetsk regional council', 'Donetsk'],
    ['Donetsk People’s Front', 'Donetsk'],
    ['Donetsk Peoples Republic', 'Donetsk'],
    ['Donetsk, region of', 'Donetsk'],
    ['Donetsk’s mayor', 'Donetsk'],
  ])('stops at the name when the suffix is not a whole form: %s', (text, slice) => {
    expect(findChecked(text)).toEqual([mentionAt(text, slice, 'donetsk')]);
  });

  it.each(['Донецк', 'Донецка', 'Донецку', 'Донецком', 'Донецке', 'Донецьк', 'Донецька', 'Донецьку', 'Донецьком', 'ДОНЕЦК'])(
    'counts the Cyrillic form %s',
    (form) => {
      expect(findChecked(`в ${form}.`)).toEqual([mentionAt(`в ${form}.`, form, 'donetsk')]);
    },
  );

  it.each([
    'Донецкая Народная Республика',
    'Донецкой Народной Республики',
    'Донецкая область',
    'Донецька область',
    'Донецької області',
    'Донецька Народна Республіка',
  ])('counts "%s" as one mention', (form) => {
    expect(findChecked(form)).toEqual(whole(form, 'donetsk'));
  });

  it.each([
    'Sievierodonetsk',
    'Severodonetsk',
    'Северодонецк',
    'Сєвєродонецьк',
    'Siverskyi Donets',
    'the Donets river',
    'Donetskyi district',
    'Донецкий кряж',
    'Донецкая железная дорога',
    'Donetskaya',
  ])('does not count %s', (text) => {
    expect(findChecked(text)).toEqual([]);
  });

  it('counts Donetsk next to Sievierodonetsk', () => {
    const text = 'From Sievierodonetsk to Donetsk-based units';
    expect(findChecked(text)).toEqual([mentionAt(text, 'Donetsk', 'donetsk')]);
  });
});
