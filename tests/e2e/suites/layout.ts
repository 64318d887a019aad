import { expect, it } from 'vitest';
import type { GetDriver, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { waitForBadge, waitForCard } from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';
import { openSettledCard, readCardLook, type CardLook } from '../support/card-look.ts';

// The card against hostile pages: clipping ancestors and top overlays
// (overlay.html), and page CSS at war with everything (hostile.html vs plain-card.html).

/** Words of a line of card text, lower-cased, for comparing lines. */
const wordsOf = (line: string) => line.toLowerCase().match(/[\p{L}\p{N}’']+/gu) ?? [];

/** Pairs of the card's article texts (five words or more) where most of the shorter one's words are in the other: the same text twice. */
function repeatedLines(texts: string[]): [string, string][] {
  const lines = texts.map((line) => line.trim()).filter((line) => wordsOf(line).length >= 5);
  const pairs: [string, string][] = [];
  lines.forEach((line, i) => {
    for (const other of lines.slice(i + 1)) {
      const [short, long] = wordsOf(line).length <= wordsOf(other).length ? [line, other] : [other, line];
      const available = new Set(wordsOf(long));
      const shared = wordsOf(short).filter((word) => available.has(word)).length;
      if (shared >= wordsOf(short).length * 0.75) pairs.push([line, other]);
    }
  });
  return pairs;
}

/** Where the open card's first fact is, against the card's scrolling body and the window; and the article's words the card shows without a click (interface labels left out). */
function readFirstFact(tab: Tab) {
  return tab.evaluate(() => {
    const root = document.querySelector('fact-notes-ui')?.shadowRoot;
    const popover = root?.querySelector<HTMLElement>('.fn-popover');
    const body = root?.querySelector<HTMLElement>('.fn-body');
    const fact = root?.querySelector('.fn-fact');
    if (!popover || !body || !fact) return null;
    const box = (element: Element) => {
      const rect = element.getBoundingClientRect();
      return { top: Math.round(rect.top), bottom: Math.round(rect.bottom) };
    };
    return {
      layout: popover.dataset.layout,
      body: box(body),
      fact: box(fact),
      bodyScrollTop: body.scrollTop,
      windowHeight: innerHeight,
      texts: [...root!.querySelectorAll<HTMLElement>('.fn-role, .fn-statement, .fn-excerpt-text, .fn-quote, .fn-caveat-text')]
        .filter((element) => element.checkVisibility())
        .map((element) => element.innerText),
    };
  });
}

/** Registers the clipping/overlay and style isolation tests. */
export function layoutTests(getDriver: GetDriver): void {
  it.each([
    ['a 1280×800 window', { width: 1280, height: 800 }, 'float'],
    ['the bottom sheet of a 390×780 phone screen', { width: 390, height: 780 }, 'sheet'],
  ] as const)('in %s every card shows a whole fact without scrolling, and no text twice', (_, size, layout) =>
    withTab(getDriver, 'interact.html', async (tab) => {
      await tab.setViewport(size);
      await waitForBadge(tab, '5');
      for (const entity of ['witkoff', 'ushakov', 'donetsk', 'volchansk']) {
        await tab.sendMessage({ type: 'reveal-entity', entity });
        await waitForCard(tab, entity);
        const seen = await pollFor(
          () => readFirstFact(tab),
          (read) => read?.layout === layout,
          `the ${entity} card as a ${layout}`,
          2000,
        );
        expect(seen!.bodyScrollTop, entity).toBe(0);
        expect(seen!.fact.top, entity).toBeGreaterThanOrEqual(seen!.body.top);
        expect(seen!.fact.bottom, entity).toBeLessThanOrEqual(Math.min(seen!.body.bottom, seen!.windowHeight));
        expect(seen!.texts.length, entity).toBeGreaterThan(1);
        expect(repeatedLines(seen!.texts), entity).toEqual([]);
        await tab.press('Escape');
      }
    }),
  );

  it('the card is in the top layer, inside the viewport and uncovered despite overflow:hidden ancestors and a z-index 2147483647 overlay', () =>
    withTab(getDriver, 'overlay.html', async (tab) => {
      const card = await openSettledCard(tab, 'witkoff');
      const rect = card.rect!;
      const viewport = await tab.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      expect(card.isInTopLayer).toBe(true);
      expect(rect.width).toBeGreaterThan(200);
      expect(rect.height).toBeGreaterThan(100);
      expect(rect.left).toBeGreaterThanOrEqual(0);
      expect(rect.top).toBeGreaterThanOrEqual(0);
      expect(rect.right).toBeLessThanOrEqual(viewport.width);
      expect(rect.bottom).toBeLessThanOrEqual(viewport.height);
      // The overlay covers the lower 65%: the card reaches into it and is still on top.
      expect(rect.bottom).toBeGreaterThan(viewport.height * 0.35);
      expect(card.isUncovered).toBe(true);
    }));

  it('a hostile page stylesheet (all: unset !important, huge fonts, !important colours) leaves the card at its own size and colours', async () => {
    let reference: CardLook = {};
    await withTab(getDriver, 'plain-card.html', async (tab) => {
      await openSettledCard(tab, 'witkoff');
      reference = await readCardLook(tab);
    });
    expect(Object.keys(reference)).toEqual(['dialog', 'heading', 'paragraph', 'button', 'item']);
    await withTab(getDriver, 'hostile.html', async (tab) => {
      const card = await openSettledCard(tab, 'witkoff');
      expect(card).toMatchObject({ isOpen: true, isInTopLayer: true, isUncovered: true, name: 'Steve Witkoff' });
      expect(await readCardLook(tab)).toEqual(reference);
    });
  });
}
