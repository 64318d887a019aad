import { describe, expect, it } from 'vitest';
import { pageMentions } from './find-checked';
import { realFormsPages, type RealFormsPage } from './real-forms.data';

// Sentences of our own, modelled on real news pages (the spelling of every name kept
// as the page printed it; where it was seen is in each page's `source`). Each entry is
// a small page: its blocks are matched one by one and the page-level rules applied
// over all of them, as the content script does.
const byLanguage = new Map<string, RealFormsPage[]>();
for (const page of realFormsPages) byLanguage.set(page.lang, [...(byLanguage.get(page.lang) ?? []), page]);

function label(page: RealFormsPage): string {
  const text = page.blocks.join(' ¶ ');
  return `${page.trap ? 'trap: ' : ''}${text.length > 90 ? `${text.slice(0, 90)}…` : text}`;
}

describe('real-world forms', () => {
  it('is a set of at least 150 pages, a quarter of them traps, in English, Russian and Ukrainian at least', () => {
    expect(realFormsPages.length).toBeGreaterThanOrEqual(150);
    expect(realFormsPages.filter((page) => page.trap).length).toBeGreaterThanOrEqual(realFormsPages.length / 4);
    for (const lang of ['en', 'ru', 'uk']) expect(byLanguage.get(lang)?.length ?? 0).toBeGreaterThanOrEqual(40);
  });

  for (const [lang, pages] of byLanguage) {
    describe(lang, () => {
      it.each(pages.map((page) => [label(page), page] as const))('%s', (_, page) => {
        const found = pageMentions(page.blocks).map(({ entity, text }) => ({ entity, text }));
        expect(found).toEqual(page.expected);
      });
    });
  }
});
