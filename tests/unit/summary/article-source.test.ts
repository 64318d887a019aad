import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import articleText from '../../../lib/summary/article.txt?raw';
import { data } from '../../../lib/summary/data.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('the bundled article', () => {
  it('is a byte-for-byte copy of ../shared/article/article.txt', () => {
    // readFileSync throws when the shared folder is missing: that must fail, not skip.
    const shared = readFileSync(`${root}../shared/article/article.txt`);
    const bundled = readFileSync(`${root}lib/summary/article.txt`);
    expect(bundled.equals(shared)).toBe(true);
  });

  it('is what the ?raw import gives', () => {
    expect(articleText).toBe(readFileSync(`${root}lib/summary/article.txt`, 'utf8'));
  });

  it('is reproduced exactly by the paragraphs joined with "\\n"', () => {
    expect(data.article.paragraphs.join('\n')).toBe(articleText);
    expect(data.article.paragraphs).toEqual(articleText.split('\n'));
  });
});
