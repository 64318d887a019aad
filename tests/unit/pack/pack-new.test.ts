import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleHash, checkPack } from '../../../lib/pack/check-pack.ts';
import { deriveTitle, newPack, slugify, splitParagraphs } from '../../../lib/pack/new-pack.ts';
import { examplePack, exampleTextPath } from './fixtures.ts';

describe('splitParagraphs', () => {
  it('splits at blank lines and joins wrapped lines with a space', () => {
    expect(splitParagraphs('One line\nwrapped here.\n\nTwo.\n   \n\n\nThree “quoted”.\n')).toEqual([
      'One line wrapped here.',
      'Two.',
      'Three “quoted”.',
    ]);
  });

  it('drops a byte-order mark, Windows line ends and edge whitespace, and nothing else', () => {
    expect(splitParagraphs('\uFEFF  First — it’s “here”. \r\n\r\nSecond\r\n')).toEqual(['First — it’s “here”.', 'Second']);
  });

  it('gives nothing for blank text', () => {
    expect(splitParagraphs(' \n\n \n')).toEqual([]);
  });
});

describe('deriveTitle and slugify', () => {
  it('keeps a short first paragraph whole and cuts a long one at a word', () => {
    expect(deriveTitle('Ferry cuts approved')).toBe('Ferry cuts approved');
    const long = `${'word '.repeat(40)}end`;
    const title = deriveTitle(long);
    expect(title.endsWith('word…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(121);
  });

  it('makes file names into slugs', () => {
    expect(slugify('Harbour Ferry.txt')).toBe('harbour-ferry');
    expect(slugify('Café_Notes 2026.md')).toBe('cafe-notes-2026');
    expect(slugify('Донецьк.txt')).toBe('pack');
  });
});

describe('newPack', () => {
  it('makes a skeleton whose only problem is that it has no entities', () => {
    const pack = newPack('Ferry cuts approved\n\nThe council voted on Tuesday.\n', 'ferry');
    expect(checkPack(pack).problems).toEqual([{ path: 'entities', code: 'no-entities', params: {} }]);
    expect(pack.article).toMatchObject({
      title: 'Ferry cuts approved',
      isTitleDerived: true,
      author: null,
      date: null,
      sourceUrl: null,
      paragraphs: ['Ferry cuts approved', 'The council voted on Tuesday.'],
      sha256: articleHash(['Ferry cuts approved', 'The council voted on Tuesday.']),
    });
    // Already in parsed form: what the file holds is what the extension would store.
    expect(checkPack(pack).pack).toStrictEqual(pack);
  });

  it('hashes the paragraphs joined with a blank line, so a clean text file hashes as itself', () => {
    const text = 'One.\n\nTwo “quoted”.';
    expect(newPack(text, 'x').article.sha256).toBe(articleHash(['One.', 'Two “quoted”.']));
    expect(articleHash(splitParagraphs(text))).toBe(articleHash(text.split('\n\n')));
  });

  it('refuses a text with no paragraphs', () => {
    expect(() => newPack('\n \n', 'x')).toThrow(/no paragraphs/);
  });

  it('made the example pack’s article from examples/harbour-ferry.txt', () => {
    const skeleton = newPack(readFileSync(exampleTextPath, 'utf8'), 'harbour-ferry');
    const example = examplePack();
    expect(example.article.paragraphs).toEqual(skeleton.article.paragraphs);
    expect(example.article.sha256).toBe(skeleton.article.sha256);
    expect(example.id).toBe(skeleton.id);
  });
});
