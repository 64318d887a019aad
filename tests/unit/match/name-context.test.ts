import { describe, expect, it } from 'vitest';
import {
  compactInitials,
  hasPhrase,
  initialsAfterPattern,
  isPatronymic,
  wordKey,
  wordsAfter,
  wordsBefore,
} from '../../../lib/match/name-context';

describe('wordKey', () => {
  it('composes decomposed letters, so "Фе\\u0308дор" is looked up as "фёдор"', () => {
    expect(wordKey('Фе\u0308дор')).toBe('фёдор');
    // U+0300, the first combining mark, composes too.
    expect(wordKey('E\u0300mile')).toBe('èmile');
    expect(wordKey('Фёдор')).toBe('фёдор');
  });

  it('takes a curly apostrophe as a straight one', () => {
    expect(wordKey('O\u2019Brien')).toBe("o'brien");
  });

  it('trims a phrase and keeps one space between its words', () => {
    expect(wordKey('  Адмирал \u00a0 флота ')).toBe('адмирал флота');
    expect(wordKey(' \n ')).toBe('');
  });
});

describe('compactInitials', () => {
  it('takes the spaces out of initials', () => {
    expect(compactInitials('Ю. В.')).toBe('Ю.В.');
  });
});

describe('initialsAfterPattern', () => {
  it('takes up to three initials right after a name, across any whitespace', () => {
    expect(initialsAfterPattern().exec('  Ю. В. said')?.[1]).toBe('Ю. В. ');
    expect(initialsAfterPattern().exec(' Ю.В.А.Б.')?.[1]).toBe('Ю.В.А.');
    expect(initialsAfterPattern().exec(' Th. said')?.[1]).toBe('Th. ');
  });

  it('takes none that do not follow the name at once', () => {
    expect(initialsAfterPattern().exec(', and Ю. В.')).toBeNull();
    expect(initialsAfterPattern().exec('Ю. В.')).toBeNull();
  });
});

describe('wordsAfter', () => {
  const after = (text: string, count: number) => wordsAfter(text, text.indexOf(' '), count);

  it('gives the words after a name, first first, across whitespace, as keys', () => {
    expect(after('Ушаков  Фе\u0308дор Фёдорович сказал', 2)).toEqual(['фёдор', 'фёдорович']);
  });

  it('takes a word out of quotes or brackets, and stops at the word punctuation ends', () => {
    expect(after('Ушаков (Фёдор) был', 2)).toEqual(['фёдор', 'был']);
    expect(after('Ушаков Фёдор, адмирал', 3)).toEqual(['фёдор']);
    expect(after('Ушаков Фёдор!? адмирал', 3)).toEqual(['фёдор']);
  });

  it('gives none for punctuation alone, or with no whitespace after the name', () => {
    expect(after('Ушаков , Фёдор', 2)).toEqual([]);
    expect(wordsAfter('Ушаков-Фёдор', 6, 2)).toEqual([]);
  });
});

describe('wordsBefore', () => {
  const before = (text: string, count: number) => wordsBefore(text, text.lastIndexOf(' ') + 1, count);

  it('gives the words before a name, last first, as keys', () => {
    expect(before('сказал адмирал «Фёдор» Ушаков', 2)).toEqual(['фёдор', 'адмирал']);
  });

  it('takes a word out of several quotes and brackets, and none that is nothing else', () => {
    expect(before('«(Фёдор)» Ушаков', 1)).toEqual(['фёдор']);
    expect(before('адмирал «» Ушаков', 2)).toEqual([]);
    // Only around it: a bracket inside a word stays.
    expect(before('Фёд(ор) Ушаков', 1)).toEqual(['фёд(ор']);
  });

  it('stops at a word that punctuation ends', () => {
    expect(before('адмирал, Фёдор Ушаков', 3)).toEqual(['фёдор']);
  });

  it('takes a word joined to the name ("ул.Ушакова"), and stops at the start of the text', () => {
    expect(wordsBefore('на ул.Ушакова', 6, 3)).toEqual(['ул.', 'на']);
    expect(wordsBefore('Ушаков', 0, 2)).toEqual([]);
  });
});

describe('isPatronymic', () => {
  const endings = ['ович', 'евич'];

  it('takes a word of letters ending in an ending, with up to three letters of case ending after it', () => {
    expect(isPatronymic('фёдорович', endings)).toBe(true);
    expect(isPatronymic('фёдоровичами', endings)).toBe(true);
    expect(isPatronymic('фёдоровичабвг', endings)).toBe(false);
  });

  it('takes no ending alone, nothing but letters, and nothing without endings', () => {
    expect(isPatronymic('ович', endings)).toBe(false);
    expect(isPatronymic('1фёдорович', endings)).toBe(false);
    expect(isPatronymic('фёдорович1', endings)).toBe(false);
    expect(isPatronymic('фёдорович', [])).toBe(false);
  });
});

describe('hasPhrase', () => {
  const set = { keys: new Set(['адмирал', 'адмирал флота', 'фёдор фёдорович']), maxWords: 2, tails: new Set(['флота', 'фёдорович']) };

  it('finds a phrase of the set that the words before a name end with (given last first)', () => {
    expect(hasPhrase(['флота', 'адмирал'], set, true)).toBe(true);
    expect(hasPhrase(['адмирал', 'флота'], set, true)).toBe(true);
    expect(hasPhrase(['флота', 'вице'], set, true)).toBe(false);
  });

  it('finds a phrase that the words after a name start with', () => {
    expect(hasPhrase(['фёдор', 'фёдорович', 'сказал'], set, false)).toBe(true);
    expect(hasPhrase(['фёдорович', 'фёдор'], set, false)).toBe(false);
  });

  it('tries phrases of at most the set’s longest', () => {
    expect(hasPhrase(['фёдор', 'фёдорович'], { ...set, maxWords: 1 }, false)).toBe(false);
  });
});
