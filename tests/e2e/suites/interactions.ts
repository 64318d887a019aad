import { expect, it } from 'vitest';
import type { GetDriver, Point, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import {
  pointOf,
  readAnnouncement,
  readCard,
  sleep,
  waitForBadge,
  waitForCard,
  waitForHost,
  waitForNoCard,
  type TextTarget,
} from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';
import { foreignMutations, installMutationRecorder, readIntegrity } from '../support/page-integrity.ts';

// Contract item 5 on tests/e2e/fixtures/interact.html: hover, click, tap,
// Escape, the keyboard command and links, as a reader would use them.

const NAMES: Record<string, string> = { witkoff: 'Steve Witkoff', ushakov: 'Yury Ushakov', donetsk: 'Donetsk', volchansk: 'Volchansk' };
const WITKOFF: TextTarget = { path: ['#p1'], text: 'Steve Witkoff' };
const USHAKOV: TextTarget = { path: ['#p1'], text: 'Yury Ushakov' };
const DONETSK: TextTarget = { path: ['#p2'], text: 'Donetsk' };
const FAR: TextTarget = { path: ['#far'], text: 'Witkoff' };

/** A point right of the text column, where neither text nor a card (placed at its mention) can be. */
async function away(tab: Tab): Promise<Point> {
  return { x: (await tab.evaluate(() => innerWidth)) - 30, y: 20 };
}

/** Brings interact.html to the front and waits until its five mentions are counted. */
async function ready(tab: Tab): Promise<void> {
  await tab.bringToFront();
  await waitForHost(tab);
  await waitForBadge(tab, '5');
}

/** Opening, moving and closing cards must leave the page's DOM as parsed, apart from the host (contract item 4). */
async function expectUntouched(tab: Tab): Promise<void> {
  const integrity = await readIntegrity(tab);
  expect(integrity.isRecording).toBe(true);
  expect(foreignMutations(integrity)).toEqual([]);
  expect(integrity.htmlDiff).toBeNull();
}

const RECORDED = { initScript: installMutationRecorder };

/** Registers the pointer and keyboard tests. */
export function interactionTests(getDriver: GetDriver): void {
  it('resting the pointer on a mention opens its card within a second, named by the entity; leaving closes it', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.move(await away(tab));
        await tab.move(await pointOf(tab, WITKOFF));
        const card = await waitForCard(tab, 'witkoff');
        expect(card.name).toBe(NAMES.witkoff);
        expect(card.isInTopLayer).toBe(true);
        expect(card.hasFocus).toBe(false); // hovering must not take focus from the page
        await tab.move(await away(tab));
        await waitForNoCard(tab);
        // Another mention, another card.
        await tab.move(await pointOf(tab, DONETSK));
        expect((await waitForCard(tab, 'donetsk')).name).toBe(NAMES.donetsk);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('moving from the mention into the card keeps it open', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.move(await pointOf(tab, USHAKOV));
        const { rect } = await waitForCard(tab, 'ushakov');
        await tab.move({ x: rect!.left + rect!.width / 2, y: rect!.top + Math.min(40, rect!.height / 2) });
        await sleep(1000); // well past the grace period
        expect(await readCard(tab)).toMatchObject({ isOpen: true, entity: 'ushakov' });
        await tab.move(await away(tab));
        await waitForNoCard(tab);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('a click opens the card at once and it stays open after the pointer leaves; a click elsewhere closes it', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.click(await pointOf(tab, USHAKOV));
        expect((await waitForCard(tab, 'ushakov')).name).toBe(NAMES.ushakov);
        await tab.move(await away(tab));
        await sleep(1000);
        expect(await readCard(tab)).toMatchObject({ isOpen: true, entity: 'ushakov' });
        await tab.click(await away(tab));
        await waitForNoCard(tab);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('a tap opens the card and keeps it open; a tap elsewhere closes it', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.tap(await pointOf(tab, DONETSK));
        expect((await waitForCard(tab, 'donetsk')).name).toBe(NAMES.donetsk);
        await sleep(1000);
        expect(await readCard(tab)).toMatchObject({ isOpen: true, entity: 'donetsk' });
        await tab.tap(await away(tab));
        await waitForNoCard(tab);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('Escape closes a clicked card', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.click(await pointOf(tab, WITKOFF));
        await waitForCard(tab, 'witkoff');
        await tab.press('Escape');
        await waitForNoCard(tab);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('the keyboard command opens the next mention with focus in its card; Escape closes it and returns focus', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        await tab.evaluate(() => document.getElementById('before')!.focus());
        // What the background does on Alt+Shift+N (entrypoints/background.ts): this message to the tab's top frame.
        await tab.sendMessage({ type: 'next-mention' });
        const card = await waitForCard(tab, 'witkoff');
        expect(card.hasFocus).toBe(true);
        expect(card.name).toBe(NAMES.witkoff);
        await tab.press('Escape');
        await waitForNoCard(tab);
        expect(await tab.evaluate(() => document.activeElement?.id)).toBe('before');
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('the keyboard command walks the mentions in reading order and scrolls an off-screen one into view', () =>
    withTab(
      getDriver,
      'interact.html',
      async (tab) => {
        await ready(tab);
        const height = await tab.evaluate(() => innerHeight);
        expect((await pointOf(tab, FAR)).y).toBeGreaterThan(height); // starts below the fold
        const order = ['witkoff', 'ushakov', 'donetsk', 'volchansk', 'witkoff'];
        for (const [step, entity] of order.entries()) {
          await tab.sendMessage({ type: 'next-mention' });
          // The card of this step, with focus (the step before may have shown the same entity).
          await pollFor(
            () => readCard(tab),
            (card) => card.isOpen && card.entity === entity && card.hasFocus,
            `step ${step}: the ${entity} card with focus`,
            1000,
          );
          // What a screen reader hears: the marks themselves are invisible to it.
          const said = `Mention ${step + 1} of ${order.length}: ${NAMES[entity]}`;
          const region = await pollFor(
            () => readAnnouncement(tab),
            (read) => read?.text === said,
            `the live region to say "${said}"`,
            1000,
          );
          expect(region).toMatchObject({ role: 'status', live: 'polite', inShadowRoot: true });
        }
        const far = await pointOf(tab, FAR);
        expect(far.y).toBeGreaterThan(0);
        expect(far.y).toBeLessThan(height);
        expect(await tab.evaluate(() => scrollY)).toBeGreaterThan(0);
        await expectUntouched(tab);
      },
      RECORDED,
    ));

  it('a mention inside a link still follows the link when clicked', () =>
    withTab(getDriver, 'interact.html', async (tab, driver) => {
      await ready(tab);
      await tab.click(await pointOf(tab, { path: ['#link'], text: 'Volchansk' }));
      await pollFor(
        async () => tab.url(),
        (url) => url === driver.server.fixtureUrl('landing.html'),
        'the link to navigate',
        5000,
      );
      await pollFor(() => tab.evaluate(() => document.getElementById('landed') !== null), Boolean, 'the landing page', 5000);
    }));
}
