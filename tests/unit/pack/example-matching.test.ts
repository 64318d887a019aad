import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile-matcher';
import { checkPack } from '../../../lib/pack/check-pack.ts';
import { examplePack } from './fixtures.ts';

// The example's matching data drives the same matcher as the bundled summary
// (lib/match types its tables by the bundled EntityId, but a record of string
// keys passes, and the ids come back as the pack's).
const pack = checkPack(examplePack()).pack!;
const matcher = compileMatcher(Object.fromEntries(pack.entities.map((entity) => [entity.id, entity.matching])));
const finds = (text: string) => matcher.find(text).map(({ entity, kind, text: found }) => `${entity}:${kind}:${found}`);

describe('the example pack’s matching data', () => {
  it('finds each entity in every paragraph its facts cite', () => {
    for (const entity of pack.entities) {
      for (const fact of entity.facts) {
        const found = finds(pack.article.paragraphs[fact.paragraph - 1]!).filter((find) => find.startsWith(`${entity.id}:`));
        expect(
          found.filter((find) => !find.includes(':other:')),
          `${entity.id}, paragraph ${fact.paragraph}`,
        ).not.toEqual([]);
      }
    }
  });

  it('takes the given name, title and suffix into one mention', () => {
    expect(finds('Deputy Mayor Ines Calloway said')).toEqual(['ines-calloway:name:Ines Calloway']);
    expect(finds('Councillor Calloway’s proposal')).toEqual(['ines-calloway:name:Calloway']);
    expect(finds('ferries to Skellin Island')).toEqual(['skellin-island:name:Skellin Island']);
    expect(finds('Реннером')).toEqual(['davit-renner:surname:Реннером']);
  });

  it('tells other bearers and named things apart', () => {
    expect(finds('Cab Calloway sang')).toEqual(['ines-calloway:other:Calloway']);
    expect(finds('Jeremy Renner starred')).toEqual(['davit-renner:other:Renner']);
    expect(finds('on Skellin Road')).toEqual(['skellin-island:other:Skellin']);
  });
});
