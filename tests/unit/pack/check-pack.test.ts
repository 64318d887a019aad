import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInPack } from '../../../lib/pack/built-in.ts';
import { articleHash, checkPack, checkPackText } from '../../../lib/pack/check-pack.ts';
import { problemCodes, type PackProblem } from '../../../lib/pack/problems.ts';
import { Pack, type PackInput } from '../../../lib/pack/schema.ts';
import { data } from '../../../lib/summary/data.ts';
import { findGroundingProblems, groundingCodes, type GroundingCode } from '../../../lib/summary/find-grounding-problems.ts';
import { entity, examplePack, examplePackPath, fact, mutated } from './fixtures.ts';

/** The problems of a pack as `code path` lines, to compare whole lists. */
const found = (json: unknown) => checkPack(json).problems.map(({ code, path }) => `${code} ${path}`);

describe('checkPack accepts', () => {
  it('the example pack', () => {
    const { pack, problems } = checkPack(examplePack());
    expect(problems).toEqual([]);
    expect(pack?.id).toBe('harbour-ferry');
    expect(pack?.entities.map((e) => e.id)).toEqual(['ines-calloway', 'davit-renner', 'skellin-island', 'port-mellick']);
  });

  it('the example pack with a byte-order mark, as text', () => {
    expect(checkPackText(`\uFEFF${readFileSync(examplePackPath, 'utf8')}`).problems).toEqual([]);
  });

  it('the built-in pack, already in parsed form', () => {
    const pack = builtInPack();
    const result = checkPack(pack);
    expect(result.problems).toEqual([]);
    expect(result.pack).toStrictEqual(pack);
  });
});

describe('builtInPack', () => {
  it('is the bundled summary under id "built-in", hashed over its paragraphs joined with a blank line', () => {
    const pack = builtInPack();
    expect(pack).toMatchObject({ format: 'fact-notes-pack', version: 1, id: 'built-in' });
    expect(pack.article).toEqual({ ...data.article, sourceUrl: null, sha256: articleHash(data.article.paragraphs) });
    expect(pack.article.sha256).toBe(
      // sha256 of article.txt's lines joined with "\n\n" (not of article.txt itself).
      articleHash(data.article.paragraphs.join('\n').split('\n')),
    );
    expect(pack.entities).toStrictEqual(data.entities);
  });

  it('is a copy: changing it leaves the bundled summary alone', () => {
    const pack = builtInPack();
    pack.entities[0]!.facts[0]!.statement = 'changed';
    pack.article.paragraphs[0] = 'changed';
    expect(data.entities[0]?.facts[0]?.statement).toBe('Arrived in Moscow under pressure.');
    expect(data.article.paragraphs[0]).toMatch(/^Russia’s Special Presidential Envoy/);
  });
});

describe('checkPack rejects each grounding rule with its code and path', () => {
  const cases: [GroundingCode | 'sha256-mismatch' | 'no-entities', (pack: PackInput) => void, PackProblem[]][] = [
    [
      'paragraph-missing',
      (p) => {
        fact(p, 2, 0).paragraph = 9;
      },
      [{ path: 'entities[2].facts[0].paragraph', code: 'paragraph-missing', params: { paragraph: 9, count: 8 } }],
    ],
    [
      'paragraph-not-naming',
      (p) => {
        Object.assign(fact(p, 3, 2), { paragraph: 2, quote: undefined });
      },
      [{ path: 'entities[3].facts[2].paragraph', code: 'paragraph-not-naming', params: { paragraph: 2, id: 'port-mellick' } }],
    ],
    [
      'attribution-not-in-paragraph',
      (p) => {
        fact(p, 1, 0).attribution = 'Maren Foss';
      },
      [
        {
          path: 'entities[1].facts[0].attribution',
          code: 'attribution-not-in-paragraph',
          params: { attribution: 'Maren Foss', paragraph: 3 },
        },
      ],
    ],
    [
      'quote-not-verbatim',
      (p) => {
        fact(p, 0, 1).quote = '"I would rather keep three boats reliable than four boats late."';
      },
      [{ path: 'entities[0].facts[1].quote', code: 'quote-not-verbatim', params: { paragraph: 2 } }],
    ],
    [
      'quote-hedged-fact-not',
      (p) => {
        fact(p, 2, 1).isHedged = false;
      },
      [{ path: 'entities[2].facts[1].isHedged', code: 'quote-hedged-fact-not', params: {} }],
    ],
    [
      'hedge-missing',
      (p) => {
        fact(p, 2, 1).statement = 'The 6:15 sailing lost about £41,000 last winter.';
      },
      [{ path: 'entities[2].facts[1].statement', code: 'hedge-missing', params: {} }],
    ],
    [
      'quoted-words-not-in-article',
      (p) => {
        fact(p, 0, 0).statement = 'Proposed the cut “to save money”.';
      },
      [{ path: 'entities[0].facts[0].statement', code: 'quoted-words-not-in-article', params: { words: 'to save money' } }],
    ],
    [
      'article-caveat-about',
      (p) => {
        p.article.caveats![1]!.about = 1;
      },
      [{ path: 'article.caveats[1].about', code: 'article-caveat-about', params: {} }],
    ],
    [
      'caveat-flag-missing',
      (p) => {
        delete entity(p, 1).caveats![0]!.flag;
      },
      [{ path: 'entities[1].caveats[0].flag', code: 'caveat-flag-missing', params: {} }],
    ],
    [
      'caveat-fact-missing',
      (p) => {
        entity(p, 1).caveats![0]!.about = 7;
      },
      [{ path: 'entities[1].caveats[0].about', code: 'caveat-fact-missing', params: { fact: 7, id: 'davit-renner', count: 3 } }],
    ],
    [
      'missing-metadata-caveat',
      (p) => {
        p.article.caveats = p.article.caveats!.filter((c) => c.kind !== 'missing-metadata');
      },
      [{ path: 'article.caveats', code: 'missing-metadata-caveat', params: {} }],
    ],
    [
      'duplicate-id',
      (p) => {
        entity(p, 3).id = 'skellin-island';
      },
      [{ path: 'entities[3].id', code: 'duplicate-id', params: { id: 'skellin-island' } }],
    ],
    [
      'related-self',
      (p) => {
        entity(p, 0).related = ['ines-calloway'];
      },
      [{ path: 'entities[0].related[0]', code: 'related-self', params: { id: 'ines-calloway' } }],
    ],
    [
      'related-unknown',
      (p) => {
        entity(p, 0).related = ['maren-foss'];
      },
      [{ path: 'entities[0].related[0]', code: 'related-unknown', params: { id: 'maren-foss' } }],
    ],
    [
      'related-duplicate',
      (p) => {
        entity(p, 0).related = ['davit-renner', 'davit-renner'];
      },
      [{ path: 'entities[0].related[1]', code: 'related-duplicate', params: { id: 'davit-renner' } }],
    ],
    [
      'sha256-mismatch',
      (p) => {
        p.article.paragraphs[4] = p.article.paragraphs[4]!.replace('already quiet', 'already slow');
      },
      [
        {
          path: 'article.sha256',
          code: 'sha256-mismatch',
          params: {
            stated: examplePack().article.sha256,
            computed: articleHash(
              examplePack().article.paragraphs.map((t, i) => (i === 4 ? t.replace('already quiet', 'already slow') : t)),
            ),
          },
        },
      ],
    ],
    [
      'no-entities',
      (p) => {
        p.entities = [];
      },
      [{ path: 'entities', code: 'no-entities', params: {} }],
    ],
  ];

  it.each(cases)('%s', (_code, change, expected) => {
    expect(checkPack(mutated(change)).problems).toEqual(expected);
  });

  it('entity-not-named: an entity no cited paragraph names, each citation reported too', () => {
    const problems = found(
      mutated((p) => {
        entity(p, 3).matching.names = [{ form: 'Portmellick' }];
      }),
    );
    expect(problems).toEqual([
      'paragraph-not-naming entities[3].role.paragraph',
      'paragraph-not-naming entities[3].facts[0].paragraph',
      'paragraph-not-naming entities[3].facts[1].paragraph',
      'paragraph-not-naming entities[3].facts[2].paragraph',
      'entity-not-named entities[3]',
    ]);
  });

  it('attribution-empty and paragraphs-differ-from-source, which the schema or packs never reach, on the rule itself', () => {
    const pack = Pack.parse(examplePack());
    pack.entities[0]!.facts[0]!.attribution = '  ';
    const source = { text: pack.article.paragraphs.join('\n').replace('nine to five', 'eight to six'), file: 'ferry.txt' };
    expect(findGroundingProblems(pack, source)).toEqual([
      { path: 'article.paragraphs', code: 'paragraphs-differ-from-source', params: { paragraph: 8, file: 'ferry.txt' } },
      { path: 'entities[0].facts[0].attribution', code: 'attribution-empty', params: {} },
    ]);
  });

  it('has a case for every grounding rule', () => {
    const covered = new Set<string>([
      ...cases.map(([code]) => code),
      'entity-not-named',
      'attribution-empty',
      'paragraphs-differ-from-source',
    ]);
    expect(groundingCodes.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('lists every problem, not only the first', () => {
    const problems = found(
      mutated((p) => {
        fact(p, 0, 1).quote = 'not in the article';
        entity(p, 0).related = ['ines-calloway'];
        p.entities.push(structuredClone(entity(p, 1)));
      }),
    );
    expect(problems).toEqual([
      'quote-not-verbatim entities[0].facts[1].quote',
      'related-self entities[0].related[0]',
      'duplicate-id entities[4].id',
    ]);
  });
});

describe('checkPack reports schema problems at their paths', () => {
  it.each<[string, (pack: PackInput) => void, PackProblem[]]>([
    [
      'a missing field',
      (p) => {
        delete (entity(p, 1) as Partial<PackInput['entities'][number]>).name;
      },
      [{ path: 'entities[1].name', code: 'missing-field', params: { expected: 'string' } }],
    ],
    [
      'a wrong type',
      (p) => {
        fact(p, 1, 2).paragraph = '7' as never;
      },
      [{ path: 'entities[1].facts[2].paragraph', code: 'wrong-type', params: { expected: 'number', received: 'string' } }],
    ],
    [
      'a fraction for a paragraph',
      (p) => {
        fact(p, 1, 2).paragraph = 6.5;
      },
      [{ path: 'entities[1].facts[2].paragraph', code: 'wrong-type', params: { expected: 'int', received: 'number' } }],
    ],
    [
      'a bad enum value',
      (p) => {
        entity(p, 2).kind = 'island' as never;
      },
      [{ path: 'entities[2].kind', code: 'bad-value', params: { allowed: ['"person"', '"place"'] } }],
    ],
    [
      'a blank string',
      (p) => {
        fact(p, 0, 0).attribution = '   ';
      },
      [{ path: 'entities[0].facts[0].attribution', code: 'too-small', params: { origin: 'string', minimum: 1 } }],
    ],
    [
      'an entity without facts',
      (p) => {
        entity(p, 3).facts = [];
      },
      [{ path: 'entities[3].facts', code: 'too-small', params: { origin: 'array', minimum: 1 } }],
    ],
    [
      'paragraph 0',
      (p) => {
        entity(p, 3).role.paragraph = 0;
      },
      [{ path: 'entities[3].role.paragraph', code: 'too-small', params: { origin: 'number', minimum: 1 } }],
    ],
    [
      'too long a flag',
      (p) => {
        entity(p, 1).caveats![0]!.flag = 'x'.repeat(61);
      },
      [{ path: 'entities[1].caveats[0].flag', code: 'too-big', params: { origin: 'string', maximum: 60 } }],
    ],
    [
      'an unknown key',
      (p) => {
        Object.assign(entity(p, 0), { nickname: 'Ines', age: 52 });
      },
      [
        { path: 'entities[0].nickname', code: 'unknown-key', params: { key: 'nickname' } },
        { path: 'entities[0].age', code: 'unknown-key', params: { key: 'age' } },
      ],
    ],
    [
      'an id that is not a slug',
      (p) => {
        entity(p, 0).id = 'Ines Calloway';
      },
      [{ path: 'entities[0].id', code: 'bad-format', params: { format: 'slug', pattern: '/^[a-z0-9]+(?:-[a-z0-9]+)*$/' } }],
    ],
    [
      'a hash that is not hex',
      (p) => {
        p.article.sha256 = 'abc';
      },
      [{ path: 'article.sha256', code: 'bad-format', params: { format: 'sha256', pattern: '/^[0-9a-f]{64}$/' } }],
    ],
    [
      'a source URL that is not http(s)',
      (p) => {
        p.article.sourceUrl = 'ftp://example.org/ferry';
      },
      [{ path: 'article.sourceUrl', code: 'bad-format', params: { format: 'url', pattern: 'url' } }],
    ],
    [
      'a value none of a union’s forms',
      (p) => {
        entity(p, 2).caveats![0]!.about = 'fact' as never;
      },
      [{ path: 'entities[2].caveats[0].about', code: 'no-union-match', params: { allowed: ['"role"', 'number'] } }],
    ],
    [
      'a union value of the right kind, wrong inside',
      (p) => {
        entity(p, 0).matching.excludedPrefixes = ['Cab', { form: '' }];
      },
      [{ path: 'entities[0].matching.excludedPrefixes[1].form', code: 'too-small', params: { origin: 'string', minimum: 1 } }],
    ],
  ])('%s', (_name, change, expected) => {
    expect(checkPack(mutated(change)).problems).toEqual(expected);
  });

  it('gives no pack and no grounding problems while the schema fails', () => {
    const result = checkPack(
      mutated((p) => {
        entity(p, 2).kind = 'island' as never;
        fact(p, 0, 0).quote = 'not in the article';
      }),
    );
    expect(result.pack).toBeUndefined();
    expect(result.problems.map((p) => p.code)).toEqual(['bad-value']);
  });

  it.each<[string, unknown, PackProblem]>([
    ['an array', [], { path: '(root)', code: 'not-a-pack', params: {} }],
    ['null', null, { path: '(root)', code: 'not-a-pack', params: {} }],
    ['an object of another format', { format: 'summary' }, { path: 'format', code: 'not-a-pack', params: {} }],
    ['a bundled-summary object', structuredClone(data), { path: 'format', code: 'not-a-pack', params: {} }],
    [
      'a later version',
      { ...examplePack(), version: 2 },
      { path: 'version', code: 'unsupported-version', params: { version: '2', supported: 1 } },
    ],
    [
      'no version',
      { format: 'fact-notes-pack' },
      { path: 'version', code: 'unsupported-version', params: { version: 'null', supported: 1 } },
    ],
  ])('says what it is when it is not a v1 pack: %s', (_name, json, expected) => {
    expect(checkPack(json).problems).toEqual([expected]);
  });

  it('reports text that is not JSON', () => {
    const { problems } = checkPackText('{ "format": ');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: '(root)', code: 'not-json' });
  });

  it('never changes its input', () => {
    const input = mutated((p) => {
      delete entity(p, 1).caveats;
    });
    const before = structuredClone(input);
    checkPack(input);
    expect(input).toStrictEqual(before);
  });

  it('uses only codes in the code list', () => {
    expect(new Set(problemCodes).size).toBe(problemCodes.length);
    expect(problemCodes).toEqual(expect.arrayContaining([...groundingCodes, 'no-entities', 'missing-field', 'unknown-key']));
  });
});
