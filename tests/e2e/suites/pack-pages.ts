import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import type { Tab } from '../support/driver.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { pollFor } from '../support/poll-for.ts';
import { askMentions, markedTexts, pointOf, readCard, waitForBadge, waitForCard, waitForContentScript } from '../support/page-probes.ts';
import { withTab } from '../support/with-tab.ts';
import { importPackThroughOptions, loadOptions, readLocalStorage, type PacksTestContext } from './packs.ts';

// Issue 13, end to end: a pack imported through the options page is matched on
// pages (counted, painted, its cards show its notes), follows being switched off
// and removed, and leaves nothing in storage; two packs on the same person give
// one card with each article's notes under its own heading.

const ENVOY_PACK_PATH = path.join(REPO_ROOT, 'tests/e2e/fixtures/packs/envoy-schedule.pack.json');
const HARBOUR = 'harbour-ferry';
/** The example pack's mentions on tests/e2e/fixtures/packs.html, as its matching data (examples/harbour-ferry.pack.json) makes them. */
const HARBOUR_MARKS = ['Calloway', 'Davit Renner', 'Ines Calloway', 'Port Mellick', 'Renner', 'Skellin Island'];
// Three of the built-in pack's names and none of the example pack's.
const WITKOFF_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Envoy</title><p id="p">Steve Witkoff met Yury Ushakov; later Witkoff left Donetsk off the agenda.</p>';

/** Clicks the `control` of the options-page row of pack `id` (its switch, Remove, or the confirm's Remove). */
async function clickRow(options: Tab, id: string, control: 'switch' | 'remove' | 'confirm-remove'): Promise<void> {
  const clicked = await options.evaluate(
    ({ wanted, which }) => {
      const row = [...document.querySelectorAll('.pack')].find((item) => item.querySelector('.pack-id')?.textContent === wanted);
      const buttons = [...(row?.querySelectorAll<HTMLElement>('.pack-actions button') ?? [])];
      const target =
        which === 'switch'
          ? row?.querySelector<HTMLElement>('input[role="switch"]')
          : which === 'remove'
            ? buttons.find((button) => button.textContent === 'Remove')
            : row?.querySelector<HTMLElement>('.confirm .button-danger');
      target?.click();
      return Boolean(target);
    },
    { wanted: id, which: control },
  );
  expect(clicked, `${control} of pack "${id}"`).toBe(true);
}

/** Registers the pack-on-pages tests. */
export function packPagesTests(getContext: () => Promise<PacksTestContext>): void {
  let optionsTab: Promise<Tab> | undefined;
  const options = async () => {
    const { driver, optionsUrl } = await getContext();
    optionsTab ??= driver.openTab().then(async (tab) => (await loadOptions(tab, optionsUrl), tab));
    return optionsTab;
  };
  const getDriver = async () => (await getContext()).driver;

  beforeEach(async () => {
    const tab = await options();
    await tab.evaluate(() => {
      type Api = { storage: { local: { clear(): Promise<void> } } };
      const scope = globalThis as unknown as { browser?: Api; chrome: Api };
      return (scope.browser ?? scope.chrome).storage.local.clear();
    });
    await loadOptions(tab, (await getContext()).optionsUrl);
  });

  it('counts, paints and opens cards on an imported pack’s mentions, follows it being switched off and removed, and leaves nothing stored', async () => {
    const { optionsUrl } = await getContext();
    const settings = await options();
    await withTab(getDriver, 'packs.html', async (page) => {
      await waitForContentScript(page);
      // Before the import: no name on this page is the built-in pack's.
      await waitForBadge(page, '');
      expect(await markedTexts(page)).toEqual([]);

      await importPackThroughOptions(settings, optionsUrl);
      // The open page follows the new packs without a reload.
      await waitForBadge(page, String(HARBOUR_MARKS.length), 3000);
      expect(await markedTexts(page)).toEqual(HARBOUR_MARKS);
      const { counts } = await askMentions(page);
      expect(counts[`${HARBOUR}/ines-calloway`]).toBe(2);
      expect(counts[`${HARBOUR}/davit-renner`]).toBe(2);
      expect(counts.witkoff).toBe(0);

      await page.bringToFront();
      await page.click(await pointOf(page, { path: ['#renner'], text: 'Davit Renner' }));
      const card = await waitForCard(page, `${HARBOUR}/davit-renner`);
      expect(card.name).toBe('Davit Renner');
      const text = await page.evaluate(
        () => document.querySelector('fact-notes-ui')!.shadowRoot!.querySelector('[role="dialog"]')!.textContent,
      );
      expect(text).toContain('operations director of Mellick Sound Ferries');
      expect(text).toContain('From an imported article');
      await page.press('Escape');

      await settings.bringToFront();
      await clickRow(settings, HARBOUR, 'switch');
      await waitForBadge(page, '', 3000);
      expect(await markedTexts(page)).toEqual([]);
      await clickRow(settings, HARBOUR, 'switch');
      await waitForBadge(page, String(HARBOUR_MARKS.length), 3000);

      await clickRow(settings, HARBOUR, 'remove');
      await clickRow(settings, HARBOUR, 'confirm-remove');
      await waitForBadge(page, '', 3000);
      expect(await markedTexts(page)).toEqual([]);
      // Nothing of the pack is left: no text, no list entry, no compiled notes.
      const stored = await pollFor(
        () => readLocalStorage(settings),
        (all) => !(`pack:${HARBOUR}` in all) && !('packs:compiled' in all),
        'the pack to be gone from storage',
        3000,
      );
      const list = stored['packs:list'] as { packs: { id: string }[] } | undefined;
      expect(list?.packs.map((entry) => entry.id) ?? []).not.toContain(HARBOUR);
      expect(Object.keys(stored).filter((key) => key.startsWith('pack:') || key === 'packs:compiled')).toEqual([]);
    });
  });

  it('shows two packs’ notes on the same person in one card, each under its article’s heading; with the built-in pack off, only the other’s', async () => {
    const { optionsUrl } = await getContext();
    const settings = await options();
    await importPackThroughOptions(settings, optionsUrl, ENVOY_PACK_PATH);
    await withTab(
      getDriver,
      (server) => server.serveHtml('/packs-envoy.html', WITKOFF_PAGE),
      async (page) => {
        await waitForBadge(page, '4', 3000);
        await page.bringToFront();
        await page.click(await pointOf(page, { path: ['#p'], text: 'Steve Witkoff' }));
        await waitForCard(page, 'witkoff');
        const sections = await page.evaluate(() =>
          [...document.querySelector('fact-notes-ui')!.shadowRoot!.querySelectorAll('[role="dialog"] section.fn-notes')].map((section) => ({
            pack: (section as HTMLElement).dataset.pack,
            heading: section.querySelector('h3')?.textContent ?? '',
            text: section.textContent ?? '',
          })),
        );
        expect(sections.map((section) => section.pack)).toEqual(['built-in', 'envoy-schedule']);
        expect(sections[0]!.heading).toContain('Witkoff’s Moscow talks');
        expect(sections[1]!.heading).toContain('Witkoff to brief reporters on his schedule');
        expect(sections[1]!.text).toContain('brief reporters on Friday about his travel plans');
        expect(sections[0]!.text).not.toContain('brief reporters');
        await page.press('Escape');

        await settings.bringToFront();
        await clickRow(settings, 'built-in', 'switch');
        // Only the envoy pack is on: both Witkoff mentions are its entity's, Ushakov and Donetsk are not counted.
        await waitForBadge(page, '2', 3000);
        const { counts } = await askMentions(page);
        expect(counts).toEqual({ 'envoy-schedule/witkoff': 2 });
        await page.bringToFront();
        await page.click(await pointOf(page, { path: ['#p'], text: 'Steve Witkoff' }));
        const card = await waitForCard(page, 'envoy-schedule/witkoff');
        expect(card.name).toBe('Steve Witkoff');
        expect(await readCard(page).then((state) => state.entity)).toBe('envoy-schedule/witkoff');
      },
    );
  });
}
