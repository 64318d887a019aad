import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, it } from 'vitest';
import type { Driver, GetDriver, Tab } from '../support/driver.ts';
import { pollFor } from '../support/poll-for.ts';
import { askMentions, errorsSince, markedTexts, pointOf, sleep, waitForBadge, waitForCard } from '../support/page-probes.ts';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from '../support/paths.ts';
import { tinyPdf } from '../support/tiny-pdf.ts';
import { withTab } from '../support/with-tab.ts';
import type { PageMentions } from '../../../lib/messages.ts';

// Issue 14, odd pages: tabs that are not ordinary http(s) documents, text a reader has to
// open, frames, and many tabs loading at once. The sentences are our own, after the bundled
// article (lib/summary/article.txt), names spelled as it prints them.

const NAMES = 'Steve Witkoff met Yury Ushakov; they spoke of Donetsk and Volchansk.';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

const REAL_PAGE = page('A real page', `<p>${NAMES}</p>`);

/** What a tab shows of the extension where the content script must not run. */
async function expectNothingOfOurs(tab: Tab): Promise<void> {
  // Absence: give a content script (document_idle) the time it would take to count.
  await sleep(1000);
  expect(await tab.badge(), 'badge').toBe('');
  // Nobody answers the popup's question: the script was never injected.
  await expect(askMentions(tab)).rejects.toThrow();
  const seen = await tab.evaluate(() => ({
    hosts: document.querySelectorAll('fact-notes-ui').length,
    highlights:
      typeof CSS === 'undefined' || !CSS.highlights ? [] : [...CSS.highlights.keys()].filter((name) => name.startsWith('fact-notes')),
  }));
  expect(seen).toEqual({ hosts: 0, highlights: [] });
}

/** The tab still works: a real page loaded in it is counted. */
async function expectRealPageWorks(tab: Tab, driver: Driver, name: string): Promise<void> {
  await tab.goto(driver.server.serveHtml(`/odd/after-${name}.html`, REAL_PAGE));
  await waitForBadge(tab, '4');
}

function buildManifest(driver: Driver): Promise<{ content_scripts: Array<{ matches: string[]; all_frames?: boolean }> }> {
  const dir = driver.browserName === 'chromium' ? CHROME_BUILD_DIR : FIREFOX_BUILD_DIR;
  return fs
    .readFile(path.join(dir, 'manifest.json'), 'utf8')
    .then((text) => JSON.parse(text) as { content_scripts: Array<{ matches: string[]; all_frames?: boolean }> });
}

/** Registers the odd-page tests. */
export function oddPagesTests(getDriver: GetDriver): void {
  it('the content script matches http and https pages only, in the top frame only (built manifest)', async () => {
    const manifest = await buildManifest(await getDriver());
    expect(manifest.content_scripts.map(({ matches, all_frames }) => ({ matches, allFrames: all_frames ?? false }))).toEqual([
      { matches: ['http://*/*', 'https://*/*'], allFrames: false },
    ]);
  });

  it('about:blank, even with names written into it, gets no script, no host and no badge; a real page next in the tab is counted', () =>
    withTab(
      getDriver,
      () => 'about:blank',
      async (tab, driver) => {
        await tab.evaluate((names) => {
          const p = document.createElement('p');
          p.textContent = names;
          document.body.append(p);
        }, NAMES);
        await expectNothingOfOurs(tab);
        await expectRealPageWorks(tab, driver, 'blank');
      },
    ));

  it('a data: URL page naming all four gets no script, no host and no badge; a real page next in the tab is counted', () =>
    withTab(
      getDriver,
      () => `data:text/html;charset=utf-8,${encodeURIComponent(REAL_PAGE)}`,
      async (tab, driver) => {
        expect(await tab.evaluate(() => document.body.textContent)).toContain('Steve Witkoff');
        await expectNothingOfOurs(tab);
        await expectRealPageWorks(tab, driver, 'data');
      },
    ));

  it('a file: page naming all four gets no script (not in the match patterns; Chromium also needs "Allow access to file URLs")', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'fact-notes-file-'));
    const file = path.join(dir, 'names.html');
    await fs.writeFile(file, REAL_PAGE);
    try {
      await withTab(
        getDriver,
        () => pathToFileURL(file).href,
        async (tab, driver) => {
          expect(await tab.evaluate(() => [location.protocol, document.body.textContent])).toEqual(['file:', NAMES]);
          await expectNothingOfOurs(tab);
          await expectRealPageWorks(tab, driver, 'file');
        },
      );
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('a PDF tab whose text names an entity is not scanned and not broken: badge "", and the tab goes on to a real page', async () => {
    const driver = await getDriver();
    const newErrors = await errorsSince(driver);
    const url = driver.server.serveFile('/odd/names.pdf', tinyPdf('Steve Witkoff met Yury Ushakov in Moscow.'), 'application/pdf');
    const tab = await driver.openTab();
    try {
      // The viewer's load is not a page load a driver can always wait for (Chromium's is a
      // plugin frame, Firefox's pdf.js a privileged document): start it, then wait for the URL.
      tab.goto(url).catch(() => undefined);
      await pollFor(
        () => Promise.resolve(tab.url()),
        (href) => href === url,
        'the PDF tab to commit',
      );
      await sleep(1000);
      expect(await tab.badge(), 'badge').toBe('');
      expect(await tab.evaluate(() => document.contentType)).toBe('application/pdf');
      if (driver.browserName === 'chromium') {
        // Chromium runs the script in the top document that embeds its viewer (an http page whose
        // only content is the plugin's <embed>; the PDF's text lives in the viewer's own frame,
        // an extension page of Chromium's): it is active there and finds nothing.
        expect(await askMentions(tab)).toMatchObject({ isActive: true, counts: { witkoff: 0, ushakov: 0, donetsk: 0, volchansk: 0 } });
      } else {
        // Firefox's pdf.js renders the text into the tab's own document (a privileged viewer page
        // at the PDF's URL), where WebExtension content scripts are never injected.
        await pollFor(
          () => tab.evaluate(() => document.body.textContent),
          (text) => text.includes('Steve Witkoff'),
          'pdf.js to render the text layer',
        );
        await expect(askMentions(tab)).rejects.toThrow();
        expect(await tab.badge(), 'badge after the text layer').toBe('');
      }
      await expectRealPageWorks(tab, driver, 'pdf');
      expect(tab.problems, 'page and console errors').toEqual([]);
      expect(await newErrors(), 'extension errors').toEqual([]);
    } finally {
      await tab.close();
    }
  });

  it('text in a closed <details> does not count; opening it counts it within a second, closing it takes it away again', () =>
    withTab(
      getDriver,
      (server) =>
        server.serveHtml(
          '/odd/details.html',
          page(
            'Details',
            `<p id="open">Steve Witkoff arrived in Moscow.</p>
<details id="more"><summary id="summary">What else was said</summary><p id="inside">Yury Ushakov spoke of Donetsk.</p></details>`,
          ),
        ),
      async (tab) => {
        await waitForBadge(tab, '1', 10_000);
        expect(await markedTexts(tab)).toEqual(['Steve Witkoff']);
        const summary = await pointOf(tab, { path: ['#summary'], text: 'What else' });
        await tab.click(summary);
        expect(await tab.evaluate(() => (document.getElementById('more') as HTMLDetailsElement).open)).toBe(true);
        await waitForBadge(tab, '3');
        expect(await markedTexts(tab)).toEqual(['Donetsk', 'Steve Witkoff', 'Yury Ushakov']);
        await tab.click(summary);
        expect(await tab.evaluate(() => (document.getElementById('more') as HTMLDetailsElement).open)).toBe(false);
        await waitForBadge(tab, '1');
        expect(await markedTexts(tab)).toEqual(['Steve Witkoff']);
      },
    ));

  it('same- and cross-origin frames naming entities: the badge counts the top frame only, and no frame gets marks or a host', () =>
    withTab(
      getDriver,
      (server) => {
        const same = server.serveHtml('/odd/frame-same.html', page('Same-origin frame', '<p>Yury Ushakov and Donetsk.</p>'));
        const other = server.serveHtml('/odd/frame-other.html', page('Cross-origin frame', '<p>Volchansk, Donetsk and Yury Ushakov.</p>'));
        const otherUrl = server.otherUrl(new URL(other).pathname);
        return server.serveHtml(
          '/odd/frames.html',
          page(
            'Frames',
            `<p id="top">Steve Witkoff arrived in Moscow.</p>
<iframe id="same" src="${same}" width="400" height="100"></iframe>
<iframe id="other" src="${otherUrl}" width="400" height="100"></iframe>`,
          ),
        );
      },
      async (tab, driver) => {
        const frames = await pollFor(
          () =>
            tab.evaluateInFrames(() => ({ origin: location.origin, text: document.body?.textContent ?? '', state: document.readyState })),
          (all) => all.length === 3 && all.every((frame) => frame.value.state === 'complete' && frame.value.text !== ''),
          'both frames to load',
        );
        // The cross-origin frame really is on another origin.
        expect(new Set(frames.map((frame) => frame.value.origin))).toEqual(new Set([driver.server.origin, driver.server.otherOrigin]));
        await waitForBadge(tab, '1', 10_000);
        // A card makes the top frame's host; frames have neither host nor highlights.
        await tab.click(await pointOf(tab, { path: ['#top'], text: 'Steve Witkoff' }));
        await waitForCard(tab, 'witkoff');
        const ours = await tab.evaluateInFrames(() => ({
          hosts: document.querySelectorAll('fact-notes-ui').length,
          highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('fact-notes')).length,
        }));
        expect(ours.map(({ isTop, value }) => ({ isTop, hasHost: value.hosts > 0, hasMarks: value.highlights > 0 }))).toEqual(
          expect.arrayContaining([
            { isTop: true, hasHost: true, hasMarks: true },
            { isTop: false, hasHost: false, hasMarks: false },
            { isTop: false, hasHost: false, hasMarks: false },
          ]),
        );
        expect(ours).toHaveLength(3);
        expect((await askMentions(tab)).counts).toEqual({ witkoff: 1, ushakov: 0, donetsk: 0, volchansk: 0 });
        // Still the top frame's count after the frames had all the time they would need.
        await sleep(1000);
        expect(await tab.badge()).toBe('1');
      },
    ));

  // A page without mentions sends no count (issue 10): its badge is empty only because the
  // browser resets a tab's badge on navigation. Both browsers must show that they do.
  it('a tab that goes from a page with mentions to one without, by navigation and by reload, shows badge ""', () =>
    withTab(
      getDriver,
      (server) => server.serveHtml('/odd/before-quiet.html', REAL_PAGE),
      async (tab, driver) => {
        await waitForBadge(tab, '4', 10_000);
        await tab.goto(driver.server.serveHtml('/odd/quiet.html', page('Quiet', '<p>Nobody is named on this page.</p>')));
        /** Waits until the page now in the tab has counted none, then gives a message time to arrive. */
        const expectNoBadge = async (page: string) => {
          const isQuiet = (answer: PageMentions | undefined) =>
            answer?.isActive === true && Object.values(answer.counts).every((n) => n === 0);
          await pollFor(() => askMentions(tab).catch(() => undefined), isQuiet, `the ${page}’s content script to answer`);
          await sleep(500);
          expect(await tab.badge()).toBe('');
        };
        await expectNoBadge('quiet page');
        // The same document loaded again, now with its names gone: a reload is a navigation too.
        const changing = driver.server.serveHtml('/odd/changing.html', REAL_PAGE);
        await tab.goto(changing);
        await waitForBadge(tab, '4', 10_000);
        driver.server.serveHtml('/odd/changing.html', page('Changed', '<p>The names were taken out.</p>'));
        await tab.goto(changing);
        await expectNoBadge('reloaded page');
      },
    ));

  it('20 tabs loading at once, each with its own count: every badge is right within 3 s of its load', async () => {
    const driver = await getDriver();
    const newErrors = await errorsSince(driver);
    const sentences = ['Steve Witkoff arrived.', 'Yury Ushakov spoke.', 'Donetsk was named.', 'Volchansk was named.'];
    const pages = Array.from({ length: 20 }, (_, count) => ({
      count,
      url: driver.server.serveHtml(
        `/odd/tabs/${count}.html`,
        page(`${count} mentions`, Array.from({ length: count }, (_, i) => `<p>${sentences[i % 4]}</p>`).join('\n') || '<p>No names.</p>'),
      ),
    }));
    // Tabs are opened one by one (the harness learns each id as the tab that appeared), then all load at once.
    const tabs: Tab[] = [];
    try {
      while (tabs.length < pages.length) tabs.push(await driver.openTab());
      const seen = await Promise.all(
        pages.map(async ({ count, url }, i) => {
          const tab = tabs[i]!;
          await tab.goto(url);
          const expected = count > 0 ? String(count) : '';
          // The limit; a tab without mentions must also still read "" then.
          return pollFor(
            () => tab.badge(),
            (text) => text === expected,
            `tab ${i}'s badge to read "${expected}"`,
            3000,
          ).then(() => (count === 0 ? askMentions(tab).then((answer) => (answer.isActive ? '' : 'inactive')) : tab.badge()));
        }),
      );
      expect(seen).toEqual(pages.map(({ count }) => (count > 0 ? String(count) : '')));
      for (const tab of tabs) expect(tab.problems).toEqual([]);
      expect(await newErrors(), 'extension errors').toEqual([]);
    } finally {
      await Promise.all(tabs.map((tab) => tab.close()));
    }
  });
}
