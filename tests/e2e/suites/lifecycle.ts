import { expect, it } from 'vitest';
import type { Driver, GetDriver, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { markedTexts, pointOf, readCard, waitForBadge, waitForCard, waitForHost, type TextTarget } from '../support/page-probes.ts';

// Issue 9, lifecycle: the extension reloaded, or disabled and enabled again, while a page
// is open with a card pinned; and (Chromium) a page shown again from the back/forward cache.

const USHAKOV: TextTarget = { path: ['#p1'], text: 'Yury Ushakov' };
const DONETSK: TextTarget = { path: ['#p2'], text: 'Donetsk' };
/** interact.html's marked mentions, as markedTexts gives them. */
const INTERACT_MARKS = ['Donetsk', 'Steve Witkoff', 'Volchansk', 'Witkoff', 'Yury Ushakov'];
const INVALIDATED = /Extension context invalidated/i;

/** What the page shows of us, read from its main world. */
interface Leftovers {
  /** `<fact-notes-ui>` elements now, and the most there ever were since {@link rememberInstance}. */
  hosts: number;
  maxHosts: number;
  /** Our `CSS.highlights` entries that are the very objects registered before the restart. */
  oldHighlights: string[];
  /** Names of all our entries now. */
  names: string[];
}

/** Notes, in the page, which highlight objects are registered now, and starts counting hosts. */
function rememberInstance(tab: Tab): Promise<void> {
  return tab.evaluate(() => {
    const state = {
      old: [...CSS.highlights].filter(([name]) => name.startsWith('fact-notes')).map(([, highlight]) => highlight),
      maxHosts: document.querySelectorAll('fact-notes-ui').length,
    };
    (window as unknown as { lifecycle: typeof state }).lifecycle = state;
    new MutationObserver(() => {
      state.maxHosts = Math.max(state.maxHosts, document.querySelectorAll('fact-notes-ui').length);
    }).observe(document.documentElement, { childList: true });
  });
}

function readLeftovers(tab: Tab): Promise<Leftovers> {
  return tab.evaluate(() => {
    const state = (window as unknown as { lifecycle: { old: Highlight[]; maxHosts: number } }).lifecycle;
    const ours = [...CSS.highlights].filter(([name]) => name.startsWith('fact-notes'));
    return {
      hosts: document.querySelectorAll('fact-notes-ui').length,
      maxHosts: state.maxHosts,
      oldHighlights: ours.filter(([, highlight]) => state.old.includes(highlight)).map(([name]) => name),
      names: ours.map(([name]) => name),
    };
  });
}

/** interact.html in a new tab, counted, with Yury Ushakov's card pinned by a click. */
async function openWithCard(driver: Driver): Promise<Tab> {
  const tab = await driver.openTab(driver.server.fixtureUrl('interact.html'));
  await tab.bringToFront();
  await waitForHost(tab);
  await waitForBadge(tab, '5');
  await tab.click(await pointOf(tab, USHAKOV));
  await waitForCard(tab, 'ushakov');
  return tab;
}

/**
 * After the extension came back: the open page keeps nothing of the old instance (no host
 * with its card, no highlight it registered, never two hosts), nothing said "Extension
 * context invalidated", and a new tab is marked, counted and opens cards at once.
 */
async function expectCleanRestart(driver: Driver, tab: Tab): Promise<void> {
  // The old card goes: Chromium's orphan notices within a second, Firefox's new instance clears it as it starts.
  const left = await pollFor(
    () => Promise.all([readLeftovers(tab), readCard(tab)]),
    ([state, card]) => state.oldHighlights.length === 0 && state.hosts === 0 && !card.isOpen,
    'the old instance to leave the open page',
    5000,
  );
  expect(left[0].maxHosts).toBeLessThanOrEqual(1);
  if (driver.browserName === 'chromium') {
    // Chromium does not inject content scripts into pages open before the extension (re)started.
    expect(left[0].names).toEqual([]);
  } else {
    // Firefox does, and that new instance marks and counts the page again.
    await pollFor(
      () => markedTexts(tab),
      (texts) => JSON.stringify(texts) === JSON.stringify(INTERACT_MARKS),
      'the new instance to mark the open page',
      5000,
    );
    await waitForBadge(tab, '5', 5000);
  }

  const fresh = await driver.openTab(driver.server.fixtureUrl('interact.html'));
  try {
    await fresh.bringToFront();
    await waitForHost(fresh);
    await waitForBadge(fresh, '5');
    expect(await markedTexts(fresh)).toEqual(INTERACT_MARKS);
    await fresh.click(await pointOf(fresh, DONETSK));
    await waitForCard(fresh, 'donetsk');
    expect(fresh.problems, 'new tab: page and console errors').toEqual([]);
  } finally {
    await fresh.close();
  }

  expect(tab.consoleLog.filter((text) => INVALIDATED.test(text))).toEqual([]);
  expect(tab.problems, 'page and console errors').toEqual([]);
  expect((await driver.extensionErrors()).filter((text) => INVALIDATED.test(text))).toEqual([]);
}

/** Registers the reload and disable/enable tests. */
export function lifecycleTests(getDriver: GetDriver): void {
  it('an extension reload with a card open leaves nothing of the old instance, and a new tab works at once', async () => {
    const driver = await getDriver();
    const tab = await openWithCard(driver);
    try {
      await rememberInstance(tab);
      await driver.reloadExtension();
      await expectCleanRestart(driver, tab);
    } finally {
      await tab.close();
    }
  });

  it('disabling and enabling the extension with a card open leaves nothing of the old instance, and a new tab works at once', async () => {
    const driver = await getDriver();
    const tab = await openWithCard(driver);
    try {
      await rememberInstance(tab);
      await driver.setExtensionEnabled(false);
      if (driver.browserName === 'chromium') {
        // While off: the orphaned content script takes its marks and card away by itself.
        await pollFor(
          () => readLeftovers(tab),
          (state) => state.names.length === 0 && state.hosts === 0,
          'the disabled extension to leave the page',
          5000,
        );
      }
      // Firefox drops a disabled add-on's content scripts without letting them run again,
      // so their marks stay until the add-on is back (its new instance clears them as it starts).
      await driver.setExtensionEnabled(true);
      await expectCleanRestart(driver, tab);
    } finally {
      await tab.close();
    }
  });
}

/**
 * Records every `pageshow` in the page (an init script, so it sees the first one too), and
 * whether a card was showing at that moment: before any timer of the restored page has run.
 */
function recordPageShows(): void {
  const shows: boolean[] = [];
  const cardAtShow: boolean[] = [];
  Object.assign(window, { pageShows: shows, cardAtShow });
  addEventListener('pageshow', (event) => {
    shows.push(event.persisted);
    const dialog = document.querySelector('fact-notes-ui')?.shadowRoot?.querySelector('[role="dialog"][data-entity]');
    cardAtShow.push(!!dialog && dialog.checkVisibility());
  });
}

/** Goes back and waits until the previous page is shown; returns its pageshow records. */
async function goBackTo(tab: Tab, pathname: string): Promise<{ shows: boolean[]; cardAtShow: boolean[]; notRestored: string }> {
  await tab.goBack();
  return pollFor(
    () =>
      tab.evaluate(() => ({
        pathname: location.pathname,
        state: document.readyState,
        shows: (window as unknown as { pageShows: boolean[] }).pageShows,
        cardAtShow: (window as unknown as { cardAtShow: boolean[] }).cardAtShow,
        notRestored: JSON.stringify(
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming & { notRestoredReasons?: unknown })
            .notRestoredReasons ?? null,
        ),
      })),
    (page) => page.pathname === pathname && page.state === 'complete',
    `${pathname} to be shown again`,
  );
}

/** Registers the back/forward cache test: the browser must keep its cache on (Chromium: `backForwardCache: true`). */
export function backForwardCacheTests(getDriver: GetDriver): void {
  it('a page shown again from the back/forward cache has its count on the badge, its marks and its cards', async () => {
    const driver = await getDriver();
    const tab = await driver.openTab(driver.server.fixtureUrl('interact.html'), { initScript: recordPageShows });
    try {
      await tab.bringToFront();
      await waitForHost(tab);
      await waitForBadge(tab, '5');
      await tab.goto(driver.server.fixtureUrl('landing.html'));
      await waitForBadge(tab, '');
      const restored = await goBackTo(tab, '/fixtures/interact.html');
      // The same window, kept: it saw its first show and then one from the cache.
      expect(restored.shows, `not restored: ${restored.notRestored}`).toEqual([false, true]);
      // Contract item 3: current within one second after the page is shown again from the cache.
      await waitForBadge(tab, '5');
      expect(await markedTexts(tab)).toEqual(INTERACT_MARKS);
      await tab.click(await pointOf(tab, USHAKOV));
      await waitForCard(tab, 'ushakov');
      expect(tab.problems, 'page and console errors').toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('a card opened by hovering closes as the page is left, so it is not waiting when the page comes back', async () => {
    const driver = await getDriver();
    const tab = await driver.openTab(driver.server.fixtureUrl('interact.html'), { initScript: recordPageShows });
    try {
      await tab.bringToFront();
      await waitForHost(tab);
      await waitForBadge(tab, '5');
      await tab.move({ x: (await tab.evaluate(() => innerWidth)) - 30, y: 20 });
      await tab.move(await pointOf(tab, USHAKOV));
      await waitForCard(tab, 'ushakov');
      await tab.goto(driver.server.fixtureUrl('landing.html'));
      // The reader's pointer went to the Back button.
      await tab.move({ x: 1, y: 1 });
      const restored = await goBackTo(tab, '/fixtures/interact.html');
      expect(restored.shows, `not restored: ${restored.notRestored}`).toEqual([false, true]);
      expect(restored.cardAtShow).toEqual([false, false]);
      // Hovering works as before.
      await tab.move(await pointOf(tab, DONETSK));
      await waitForCard(tab, 'donetsk');
      expect(tab.problems, 'page and console errors').toEqual([]);
    } finally {
      await tab.close();
    }
  });
}
