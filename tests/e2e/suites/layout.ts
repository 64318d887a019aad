import { expect, it } from 'vitest';
import type { GetDriver, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { pointOf, readCard, waitForBadge, waitForCard, waitForHost, type CardState } from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';

// The card against hostile pages: clipping ancestors and top overlays
// (overlay.html), and page CSS at war with everything (hostile.html vs plain-card.html).

/** Computed look of the card's parts: what must not depend on the page. */
type CardLook = Record<string, Record<string, string | number>>;

function readCardLook(tab: Tab): Promise<CardLook> {
  return tab.evaluate(() => {
    const dialog = document.querySelector('fact-notes-ui')?.shadowRoot?.querySelector('[role="dialog"][data-entity]');
    if (!dialog) return {};
    const parts: Record<string, Element | null> = {
      dialog,
      heading: dialog.querySelector('h2'),
      paragraph: dialog.querySelector('p'),
      button: dialog.querySelector('button'),
      item: dialog.querySelector('li'),
    };
    const properties = [
      'display',
      'visibility',
      'opacity',
      'color',
      'background-color',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'line-height',
      'letter-spacing',
      'word-spacing',
      'text-transform',
      'text-align',
      'border-top-width',
      'padding-top',
      'cursor',
    ];
    const look: Record<string, Record<string, string | number>> = {};
    for (const [key, el] of Object.entries(parts)) {
      if (!el) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const entry: Record<string, string | number> = { width: Math.round(box.width) };
      // The dialog's height follows the room beside the mention; its parts' heights must not change.
      if (key !== 'dialog') entry.height = Math.round(box.height);
      for (const property of properties) entry[property] = style.getPropertyValue(property);
      look[key] = entry;
    }
    return look;
  });
}

/** Clicks the first mention in #m and waits until the card stops moving (its entrance animation ends). */
async function openSettledCard(tab: Tab, entity: string): Promise<CardState> {
  await waitForHost(tab);
  await waitForBadge(tab, '1');
  await tab.click(await pointOf(tab, { path: ['#m'], text: 'Witkoff' }));
  await waitForCard(tab, entity);
  let last = '';
  return pollFor(
    () => readCard(tab),
    (card) => {
      const now = JSON.stringify(card.rect);
      const isStill = now === last;
      last = now;
      return isStill;
    },
    'the card to stop moving',
    3000,
  );
}

/** Registers the clipping/overlay and style isolation tests. */
export function layoutTests(getDriver: GetDriver): void {
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
