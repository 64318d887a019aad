import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { GetDriver, PageProblem } from '../support/driver.ts';
import { foreignMutations, installMutationRecorder, readFingerprint, readIntegrity } from '../support/page-integrity.ts';
import { askMentions, readMarks, sleep, waitForContentScript } from '../support/page-probes.ts';
import { CORPUS_DIR } from '../support/paths.ts';
import { launchPlainBrowser, type PlainBrowser } from '../support/plain-browser.ts';
import { withTab } from '../support/with-tab.ts';

// Every page of ../shared/corpus (real captured news pages), served with page
// scripts blocked and remote loads refused: no mention counts (the corpus
// README: the one "Donetsk" is inside a script), nothing is painted, and the
// page is exactly as parsed apart from the <fact-notes-ui> host, and renders
// exactly as in the same browser without the extension.

interface CorpusEntry {
  name: string;
  file: string;
}

const MANIFEST = path.join(CORPUS_DIR, '../manifest.json');

/** The corpus pages from its manifest.json (`file` is relative to the corpus folder). */
export function corpusPages(): CorpusEntry[] {
  return (JSON.parse(fs.readFileSync(MANIFEST, 'utf8')) as CorpusEntry[]).map(({ name, file }) => ({ name, file }));
}

// What a page blocked from running scripts and loading from the network says
// about itself (Chromium and Firefox wordings): CSP refusals, failed loads,
// its web app manifest (<link rel=manifest>), fonts refused by CORS, blob: URLs
// of the original site. Anything else is new.
const PAGE_OWN_PROBLEMS = [
  /^Manifest fetch from \S+ failed/,
  /has been blocked by CORS policy/,
  /Cross-Origin Request Blocked/,
  /downloadable font: download failed/,
  /Security Error: Content at \S+ may not load data from blob:/,
  /Not allowed to load local resource: blob:/,
  /Content[- ]Security[- ]Policy/i,
  /Refused to (execute|load|apply|connect)/i,
  /Failed to load resource/i,
  /net::ERR_/,
  /was blocked/i,
  /NS_ERROR/,
];

/** Console messages caused by the page's own blocked scripts and refused loads. */
export function isPageOwnProblem(problem: PageProblem): boolean {
  // Firefox reports CSP refusals as page errors, Chromium as console errors.
  return PAGE_OWN_PROBLEMS.some((pattern) => pattern.test(problem.text));
}

/** Registers one test per corpus page. */
export function corpusTests(getDriver: GetDriver): void {
  const pages = corpusPages();
  let plain: Promise<PlainBrowser> | undefined;
  afterAll(async () => (await plain?.catch(() => undefined))?.close());

  it('has the 28 pages of the corpus', () => {
    expect(pages).toHaveLength(28);
  });

  for (const page of pages) {
    it(`${page.name}: no mention counted or painted, the page untouched (no host), no errors`, () =>
      withTab(
        getDriver,
        (server) => server.corpusUrl(path.relative('pages', page.file)),
        async (tab, driver) => {
          await waitForContentScript(tab);
          // Nothing may show up within the contract's second; meanwhile, the page as it renders without us.
          const [untouched] = await Promise.all([
            (plain ??= launchPlainBrowser(driver)).then((browser) => browser.fingerprint(tab.url())),
            sleep(1000),
          ]);
          expect(await tab.badge()).toBe('');
          expect((await readMarks(tab)).flatMap((mark) => mark.texts)).toEqual([]);
          expect(await askMentions(tab)).toMatchObject({ isActive: true, counts: { witkoff: 0, ushakov: 0, donetsk: 0, volchansk: 0 } });
          const integrity = await readIntegrity(tab);
          expect(integrity.isRecording, 'the mutation recorder ran').toBe(true);
          expect(foreignMutations(integrity)).toEqual([]);
          // Issue 10: a page without mentions gets no host at all.
          expect(integrity).toMatchObject({ htmlDiffAt: -1, hostCount: 0 });
          expect(integrity.adoptedSheets.after).toBe(integrity.adoptedSheets.before);
          expect(await tab.evaluate(readFingerprint)).toEqual(untouched);
        },
        { initScript: installMutationRecorder, ignoreProblem: isPageOwnProblem },
      ));
  }
}
