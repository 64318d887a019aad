import type { Plugin } from 'vite';

// The content CSS (assets/highlights.css) is in every page the extension may run on. Written
// as `::highlight(fact-notes-…)` its rules match every element, and Chromium then keeps
// highlight styles for each element of every page, mentions or not: a median of 287 KB more
// computed-style memory on six corpus pages, 2.6 MB on wikipedia-2 (`npm run bench`), and on a
// page of 12,000 elements twice the computed-style memory and slower restyles.
// Chromium gives custom highlights highlight inheritance (css-pseudo-4: a highlight
// pseudo-element takes from its parent's, every property), so one rule on `:root` paints
// the same text the same way, shadow trees and slotted text included, at no cost per
// element. Firefox 153 does not inherit them yet, so its build keeps the rules as written.

const CONTENT_CSS = /[\\/]assets[\\/]highlights\.css$/;
const RULE_START = /(^\s*|[{};,]\s*)::highlight\(/g;

/** `css` with each rule on a custom highlight scoped to the root element: `::highlight(x)` becomes `:root::highlight(x)`. */
export function scopeHighlightsToRoot(css: string): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, (comment) => ' '.repeat(comment.length)).replace(RULE_START, '$1:root::highlight(');
}

/** For a browser with highlight inheritance (every one but Firefox), scopes the content CSS's rules to `:root`. */
export function highlightScope(browser: string): Plugin {
  return {
    name: 'fact-notes:highlight-scope',
    // Before Vite's CSS plugin turns the file into a module.
    enforce: 'pre',
    transform(code, id) {
      // Only the file as a stylesheet (the content CSS, and the article page's): the painter's
      // `?inline` copy goes into shadow roots' adopted sheets (Firefox), where no root element is.
      if (browser === 'firefox' || !CONTENT_CSS.test(id)) return undefined;
      const scoped = scopeHighlightsToRoot(code);
      if (!scoped.includes(':root::highlight(')) this.error(`${id}: no ::highlight() rule to scope`);
      return { code: scoped, map: null };
    },
  };
}
