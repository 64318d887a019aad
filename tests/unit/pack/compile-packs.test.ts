import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cardSubjects } from 'virtual:fact-notes-card-data';
import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { builtInPack } from '../../../lib/pack/built-in';
import { checkPack } from '../../../lib/pack/check-pack';
import { compilePacks, sameNameKey } from '../../../lib/pack/compile-packs';
import type { Pack } from '../../../lib/pack/schema';
import { lazyMatcher } from '../../../lib/match/default-matcher';
import { applyPageRules } from '../../../lib/match/page-rules';
import { examplePack, root } from './fixtures';

/** A pack file, checked: the tests below need packs that pass every check. */
function checked(json: unknown): Pack {
  const { pack, problems } = checkPack(json);
  expect(problems).toEqual([]);
  return pack!;
}

const harbour = () => checked(examplePack());
const envoy = () => checked(JSON.parse(readFileSync(`${root}tests/e2e/fixtures/packs/envoy-schedule.pack.json`, 'utf8')));

function find(packs: Pack[], text: string) {
  const { gate, matcher } = compilePacks(packs);
  return applyPageRules(lazyMatcher(gate, () => matcher).find(text)).map(({ entity, text: words }) => [entity, words]);
}

describe('compilePacks', () => {
  it('compiles the built-in pack into exactly what the bundle holds (one code path for every pack)', () => {
    const compiled = compilePacks([builtInPack()]);
    expect(compiled.gate).toEqual(precompiledGate());
    expect(compiled.matcher).toEqual(precompiledMatcher());
    expect(compiled.subjects).toEqual(cardSubjects());
    expect(compiled.subjects.map((subject) => subject.key)).toEqual(['witkoff', 'ushakov', 'donetsk', 'volchansk']);
  });

  it("names another pack's entities <pack>/<entity>, related ids included, and keeps no matching data in cards", () => {
    const { subjects } = compilePacks([harbour()]);
    expect(subjects.map((subject) => subject.key)).toEqual([
      'harbour-ferry/ines-calloway',
      'harbour-ferry/davit-renner',
      'harbour-ferry/skellin-island',
      'harbour-ferry/port-mellick',
    ]);
    const calloway = subjects[0]!;
    expect(calloway.notes).toHaveLength(1);
    expect(calloway.notes[0]!.entity.related).toEqual(['harbour-ferry/davit-renner']);
    expect(calloway.notes[0]!.source).toMatchObject({ packId: 'harbour-ferry', isTitleDerived: true, author: null });
    expect(JSON.stringify(subjects)).not.toContain('matching');
  });

  it('matches the entities of every pack in one pass', () => {
    const text = 'Steve Witkoff flew out while Ines Calloway argued for fewer ferries to Skellin Island.';
    expect(find([builtInPack(), harbour()], text)).toEqual([
      ['witkoff', 'Steve Witkoff'],
      ['harbour-ferry/ines-calloway', 'Ines Calloway'],
      ['harbour-ferry/skellin-island', 'Skellin Island'],
    ]);
    expect(find([harbour()], text)).toEqual([
      ['harbour-ferry/ines-calloway', 'Ines Calloway'],
      ['harbour-ferry/skellin-island', 'Skellin Island'],
    ]);
  });

  it('makes one subject of two packs on the same person: the first pack’s key, both sets of notes in pack order', () => {
    const { subjects } = compilePacks([builtInPack(), envoy()]);
    expect(subjects).toHaveLength(4);
    const witkoff = subjects.find((subject) => subject.key === 'witkoff')!;
    expect(witkoff.notes.map((notes) => notes.source.packId)).toEqual(['built-in', 'envoy-schedule']);
    expect(witkoff.notes[1]!.entity.facts[0]!.statement).toBe('Was due to brief reporters on Friday about his travel plans.');
    // Both packs' forms count: the built-in one's Cyrillic spelling, and the envoy pack's "Vitkoff".
    const text = 'Стив Уиткофф; Steve Vitkoff.';
    expect(find([builtInPack(), envoy()], text)).toEqual([
      ['witkoff', 'Стив Уиткофф'],
      ['witkoff', 'Steve Vitkoff'],
    ]);
    expect(find([builtInPack()], text)).toEqual([['witkoff', 'Стив Уиткофф']]);
  });

  it('keys the person by the pack that has him when the built-in pack is off', () => {
    const { subjects } = compilePacks([envoy()]);
    expect(subjects.map((subject) => subject.key)).toEqual(['envoy-schedule/witkoff']);
    expect(find([envoy()], 'Steve Witkoff spoke.')).toEqual([['envoy-schedule/witkoff', 'Steve Witkoff']]);
  });

  it('compiles no packs into a matcher that finds nothing and lets no word through', () => {
    const compiled = compilePacks([]);
    expect(compiled).toEqual({ gate: null, matcher: null, subjects: [] });
    const matcher = lazyMatcher(compiled.gate, () => compiled.matcher);
    expect(matcher.find('Steve Witkoff in Donetsk')).toEqual([]);
    expect(matcher.wordGate?.test('Witkoff')).toBe(false);
  });

  it('treats names as the same whatever their letter case, accents and spacing, but not across kinds', () => {
    expect(sameNameKey('person', 'Steve  Witkoff')).toBe(sameNameKey('person', 'steve witkoff'));
    expect(sameNameKey('place', 'Volchańsk')).toBe(sameNameKey('place', 'Volchansk'));
    expect(sameNameKey('person', 'Donetsk')).not.toBe(sameNameKey('place', 'Donetsk'));
    expect(sameNameKey('person', 'Yury Ushakov')).not.toBe(sameNameKey('person', 'Fyodor Ushakov'));
  });
});
