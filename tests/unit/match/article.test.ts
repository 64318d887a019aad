import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyPageRules } from '../../../lib/match/page-rules';
import { findChecked, findKinds } from './find-checked';

// The bundled article itself, one paragraph (line) at a time as the page layer would pass blocks.
const lines = readFileSync(new URL('../../../lib/summary/article.txt', import.meta.url), 'utf8').split('\n');

describe('the bundled article', () => {
  const found = lines.flatMap((line, index) =>
    findChecked(line).map((mention) => ({ line: index + 1, entity: mention.entity, text: mention.text })),
  );

  it('has exactly the mentions a reader sees, in order', () => {
    expect(found).toEqual([
      { line: 1, entity: 'witkoff', text: 'Steve Witkoff' },
      { line: 2, entity: 'ushakov', text: 'Yury Ushakov' },
      { line: 3, entity: 'witkoff', text: 'Witkoff' },
      { line: 4, entity: 'donetsk', text: 'Donetsk People’s Republic' },
      { line: 5, entity: 'donetsk', text: 'Donetsk People’s Republic' },
      { line: 6, entity: 'volchansk', text: 'Volchansk' },
      { line: 8, entity: 'witkoff', text: 'Steve Witkoff' },
      { line: 8, entity: 'ushakov', text: 'Yury Ushakov' },
    ]);
  });

  it('has nothing the page-level rules drop', () => {
    const all = lines.flatMap((line) => findKinds(line));
    expect(all.filter((mention) => mention.kind === 'other')).toEqual([]);
    expect(applyPageRules(all)).toEqual(all);
  });
});
