import { expect, it } from 'vitest';
import type { GetDriver } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { pointOf, sleep, waitForBadge, waitForCard, waitForHost } from '../support/page-probes.ts';
import { unexpectedRequests } from '../support/request-log.ts';
import { withTab } from '../support/with-tab.ts';

// Contract item 6: the extension makes no network request of its own, ever.
// Fixture pages have no subresources, so every request the test server logs
// beyond their documents came from the browser's own services (filtered) or
// from the extension.

/** Registers the no-network test. */
export function networkTests(getDriver: GetDriver): void {
  it('makes no request of its own while pages load, change, and cards open (with the article page)', async () => {
    const driver = await getDriver();
    await withTab(getDriver, 'rules-forms.html', async (tab) => {
      await waitForHost(tab);
      await waitForBadge(tab, '56');
    });
    await withTab(getDriver, 'interact.html', async (tab) => {
      await tab.bringToFront();
      await waitForHost(tab);
      await waitForBadge(tab, '5');
      await tab.move(await pointOf(tab, { path: ['#p1'], text: 'Yury Ushakov' }));
      await waitForCard(tab, 'ushakov');
      await tab.sendMessage({ type: 'next-mention' });
      await tab.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<p>Volchansk again.</p>'));
      await waitForBadge(tab, '6');
      await tab.click(await pointOf(tab, { path: ['#p2'], text: 'Donetsk' }));
      await waitForCard(tab, 'donetsk');
      // The card's link to the bundled article opens an extension page in a new tab.
      const button = await tab.evaluate(() => {
        const buttons = [...(document.querySelector('fact-notes-ui')?.shadowRoot?.querySelectorAll('[role="dialog"] button') ?? [])];
        const read = buttons.at(-1)?.getBoundingClientRect();
        return read ? { x: read.left + read.width / 2, y: read.top + read.height / 2 } : null;
      });
      expect(button).not.toBeNull();
      await tab.click(button!);
      await sleep(1500); // time for the article tab to load whatever it would load
    });
    const extensionOrigin = /^(chrome|moz)-extension:/;
    await pollFor(
      async () => driver.server.requests,
      (requests) => requests.length > 0,
      'some logged requests',
    );
    expect(driver.server.requests.filter((request) => extensionOrigin.test(request.origin ?? ''))).toEqual([]);
    expect(unexpectedRequests(driver.server.requests)).toEqual([]);
  });
}
