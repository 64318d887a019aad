import { expect, it } from 'vitest';
import type { GetDriver } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { markedTexts, pointOf, sleep, waitForBadge, waitForCard } from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';

// What a page can see of the extension, and what it cannot do to it (issues 10 and 14).

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Page safety</title></head><body>
<p id="p1">Envoy Steve Witkoff met Yury Ushakov in Moscow.</p>
<p id="p2">Shelling went on around Donetsk.</p>
</body></html>`;

/** Records every `message` event and every error the page sees, through a handler many legacy pages have. */
function recordMessages(): void {
  const seen: unknown[] = [];
  Object.defineProperty(window, '__messages', { value: seen });
  window.addEventListener('message', (event) => {
    seen.push(event.data);
    JSON.parse(String(event.data)); // the common legacy handler: throws on anything that is not its own JSON
  });
}

/** A page that removes every child of <html> it did not make, from a MutationObserver, at once. */
function pruneForeignNodes(): void {
  let removed = 0;
  Object.defineProperty(window, '__removed', { get: () => removed });
  // Init scripts run before <html> exists: watch the document, prune <html>'s children.
  new MutationObserver(() => {
    for (const child of [...(document.documentElement?.children ?? [])]) {
      if (child.localName !== 'head' && child.localName !== 'body') {
        child.remove();
        removed++;
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Registers the page-safety tests. */
export function pageSafetyTests(getDriver: GetDriver): void {
  it('sends the page no message and no event that names the extension, so a legacy JSON handler never throws', () =>
    withTab(
      getDriver,
      (server) => server.serveHtml('/safety/messages.html', PAGE),
      async (tab) => {
        await waitForBadge(tab, '3');
        await tab.click(await pointOf(tab, { path: ['#p1'], text: 'Steve Witkoff' }));
        await waitForCard(tab, 'witkoff');
        await tab.press('Escape');
        const messages = await tab.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages);
        expect(messages).toEqual([]);
        // Nothing of ours on the page's global object either.
        const names = await tab.evaluate(() => Object.getOwnPropertyNames(window).filter((name) => /wxt|fact.?notes/i.test(name)));
        expect(names).toEqual([]);
      },
      { initScript: recordMessages },
    ));

  it('stays responsive on a page that prunes foreign children of <html> from a MutationObserver, with at most one host', () =>
    withTab(
      getDriver,
      (server) => server.serveHtml('/safety/prune.html', PAGE),
      async (tab) => {
        await waitForBadge(tab, '3');
        // The first card makes the host; the page removes it; the keeper puts it back three times
        // (lib/session/ui-host.ts MAX_READDS), each in a task of its own, then waits for a real need.
        const removals = () => tab.evaluate(() => (window as unknown as { __removed: number }).__removed);
        await tab.click(await pointOf(tab, { path: ['#p2'], text: 'Donetsk' }));
        await pollFor(removals, (count) => count === 4, 'the host removed once and re-added three times', 2000);
        // A main thread caught in a ping-pong with the page would never answer.
        const answer = await Promise.race([
          tab.evaluate(
            () => new Promise<number>((resolve) => setTimeout(() => resolve(document.querySelectorAll('fact-notes-ui').length), 0)),
          ),
          sleep(5000).then(() => 'no answer: the page is frozen'),
        ]);
        expect(answer).toBe(0);
        // Count and marks stay right without the host.
        await waitForBadge(tab, '3');
        expect((await markedTexts(tab)).sort()).toEqual(['Donetsk', 'Steve Witkoff', 'Yury Ushakov']);
        // The next card is a real need again: one more host, one more round of at most three re-adds.
        await tab.click(await pointOf(tab, { path: ['#p1'], text: 'Yury Ushakov' }));
        await pollFor(removals, (count) => count === 8, 'the second round to end', 2000);
        expect(await tab.evaluate(() => document.querySelectorAll('fact-notes-ui').length)).toBe(0);
      },
      { initScript: pruneForeignNodes },
    ));
}
