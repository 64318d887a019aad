import { expect, it } from 'vitest';
import type { GetDriver } from '../support/driver.ts';
import { openSettledCard, readCardLook, type CardLook } from '../support/card-look.ts';
import { markedTexts, pointOf, waitForBadge, waitForCard, waitForHost, waitForNoCard } from '../support/page-probes.ts';
import { pollFor } from '../support/poll-for.ts';
import { withTab } from '../support/with-tab.ts';

// Pages hostile to extensions (issue 14): a strict CSP with Trusted Types (strict.html), and
// main-world overrides of the DOM methods a content script might call (hostile-globals.html).

/** Runs in the page's main world before its own code: logs every CSP and Trusted Types violation it reports. */
function collectViolations(): void {
  const log: string[] = [];
  (window as unknown as { violations: string[] }).violations = log;
  document.addEventListener(
    'securitypolicyviolation',
    (event) => log.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`),
    true,
  );
}

/**
 * Firefox's own favicon request is refused (`img-src` falls back to `default-src 'none'`) and
 * reported, from its `resource:` code, as a violation and a page error: the browser's doing, with
 * or without the extension. Only that exact report is left out.
 */
const isFaviconReport = (text: string) =>
  /\bimg-src\b/.test(text) && /^http:\/\/127\.0\.0\.1:\d+\/favicon\.ico$/.test(text.match(/http:\S+/)?.[0] ?? '');

/** The violations logged so far, but the browser's favicon one (see {@link isFaviconReport}). */
const readViolations = (tab: { evaluate<R>(fn: () => R): Promise<R> }) =>
  tab.evaluate(() =>
    ((window as unknown as { violations?: string[] }).violations ?? ['no collector']).filter(
      (line) => !line.startsWith(`img-src ${location.origin}/favicon.ico resource:`),
    ),
  );

/** Registers the hostile-page tests. */
export function hostilePageTests(getDriver: GetDriver): void {
  it('a strict page (CSP default-src none, script and style from self, Trusted Types with no policy): count, marks and a styled card, no violation', async () => {
    let reference: CardLook = {};
    await withTab(getDriver, 'plain-card.html', async (tab) => {
      await openSettledCard(tab, 'witkoff');
      reference = await readCardLook(tab);
    });
    expect(Object.keys(reference)).toEqual(['dialog', 'heading', 'paragraph', 'button', 'item']);
    await withTab(
      getDriver,
      'strict.html',
      async (tab) => {
        // The page's own script and stylesheet load ('self').
        expect(await tab.evaluate(() => (window as unknown as { strictPage?: { ran: boolean } }).strictPage?.ran)).toBe(true);
        expect(await tab.evaluate(() => getComputedStyle(document.getElementById('m')!).fontSize)).toBe('16px');
        const card = await openSettledCard(tab, 'witkoff');
        expect(card).toMatchObject({ isOpen: true, isInTopLayer: true, isUncovered: true, name: 'Steve Witkoff' });
        expect(await markedTexts(tab)).toEqual(['Witkoff']);
        // Styled as on a plain page: the card's stylesheet was not refused.
        expect(await readCardLook(tab)).toEqual(reference);
        await tab.press('Escape');
        await waitForNoCard(tab);
        expect(await readViolations(tab), 'CSP and Trusted Types violations').toEqual([]);
        expect(
          tab.problems.filter((problem) => !isFaviconReport(problem.text)),
          'page and console errors',
        ).toEqual([]);
        // The policy is really enforced and the collector hears it: the page's own inline style
        // and string HTML are refused.
        const isRefused = await tab.evaluate(() => {
          const style = document.createElement('style');
          style.textContent = '#m { font-size: 40px; }';
          document.head.append(style);
          try {
            document.createElement('div').innerHTML = '<b>string HTML</b>';
            return false;
          } catch {
            return true;
          }
        });
        expect(isRefused).toBe(true);
        const after = await pollFor(
          () => readViolations(tab),
          (list) => list.length >= 2,
          'the page’s own inline style and string HTML to be refused',
          1000,
        );
        expect(after.map((line) => line.split(' ')[0]).sort()).toEqual(['require-trusted-types-for', 'style-src-elem']);
        expect(await tab.evaluate(() => getComputedStyle(document.getElementById('m')!).fontSize)).toBe('16px');
      },
      {
        initScript: collectViolations,
        // Only the controls above (the page's own refused style and HTML): the browser logs them.
        ignoreProblem: (problem) =>
          isFaviconReport(problem.text) ||
          /inline style|style-src|Content-Security-Policy|Content Security Policy|TrustedHTML|Trusted Type/i.test(problem.text),
      },
    );
  });

  it('a page that overrides attachShadow, appendChild, addEventListener, getSelection and CSS.highlights in its world: count, marks and cards work, the page sees no error', () =>
    withTab(getDriver, 'hostile-globals.html', async (tab) => {
      // The overrides are in place in the page's world.
      expect(
        await tab.evaluate(() => {
          try {
            document.body.appendChild(document.createTextNode(''));
            return 'not overridden';
          } catch {
            return (window as unknown as { hostile: { calls: string[] } }).hostile.calls.splice(0);
          }
        }),
      ).toEqual(['Node.prototype.appendChild']);
      await waitForHost(tab);
      await waitForBadge(tab, '3');
      expect(await markedTexts(tab)).toEqual(['Steve Witkoff', 'Volchansk', 'Yury Ushakov']);
      // Click opens, Escape closes, hover opens: the card's host (attachShadow, append) and its listeners work.
      await tab.click(await pointOf(tab, { path: ['#m'], text: 'Ushakov' }));
      await waitForCard(tab, 'ushakov');
      await tab.press('Escape');
      await waitForNoCard(tab);
      await tab.move(await pointOf(tab, { path: ['#n'], text: 'Volchansk' }));
      await waitForCard(tab, 'volchansk');
      expect(await tab.evaluate(() => document.querySelectorAll('fact-notes-ui').length)).toBe(1);
      // None of the page's replacements was ever called: the extension used the browser's own.
      expect(await tab.evaluate(() => (window as unknown as { hostile: { calls: string[] } }).hostile.calls)).toEqual([]);
    }));
}
