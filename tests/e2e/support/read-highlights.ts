import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** One entry of `CSS.highlights` registered by the extension. */
export interface HighlightEntry {
  name: string;
  /** The text of each range, in the registry's order. */
  texts: string[];
}

// Runs in the page. The highlight registry is shared between the page world and
// content scripts in both browsers, so the page world sees the extension's entries.
function collect(): HighlightEntry[] {
  return [...CSS.highlights]
    .filter(([name]) => name.startsWith('fact-notes'))
    .map(([name, highlight]) => ({ name, texts: [...highlight].map((range) => String(range)) }));
}

/** The extension's `CSS.highlights` entries (names starting with `fact-notes`, contract item 4). */
export async function readHighlights(page: PlaywrightPage | PuppeteerPage): Promise<HighlightEntry[]> {
  return 'context' in page ? page.evaluate(collect) : page.evaluate(collect);
}
