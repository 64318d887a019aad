import { afterAll, expect, it } from 'vitest';
import type { AppName, Route } from '../apps/shared/content.ts';
import type { GetDriver, Tab } from '../support/driver.ts';
import { launchPlainBrowser, type PlainBrowser, type PlainTab } from '../support/plain-browser.ts';
import { pollFor } from '../support/poll-for.ts';
import {
  normalizeMention,
  pointOf,
  readMarks,
  waitForBadge,
  waitForCard,
  waitForContentScript,
  waitForNoCard,
} from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';

// Real single-page apps built from the npm packages (React 19 hydrating server markup with
// hydrateRoot, Vue 3 with createSSRApp), bundled before the run by tests/e2e/apps/build-apps.ts
// (issue 14). Each app walks the same steps: hydration, a keyed list reordered, cut and grown,
// History API navigation between routes with different numbers of mentions (one with none),
// Back, and a reload on a pushed route. After every step the badge and the marks are what the
// app says it rendered (`data-mentions`, counted by hand in tests/e2e/apps/shared/content.ts),
// neither React nor Vue reports an error or a hydration mismatch, and the page is, node for node
// and console line for console line, what the same steps give in the browser without the extension.

/** What the tests may do to an app's tab: a tab with the extension, or one of the plain browser. */
type AppTab = Pick<Tab, 'goto' | 'url' | 'evaluate' | 'click' | 'problems' | 'consoleLog'>;

/** One step of the walk and what the app must show after it. */
interface Step {
  name: string;
  act(tab: AppTab, appUrl: (route: string) => string): Promise<void>;
  route: Route;
  /** The keyed list's item ids in order (home route only). */
  items?: string[];
  /** A new document: the content script starts with it, so the one second (contract item 3) counts from its first answer. */
  isLoad?: boolean;
}

const clickText = (selector: string, text: string) => async (tab: AppTab) => tab.click(await pointOf(tab, { path: [selector], text }));
const back = async (tab: AppTab) => tab.evaluate(() => history.back());

// Written out by hand, not computed with the apps' own list code.
const STEPS: Step[] = [
  { name: 'hydrated', act: async () => undefined, route: '/', items: ['visit', 'aide', 'front', 'town'], isLoad: true },
  { name: 'list reversed', act: clickText('#reverse', 'Reverse the list'), route: '/', items: ['town', 'front', 'aide', 'visit'] },
  { name: 'first item removed', act: clickText('#remove', 'Remove the first item'), route: '/', items: ['front', 'aide', 'visit'] },
  { name: 'item added', act: clickText('#add', 'Add an item'), route: '/', items: ['front', 'aide', 'visit', 'next-week'] },
  { name: 'pushState to /briefing', act: clickText('nav a[href$="/briefing"]', 'Briefing'), route: '/briefing' },
  { name: 'pushState to /about', act: clickText('nav a[href$="/about"]', 'About'), route: '/about' },
  { name: 'back to /briefing', act: back, route: '/briefing' },
  { name: 'back to /', act: back, route: '/', items: ['front', 'aide', 'visit', 'next-week'] },
  { name: 'reload on /briefing', act: (tab, appUrl) => tab.goto(appUrl('/briefing')), route: '/briefing', isLoad: true },
];

/** What a step left in the page, read from the main world. */
interface Snapshot {
  route: string | null;
  items: string[];
  hydrated: boolean;
  /** What the app says it rendered: every `data-mentions` entry under the container. */
  mentions: string[];
  errors: string[] | null;
  head: string;
  body: string;
}

function readSnapshot(tab: AppTab): Promise<Snapshot> {
  return tab.evaluate(() => {
    const app = document.getElementById('app')!;
    return {
      route: app.querySelector('main')?.getAttribute('data-route') ?? null,
      items: [...app.querySelectorAll('[data-item]')].map((item) => item.getAttribute('data-item') ?? ''),
      hydrated: window.__hydrated === true,
      mentions: [...app.querySelectorAll('[data-mentions]')].flatMap((block) =>
        block.getAttribute('data-mentions')!.split('|').filter(Boolean),
      ),
      errors: window.__errors ?? null,
      head: document.head.outerHTML,
      body: document.body.outerHTML,
    };
  });
}

/** Waits until the app has hydrated and shows `step`'s route and list. */
function waitForStep(tab: AppTab, step: Step): Promise<Snapshot> {
  return pollFor(
    () => readSnapshot(tab),
    (shot) => shot.hydrated && shot.route === step.route && (!step.items || JSON.stringify(shot.items) === JSON.stringify(step.items)),
    `the app at "${step.name}" (route ${step.route}${step.items ? `, items ${step.items.join(',')}` : ''})`,
  );
}

/** A hydration mismatch as React's and Vue's development builds word it. */
const HYDRATION_PROBLEM = /hydration failed|mismatch|did(?:n't| not) match/i;

/** Walks every step in `tab`, calling `check` after each; returns the snapshots. */
async function walk(
  tab: AppTab,
  appUrl: (route: string) => string,
  check: (step: Step, shot: Snapshot) => Promise<void>,
): Promise<Snapshot[]> {
  const shots: Snapshot[] = [];
  for (const step of STEPS) {
    await step.act(tab, appUrl);
    const shot = await waitForStep(tab, step);
    await check(step, shot);
    shots.push(shot);
  }
  return shots;
}

/** The DOM and state of each step, without what only the extension's run has. */
const comparable = (shots: Snapshot[]) =>
  shots.map(({ route, items, mentions, errors, head, body }) => ({ route, items, mentions, errors, head, body }));

/** Registers the framework-app tests. */
export function frameworkAppTests(getDriver: GetDriver): void {
  let plain: Promise<PlainBrowser> | undefined;
  afterAll(async () => (await plain?.catch(() => undefined))?.close());

  for (const [name, framework] of [
    ['react', 'React 19 (renderToString + hydrateRoot)'],
    ['vue', 'Vue 3 (createSSRApp + hydration)'],
  ] as Array<[AppName, string]>) {
    it(`${framework}: no mismatch detected on a clean hydration, and a planted one is caught (the detectors work)`, async () => {
      const driver = await getDriver();
      const browser = await (plain ??= launchPlainBrowser(driver));
      for (const [search, isPlanted] of [
        ['', false],
        ['?mismatch', true],
      ] as const) {
        const tab = await browser.openTab(driver.server.appUrl(name, `/${search}`));
        try {
          const shot = await waitForStep(tab, STEPS[0]!);
          const reported = [...(shot.errors ?? []), ...tab.consoleLog].filter((line) => HYDRATION_PROBLEM.test(line));
          expect({ search, errors: shot.errors !== null, isReported: reported.length > 0 }).toEqual({
            search,
            errors: true,
            isReported: isPlanted,
          });
          if (isPlanted) expect(shot.errors!.length, 'the planted mismatch reaches the error callbacks').toBeGreaterThan(0);
        } finally {
          await tab.close();
        }
      }
    });

    it(`${framework}: after hydration and every list and route step the badge and marks follow the app, with no error, no mismatch, and the page as without the extension`, () =>
      withTab(
        getDriver,
        (server) => server.appUrl(name),
        async (tab, driver) => {
          const appUrl = (route: string) => driver.server.appUrl(name, route);
          const withExtension = await walk(tab, appUrl, async (step, shot) => {
            const count = shot.mentions.length;
            if (step.isLoad) await waitForContentScript(tab);
            await waitForBadge(tab, count ? String(count) : '');
            // Marks on the nodes React or Vue kept, moved or made: the texts, and none left on a node they threw away.
            const want = JSON.stringify(shot.mentions.map(normalizeMention).sort());
            await pollFor(
              () => readMarks(tab),
              (marks) => {
                const painted = marks.filter((mark) => mark.name !== 'fact-notes-active');
                const texts = painted.flatMap((mark) => mark.texts.map(normalizeMention)).sort();
                return JSON.stringify(texts) === want && painted.every((mark) => mark.stale === 0);
              },
              `marks ${want}, none stale, at "${step.name}"`,
              1000,
            );
            expect({ step: step.name, errors: shot.errors, problems: tab.problems }).toEqual({ step: step.name, errors: [], problems: [] });
            expect(tab.consoleLog.filter((line) => HYDRATION_PROBLEM.test(line))).toEqual([]);
          });
          expect(withExtension.map((shot) => shot.mentions.length)).toEqual([9, 9, 8, 10, 3, 0, 3, 10, 3]);

          const browser = await (plain ??= launchPlainBrowser(driver));
          const plainTab: PlainTab = await browser.openTab(appUrl('/'));
          try {
            const without = await walk(plainTab, appUrl, async () => undefined);
            expect(comparable(withExtension)).toEqual(comparable(without));
            expect(tab.consoleLog).toEqual(plainTab.consoleLog);
          } finally {
            await plainTab.close();
          }
        },
      ));

    it(`${framework}: a card opens on a hydrated mention split across inline elements, and on one in a list item the framework moved`, () =>
      withTab(
        getDriver,
        (server) => server.appUrl(name),
        async (tab) => {
          await waitForStep(tab, STEPS[0]!);
          await waitForContentScript(tab);
          await waitForBadge(tab, '9');
          // <b>Steve</b> Witkoff: clicked on the bold part; Don<span>etsk</span>: on the span.
          await tab.click(await pointOf(tab, { path: ['#app article b'], text: 'Steve' }));
          await waitForCard(tab, 'witkoff');
          await tab.press('Escape');
          await waitForNoCard(tab);
          await tab.click(await pointOf(tab, { path: ['#app article span'], text: 'etsk' }));
          await waitForCard(tab, 'donetsk');
          await tab.press('Escape');
          await waitForNoCard(tab);
          // A keyed item the framework moved: its mention still opens a card.
          await tab.click(await pointOf(tab, { path: ['#reverse'], text: 'Reverse the list' }));
          await waitForStep(tab, STEPS[1]!);
          await tab.click(await pointOf(tab, { path: ['#app li[data-item="town"]'], text: 'Vovchansk' }));
          await waitForCard(tab, 'volchansk');
          await tab.press('Escape');
          await waitForNoCard(tab);
          expect((await readSnapshot(tab)).errors).toEqual([]);
        },
      ));
  }
}
