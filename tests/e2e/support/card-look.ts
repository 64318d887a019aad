import type { Tab } from './driver.ts';
import { pollFor } from './poll-for.ts';
import { pointOf, readCard, waitForBadge, waitForCard, waitForHost, type CardState } from './page-probes.ts';

// The card's computed look, read from the page: what must not depend on the page it opens on
// (hostile page CSS, a strict CSP).

/** Computed look of the card's parts: what must not depend on the page. */
export type CardLook = Record<string, Record<string, string | number>>;

export function readCardLook(tab: Tab): Promise<CardLook> {
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
export async function openSettledCard(tab: Tab, entity: string): Promise<CardState> {
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
