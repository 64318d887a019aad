import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scopeHighlightsToRoot } from '../../../scripts/vite/highlight-scope';

// The Chromium build's content CSS: every custom-highlight rule on :root only, so pages keep
// no highlight style per element (scripts/vite/highlight-scope.ts says why).
const selectors = (css: string) => [...css.matchAll(/([^{}]+)\{[^{}]*\}/g)].map((match) => match[1]!.trim());

describe('scopeHighlightsToRoot', () => {
  it('puts every rule of assets/highlights.css on :root, declarations unchanged', () => {
    const css = readFileSync(new URL('../../../assets/highlights.css', import.meta.url), 'utf8');
    const scoped = scopeHighlightsToRoot(css);
    expect(selectors(scoped)).toEqual([
      ':root::highlight(fact-notes-soft)',
      ':root::highlight(fact-notes-underline)',
      ':root::highlight(fact-notes-active)',
    ]);
    const bodies = (text: string) => [...text.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1]);
    expect(bodies(scoped)).toEqual(bodies(css));
  });

  it('scopes minified rules and selector lists, and leaves comments and rules already scoped alone', () => {
    expect(scopeHighlightsToRoot('::highlight(a){color:red}::highlight(b),::highlight(c){color:blue}')).toBe(
      ':root::highlight(a){color:red}:root::highlight(b),:root::highlight(c){color:blue}',
    );
    expect(scopeHighlightsToRoot(':root::highlight(a){color:red}')).toBe(':root::highlight(a){color:red}');
    expect(scopeHighlightsToRoot('/* ::highlight(a) */')).toBe('                    ');
  });
});
