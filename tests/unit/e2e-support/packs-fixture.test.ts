import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/match/compile-matcher';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { checkPack } from '../../../lib/pack/check-pack.ts';
import { examplePack } from '../pack/fixtures.ts';

// tests/e2e/fixtures/packs.html is the page the imported example pack must mark
// (the lead's steps after merging): it names each of the pack's entities as
// the pack's own matching data finds them, and none of the built-in pack's, so
// every mark there comes from the imported pack.

const html = readFileSync(new URL('../../e2e/fixtures/packs.html', import.meta.url), 'utf8');
const paragraphs = [...html.matchAll(/<p id="[^"]+">([^<]*)<\/p>/g)].map((match) => match[1]!);
const pack = checkPack(examplePack()).pack!;
const matcher = compileMatcher(Object.fromEntries(pack.entities.map((entity) => [entity.id, entity.matching])));

describe('the packs fixture page', () => {
  it('has its sentences in plain paragraphs', () => {
    expect(paragraphs).toHaveLength(4);
  });

  it('mentions every entity of the example pack, none as another bearer', () => {
    const found = paragraphs.flatMap((text) => matcher.find(text));
    expect(found.filter((mention) => mention.kind === 'other')).toEqual([]);
    expect(new Set(found.map((mention) => mention.entity))).toEqual(new Set(pack.entities.map((entity) => entity.id)));
    expect(found.map((mention) => mention.text)).toEqual([
      'Ines Calloway',
      'Davit Renner',
      'Skellin Island',
      'Port Mellick',
      'Calloway',
      'Renner',
    ]);
  });

  it('names none of the built-in pack’s entities', () => {
    expect(paragraphs.flatMap((text) => getDefaultMatcher().find(text))).toEqual([]);
  });
});
