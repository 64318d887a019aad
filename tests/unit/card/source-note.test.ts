import { describe, expect, it } from 'vitest';
import { sourceNote } from '../../../lib/card/source-note';
import { summary } from '../../../lib/summary/index';

describe('sourceNote', () => {
  it('says what the bundled article lacks', () => {
    expect(sourceNote(summary.article)).toBe('From one bundled article, untitled; no author or date given.');
  });

  it('names a real title, author and date when there are some', () => {
    const article = { title: 'Talks', isTitleDerived: false, author: 'A. Writer', date: '2025-12-03' };
    expect(sourceNote(article)).toBe('From one bundled article, “Talks”, by A. Writer, 2025-12-03.');
    expect(sourceNote({ ...article, date: null })).toBe('From one bundled article, “Talks”, by A. Writer; no date given.');
  });
});
