import { describe, expect, it } from 'vitest';
import { describePack, describeProblem, formatProblem, packLocales, resolveLocale } from '../../../lib/pack/messages.ts';
import { problemCodes, type PackProblem, type ProblemCode, type ProblemParams } from '../../../lib/pack/problems.ts';

/** One problem of each code; the type makes it cover every code. */
const samples: { [C in ProblemCode]: ProblemParams[C] } = {
  'paragraph-missing': { paragraph: 9, count: 8 },
  'paragraph-not-naming': { paragraph: 2, id: 'port-mellick' },
  'entity-not-named': { id: 'port-mellick' },
  'attribution-empty': {},
  'attribution-not-in-paragraph': { attribution: 'Maren Foss', paragraph: 3 },
  'quote-not-verbatim': { paragraph: 2 },
  'quote-hedged-fact-not': {},
  'hedge-missing': {},
  'quoted-words-not-in-article': { words: 'to save money' },
  'article-caveat-about': {},
  'caveat-flag-missing': {},
  'caveat-fact-missing': { fact: 7, id: 'davit-renner', count: 3 },
  'missing-metadata-caveat': {},
  'duplicate-id': { id: 'skellin-island' },
  'related-self': { id: 'ines-calloway' },
  'related-unknown': { id: 'maren-foss' },
  'related-duplicate': { id: 'davit-renner' },
  'paragraphs-differ-from-source': { paragraph: 4, file: 'article.txt' },
  'not-json': { detail: 'Unexpected end of JSON input' },
  'not-a-pack': {},
  'unsupported-version': { version: '2', supported: 1 },
  'no-entities': {},
  'sha256-mismatch': { stated: '0'.repeat(64), computed: 'f'.repeat(64) },
  'missing-field': { expected: 'string' },
  'wrong-type': { expected: 'number', received: 'string' },
  'bad-value': { allowed: ['"person"', '"place"'] },
  'bad-format': { format: 'slug', pattern: '/^[a-z0-9]+(?:-[a-z0-9]+)*$/' },
  'too-small': { origin: 'array', minimum: 3 },
  'too-big': { origin: 'string', maximum: 60 },
  'unknown-key': { key: 'nickname' },
  'no-union-match': { allowed: ['"role"', 'number'] },
  invalid: { detail: 'Invalid input' },
  'reserved-id': { id: 'built-in' },
  'stored-text-missing': { id: 'harbour-ferry' },
  'stored-id-mismatch': { id: 'mayor-okafor', listed: 'harbour-ferry' },
  'stored-duplicate': { id: 'harbour-ferry' },
  'stored-list-damaged': {},
  'stored-unlisted': { id: 'harbour-ferry' },
};

const problem = (code: ProblemCode): PackProblem => ({ path: 'entities[0]', code, params: samples[code] }) as PackProblem;
/** The values a message must show as given: numbers, ids, JSON values; not value kinds (said in words), hashes or zod's English detail. */
const shown = (code: ProblemCode) =>
  Object.entries(samples[code])
    .filter(([key]) => !['stated', 'pattern', 'detail', 'expected', 'received', 'origin', 'format'].includes(key))
    .flatMap(([, value]) => (Array.isArray(value) ? (value as string[]) : [String(value)]))
    .filter((value) => !['number', 'string', 'object'].includes(value));

describe('problem messages', () => {
  it('the sample table lists exactly the problem codes', () => {
    expect(Object.keys(samples).sort()).toEqual([...problemCodes].sort());
  });

  describe.each(problemCodes.map((code) => [code]))('%s', (code) => {
    it.each(packLocales.map((locale) => [locale]))('has a message in %s that shows its details', (locale) => {
      const message = describeProblem(problem(code), locale);
      expect(message.trim()).not.toBe('');
      expect(message).not.toMatch(/undefined|\[object|NaN/);
      for (const value of shown(code)) expect(message).toContain(value);
      if (locale !== 'en') expect(message).toMatch(/[\u0400-\u04FF]/);
    });

    it('says it differently in each language', () => {
      const [en, ru, uk] = packLocales.map((locale) => describeProblem(problem(code), locale));
      expect(new Set([en, ru, uk]).size).toBe(3);
    });
  });

  it('keep the words the build printed before packs, so build errors read the same', () => {
    expect(describeProblem(problem('quote-not-verbatim'))).toBe('not found verbatim in paragraph 2');
    expect(describeProblem(problem('paragraph-missing'))).toBe('paragraph 9 does not exist (the article has 8)');
  });

  it('vary by the limit’s kind and the reader’s plural', () => {
    const tooSmall = (origin: 'string' | 'array' | 'number', minimum: number, locale = 'en') =>
      describeProblem({ path: 'x', code: 'too-small', params: { origin, minimum } }, locale);
    expect(tooSmall('string', 1)).toBe('must not be empty');
    expect(tooSmall('string', 3)).toBe('must be at least 3 characters long');
    expect(tooSmall('array', 1)).toBe('needs at least 1 item');
    expect(tooSmall('number', 1)).toBe('must be at least 1');
    const missingFact = (count: number, locale: string) =>
      describeProblem({ path: 'x', code: 'caveat-fact-missing', params: { fact: 9, id: 'a', count } }, locale);
    expect(missingFact(1, 'ru')).toContain('1 факт)');
    expect(missingFact(3, 'ru')).toContain('3 факта)');
    expect(missingFact(5, 'ru')).toContain('5 фактов)');
    expect(missingFact(21, 'uk')).toContain('21 факт)');
    expect(missingFact(2, 'uk')).toContain('2 факти)');
    expect(missingFact(1, 'en')).toContain('1 fact)');
    expect(missingFact(2, 'en')).toContain('2 facts)');
  });

  it('formatProblem is path: message', () => {
    expect(formatProblem({ path: 'entities[2].facts[0].quote', code: 'quote-not-verbatim', params: { paragraph: 4 } }, 'ru')).toBe(
      'entities[2].facts[0].quote: дословно не найдено в абзаце 4',
    );
  });

  it('describePack counts entities and facts in the reader’s language', () => {
    const pack = { article: { title: 'T' }, entities: [{ facts: [1, 2] }, { facts: [3] }] };
    expect(describePack(pack)).toBe('OK: “T” — 2 entities, 3 facts');
    expect(describePack(pack, 'ru')).toBe('Пакет в порядке: “T” — 2 сущности, 3 факта');
    expect(describePack({ article: { title: 'T' }, entities: [{ facts: [1] }] }, 'uk')).toBe('Пакет гаразд: “T” — 1 сутність, 1 факт');
  });
});

describe('resolveLocale', () => {
  it.each([
    ['ru', 'ru'],
    ['ru-RU', 'ru'],
    ['uk_UA.UTF-8', 'uk'],
    ['UK', 'uk'],
    ['en-GB', 'en'],
    ['de', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ])('%s → %s', (tag, locale) => {
    expect(resolveLocale(tag)).toBe(locale);
  });
});
