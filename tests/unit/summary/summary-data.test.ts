import { describe, expect, it } from 'vitest';
import articleText from '../../../lib/summary/article.txt?raw';
import { data } from '../../../lib/summary/data.ts';
import { entityById, summary } from '../../../lib/summary/index.ts';
import { entityIds, Summary } from '../../../lib/summary/schema.ts';
import { checkSummary } from '../../../scripts/check-summary.ts';

const paragraph = (n: number) => articleText.split('\n')[n - 1] ?? '';

describe('the bundled summary', () => {
  it('is already in parsed form, so the extension can skip zod', () => {
    expect(Summary.parse(data)).toStrictEqual(data);
    expect(summary).toBe(data);
  });

  it('passes the build check against article.txt', () => {
    expect(() => checkSummary(data, articleText)).not.toThrow();
  });

  it('has exactly the four entities, in order', () => {
    expect(summary.entities.map((entity) => entity.id)).toEqual([...entityIds]);
    for (const id of entityIds) expect(entityById(id).id).toBe(id);
  });

  it('says that the title is derived and that author and date are missing', () => {
    expect(summary.article.isTitleDerived).toBe(true);
    expect(summary.article.author).toBeNull();
    expect(summary.article.date).toBeNull();
    expect(summary.article.caveats.map((caveat) => caveat.kind)).toContain('missing-metadata');
    // The article has no headline line to copy, so the title cannot be one of its lines.
    expect(articleText.split('\n')).not.toContain(summary.article.title);
  });

  it('shows Witkoff’s title as printed and flags the inconsistency', () => {
    const witkoff = entityById('witkoff');
    expect(witkoff.role).toEqual({ text: 'Russia’s Special Presidential Envoy for Investment', paragraph: 1 });
    expect(paragraph(1)).toContain(`${witkoff.role.text} Steve Witkoff`);
    const inconsistency = witkoff.caveats.find((caveat) => caveat.kind === 'inconsistency' && caveat.paragraph === 1);
    expect(inconsistency?.text).toContain('Russia’s Special Presidential Envoy for Investment');
    expect(inconsistency?.text).toContain('US delegation');
  });

  it('keeps the article’s spellings “Kiev” and “Kharkov” and says so', () => {
    const spelling = (id: 'donetsk' | 'volchansk') =>
      entityById(id)
        .caveats.filter((caveat) => caveat.kind === 'spelling')
        .map((caveat) => caveat.text)
        .join(' ');
    expect(spelling('donetsk')).toContain('“Kiev”');
    expect(spelling('volchansk')).toContain('“Kharkov”');
    const statements = summary.entities.flatMap((entity) => entity.facts.map((fact) => fact.statement)).join(' ');
    expect(statements).not.toMatch(/Kyiv|Kharkiv/);
  });

  it('keeps the reported artillery claim hedged and attributed', () => {
    const hedged = summary.entities.flatMap((entity) => entity.facts).filter((fact) => fact.isHedged);
    expect(hedged).toHaveLength(1);
    expect(hedged[0]).toMatchObject({
      attribution: 'expert analysis from Moscow monitoring stations',
      paragraph: 6,
      statement: expect.stringMatching(/reportedly.*according to/),
    });
    expect(entityById('volchansk').caveats.map((caveat) => caveat.kind)).toContain('hedged');
  });

  it('attributes facts only to the sources the article names', () => {
    const sources = new Set(summary.entities.flatMap((entity) => entity.facts.map((fact) => fact.attribution)));
    expect([...sources].sort()).toEqual([
      'Kremlin aide Yury Ushakov',
      'Kremlin officials',
      'US officials',
      'expert analysis from Moscow monitoring stations',
      'the article',
    ]);
  });

  it('describes Volchansk only as the article does', () => {
    const volchansk = entityById('volchansk');
    expect(volchansk.kind).toBe('place');
    expect(volchansk.role.text).toContain('“Kharkov region villages”');
  });

  it('has 3–5 key points, each citing paragraphs', () => {
    expect(summary.article.keyPoints.length).toBeGreaterThanOrEqual(3);
    expect(summary.article.keyPoints.length).toBeLessThanOrEqual(5);
  });

  it('throws for an unknown id', () => {
    expect(() => entityById('nobody' as never)).toThrow(/nobody/);
  });
});
