import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile-matcher';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { matching } from '../../../lib/summary/matching';
import { Matching } from '../../../lib/summary/schema';
import { findChecked, mentionAt } from './find-checked';

describe('the bundled matching data', () => {
  it.each(Object.entries(matching))('is valid for the summary schema: %s', (_, data) => {
    expect(() => Matching.parse(data)).not.toThrow();
  });

  it('is what the default matcher uses, compiled once', () => {
    expect(getDefaultMatcher()).toBe(getDefaultMatcher());
    const text = 'Steve Witkoff';
    expect(compileMatcher(matching).find(text)).toEqual(getDefaultMatcher().find(text));
  });
});

describe('a matcher driven only by data', () => {
  // A made-up person under a real id: nothing in lib/match knows any name.
  const fake = compileMatcher({
    witkoff: {
      names: [{ form: 'Smith' }, { form: 'Смит', endings: ['а', 'ом'] }],
      prefixes: [{ form: 'Jane' }, { form: 'Dr. Jane' }],
      suffixes: [{ form: "& Sons' Ltd" }],
      excludedPrefixes: ['John', 'Will'],
      acronyms: ['JS'],
    },
    volchansk: { names: [{ form: 'Springfield' }] },
  });

  it('finds the made-up forms, prefixes and suffixes', () => {
    const text = 'Dr. Jane Smith of Smith & Sons’ Ltd, with Смитом in Springfield (JS)';
    expect(findChecked(text, fake)).toEqual([
      mentionAt(text, 'Dr. Jane Smith', 'witkoff'),
      mentionAt(text, 'Smith & Sons’ Ltd', 'witkoff'),
      mentionAt(text, 'Смитом', 'witkoff'),
      mentionAt(text, 'Springfield', 'volchansk'),
      mentionAt(text, 'JS', 'witkoff', { isAcronym: true }),
    ]);
  });

  it('applies the made-up exclusions and acronym case rule', () => {
    expect(findChecked('John Smith and Will Smith; js', fake)).toEqual([]);
  });

  it('knows nothing of the bundled names', () => {
    expect(findChecked('Steve Witkoff in Donetsk, DPR', fake)).toEqual([]);
  });

  it('leaves the default matcher alone', () => {
    expect(findChecked('Jane Smith')).toEqual([]);
    expect(findChecked('Witkoff').map((m) => m.entity)).toEqual(['witkoff']);
  });

  it('treats regex syntax in forms as plain text', () => {
    const odd = compileMatcher({ donetsk: { names: [{ form: 'C++ (x)' }, { form: 'a.b' }] } });
    const text = 'C++ (x) and a.b, not axb';
    expect(findChecked(text, odd)).toEqual([mentionAt(text, 'C++ (x)', 'donetsk'), mentionAt(text, 'a.b', 'donetsk')]);
  });
});
