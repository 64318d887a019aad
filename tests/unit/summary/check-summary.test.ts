import { describe, expect, it } from 'vitest';
import articleText from '../../../lib/summary/article.txt?raw';
import { data } from '../../../lib/summary/data.ts';
import { namesEntity } from '../../../lib/summary/find-grounding-problems.ts';
import type { Summary } from '../../../lib/summary/schema.ts';
import { checkSummary, formatPath } from '../../../scripts/check-summary.ts';

/** A deep copy of the real summary with one thing broken. */
function corrupt(breakIt: (summary: Summary) => void): Summary {
  const copy: Summary = structuredClone(data);
  breakIt(copy);
  return copy;
}

/** Runs the check and returns its error message (failing if it did not throw). */
function rejection(summary: unknown): string {
  try {
    checkSummary(summary, articleText);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the corrupted summary was accepted');
}

const fact = (summary: Summary, entity: number, index: number) => summary.entities[entity]!.facts[index]!;

describe('checkSummary rejects a corrupted summary, naming the field', () => {
  it.each<[string, (summary: Summary) => void, RegExp]>([
    [
      'an altered quote',
      (s) => {
        fact(s, 0, 0).quote = 'Steve Witkoff arrived in Moscow under heavy pressure';
      },
      /entities\[0\]\.facts\[0\]\.quote: not found verbatim in paragraph 1/,
    ],
    [
      'straight quotes for curly ones',
      (s) => {
        fact(s, 1, 1).quote = fact(s, 1, 1).quote!.replace('“', '"');
      },
      /entities\[1\]\.facts\[1\]\.quote: not found verbatim/,
    ],
    [
      'a paragraph out of range',
      (s) => {
        fact(s, 2, 0).paragraph = 9;
      },
      /entities\[2\]\.facts\[0\]\.paragraph: paragraph 9 does not exist/,
    ],
    [
      'paragraph 0',
      (s) => {
        fact(s, 2, 0).paragraph = 0;
      },
      /entities\[2\]\.facts\[0\]\.paragraph: Too small/,
    ],
    [
      'a missing attribution',
      (s) => {
        delete (fact(s, 3, 1) as Partial<Summary['entities'][number]['facts'][number]>).attribution;
      },
      /entities\[3\]\.facts\[1\]\.attribution: /,
    ],
    [
      'a blank attribution',
      (s) => {
        fact(s, 3, 1).attribution = '   ';
      },
      /entities\[3\]\.facts\[1\]\.attribution: Too small/,
    ],
    [
      'an attribution the paragraph does not give',
      (s) => {
        fact(s, 2, 0).attribution = 'Ukrainian officials';
      },
      /entities\[2\]\.facts\[0\]\.attribution: "Ukrainian officials" is neither/,
    ],
    [
      'a wrong kind',
      (s) => {
        s.entities[1]!.kind = 'organisation' as never;
      },
      /entities\[1\]\.kind: Invalid option/,
    ],
    [
      'an unknown caveat kind',
      (s) => {
        s.article.caveats[0]!.kind = 'opinion' as never;
      },
      /article\.caveats\[0\]\.kind: Invalid option/,
    ],
    [
      'a fact citing a paragraph that does not name the entity',
      (s) => {
        Object.assign(fact(s, 3, 0), { paragraph: 4, quote: undefined });
      },
      /entities\[3\]\.facts\[0\]\.paragraph: paragraph 4 does not name "volchansk"/,
    ],
    [
      'a role citing a paragraph that does not name the entity',
      (s) => {
        s.entities[0]!.role.paragraph = 2;
      },
      /entities\[0\]\.role\.paragraph: paragraph 2 does not name "witkoff"/,
    ],
    [
      'a hedged quote marked unhedged',
      (s) => {
        fact(s, 3, 1).isHedged = false;
      },
      /entities\[3\]\.facts\[1\]\.isHedged: /,
    ],
    [
      'a hedged fact stated as certain',
      (s) => {
        fact(s, 3, 1).statement = 'Artillery exchanges there intensified.';
      },
      /entities\[3\]\.facts\[1\]\.statement: a hedged fact must keep the hedge/,
    ],
    [
      'words in curly quotes the article never wrote',
      (s) => {
        fact(s, 0, 0).statement = 'Arrived in Moscow “to sign a deal”.';
      },
      /entities\[0\]\.facts\[0\]\.statement: “to sign a deal” is not the article's wording/,
    ],
    [
      'an entity related to itself',
      (s) => {
        s.entities[0]!.related = ['witkoff'];
      },
      /entities\[0\]\.related\[0\]: "witkoff" cannot be related to itself/,
    ],
    [
      'a related id that is not an entity',
      (s) => {
        s.entities[0]!.related = ['putin' as never];
      },
      /entities\[0\]\.related\[0\]: Invalid option/,
    ],
    [
      'a duplicate entity',
      (s) => {
        s.entities[3] = structuredClone(s.entities[2]!);
      },
      /entities\[3\]\.id: duplicate id "donetsk"/,
    ],
    [
      'a key point citing a missing paragraph',
      (s) => {
        s.article.keyPoints[0]!.paragraphs = [1, 12];
      },
      /article\.keyPoints\[0\]\.paragraphs\[1\]: paragraph 12 does not exist/,
    ],
    [
      'too many key points',
      (s) => {
        s.article.keyPoints.push(structuredClone(s.article.keyPoints[0]!));
      },
      /article\.keyPoints: Too big/,
    ],
    [
      'an edited paragraph',
      (s) => {
        s.article.paragraphs[3] = s.article.paragraphs[3]!.replace('Kiev', 'Kyiv');
      },
      /article\.paragraphs: do not reproduce article\.txt \(first difference at paragraph 4\)/,
    ],
    [
      'a dropped paragraph',
      (s) => {
        s.article.paragraphs.pop();
      },
      /article\.paragraphs: do not reproduce article\.txt \(first difference at paragraph 8\)/,
    ],
    [
      'no missing-metadata caveat',
      (s) => {
        s.article.caveats = s.article.caveats.filter((c) => c.kind !== 'missing-metadata');
      },
      /article\.caveats: the article lacks an author or date/,
    ],
    [
      'an unknown field',
      (s) => {
        Object.assign(s.entities[0]!, { nickname: 'Steve' });
      },
      /entities\[0\]: Unrecognized key: "nickname"/,
    ],
    [
      'a default left to zod',
      (s) => {
        delete (s.entities[1] as Partial<Summary['entities'][number]>).caveats;
      },
      /entities\[1\]\.caveats: differs from its parsed form/,
    ],
    [
      'text left for zod to trim',
      (s) => {
        s.entities[1]!.role.text = 'Kremlin aide ';
      },
      /entities\[1\]\.role\.text: differs from its parsed form/,
    ],
  ])('%s', (_name, breakIt, expected) => {
    expect(rejection(corrupt(breakIt))).toMatch(expected);
  });

  it('lists every problem, not only the first', () => {
    const message = rejection(
      corrupt((s) => {
        fact(s, 0, 0).quote = 'not in the article';
        s.entities[0]!.related = ['witkoff'];
      }),
    );
    expect(message).toMatch(/2 problem\(s\)/);
  });

  it('accepts the real summary and returns it parsed', () => {
    expect(checkSummary(data, articleText)).toStrictEqual(data);
  });
});

describe('formatPath', () => {
  it('writes indexes in brackets and keys with dots', () => {
    expect(formatPath(['entities', 2, 'facts', 0, 'quote'])).toBe('entities[2].facts[0].quote');
    expect(formatPath([])).toBe('(root)');
  });
});

describe('namesEntity', () => {
  const donetsk = data.entities[2]!.matching;
  const witkoff = data.entities[0]!.matching;
  it('finds whole words in any letter case and with possessives', () => {
    expect(namesEntity('WITKOFF ARRIVES', witkoff)).toBe(true);
    expect(namesEntity('Witkoff’s trip', witkoff)).toBe(true);
    expect(namesEntity('in the Donetsk region', donetsk)).toBe(true);
  });
  it('does not take a longer word for the name', () => {
    expect(namesEntity('Sievierodonetsk was shelled', donetsk)).toBe(false);
    expect(namesEntity('Witkoffian', witkoff)).toBe(false);
  });
});
