import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { compileMatcher, compileRegexes } from '../../../lib/match/compile-matcher';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { decodeValue, encodeValue, type Encoded } from '../../../lib/match/serialized-value';
import { matching } from '../../../lib/summary/matching';

const article = readFileSync(join(import.meta.dirname, '../../../lib/summary/article.txt'), 'utf8');
const texts = [
  ...article.split(/\n+/),
  'Steve Witkoff met Yury Ushakov; Zach Witkoff did not. Mrs. Witkoff neither.',
  'В Донецке и Донецкой Народной Республике; ДНР, DPR, dpr, DNR.',
  'Wit\u00ADkoff, Vov\u200Bchansk, Vovc\u030Cansk, Volchansk, Вовчанська, Волчанском.',
  'Sievierodonetsk, Ushakova, Witkoffs, Fyodor Ushakov, Admiral Ushakov.',
  'Donetsk Oblast, Donetsk region, Donetsk People\u2019s Republic, Стив Уиткофф, Юрий Викторович Ушаков.',
  'Nothing here at all.',
  '',
];

describe('the build-time matcher', () => {
  it('finds exactly what compileMatcher(matching) finds', () => {
    const atRuntime = compileMatcher(matching);
    const built = getDefaultMatcher();
    for (const text of texts) expect(built.find(text), text).toEqual(atRuntime.find(text));
    // The article alone has dozens of mentions: the comparison is not between two empty lists.
    expect(texts.flatMap((text) => atRuntime.find(text)).length).toBeGreaterThan(20);
    for (const text of texts) expect(built.wordGate?.test(text), text).toBe(atRuntime.wordGate?.test(text));
  });

  it('holds the same regexes and tables as compileRegexes(matching), field by field', () => {
    const compiled = compileRegexes(matching);
    expect(Object.keys(precompiledGate() as object).sort()).toEqual(['gate', 'hasWordCores']);
    const decoded = {
      ...(decodeValue(precompiledMatcher()) as object),
      ...(decodeValue(precompiledGate()) as object),
    } as typeof compiled;
    expect(Object.keys(decoded).sort()).toEqual(Object.keys(compiled).sort());
    for (const [key, value] of Object.entries(compiled)) {
      const other = decoded[key as keyof typeof compiled];
      if (value instanceof RegExp) {
        expect(other).toBeInstanceOf(RegExp);
        expect([(other as RegExp).source, (other as RegExp).flags]).toEqual([value.source, value.flags]);
      } else {
        expect(other, key).toEqual(value);
      }
    }
  });
});

describe('encodeValue / decodeValue', () => {
  it('round-trips regexes, sets, maps, undefined and nested data', () => {
    const value = {
      re: /a\p{L}+(?<=x)/giu,
      set: new Set(['DPR', 'ДНР']),
      map: new Map([[1, { deep: [/b/y, undefined] }]]),
      list: [1, 'two', null, true, { missing: undefined }],
    };
    const decoded = decodeValue(JSON.parse(JSON.stringify(encodeValue(value))) as Encoded) as typeof value;
    expect(decoded).toEqual(value);
    expect(decoded.re.flags).toBe('giu');
    expect(decoded.set).toBeInstanceOf(Set);
    expect('missing' in (decoded.list[4] as object)).toBe(true);
  });

  it('refuses what it cannot represent instead of dropping it', () => {
    expect(() => encodeValue({ f: () => 1 })).toThrow(/function/);
    expect(() => encodeValue({ $set: [] })).toThrow(/marker/);
    expect(() => encodeValue(new Date(0))).toThrow(/Date/);
    expect(() => encodeValue(Number.NaN)).toThrow(/NaN/);
  });
  it('front-codes sets of words (shared beginnings written once), and decodes them to equal sets', () => {
    const long = 'спецпосланник президента сша по особым поручениям'; // shares more than 35 characters with the next
    const words = new Set(['зак', 'зака', 'заку', 'заком', 'Ushakov', 'Uschakow', long, `${long} трампа`, 'mrs.', '']);
    const encoded = encodeValue(words);
    expect(Object.keys(encoded as object)).toEqual(['$words']);
    expect(JSON.stringify(encoded).length).toBeLessThan(JSON.stringify([...words]).length);
    expect(decodeValue(JSON.parse(JSON.stringify(encoded)) as Encoded)).toEqual(words);
    // What front coding cannot carry stays a plain set: the separator inside a word, or non-strings.
    expect(Object.keys(encodeValue(new Set(['a|b', 'c'])) as object)).toEqual(['$set']);
    expect(Object.keys(encodeValue(new Set(['a', 1])) as object)).toEqual(['$set']);
    expect(decodeValue(encodeValue(new Set(['a|b', 'c'])))).toEqual(new Set(['a|b', 'c']));
  });
});
