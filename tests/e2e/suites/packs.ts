import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, expect, it } from 'vitest';
import { checkPackText } from '../../../lib/pack/check-pack.ts';
import { formatProblem } from '../../../lib/pack/messages.ts';
import type { Driver, Tab } from '../support/driver.ts';
import { REPO_ROOT } from '../support/paths.ts';
import { pollFor } from '../support/poll-for.ts';
import { clickControl, loadPopup } from './popup-controls.ts';

// Issue 13, the options page: a pack imported through the real file picker is
// checked, listed (title, entities, size), switched, exported byte for byte and
// removed, leaving nothing in storage.local; a pack that fails is not stored
// and its problems are shown with their paths; the same id asks first; a
// damaged stored pack is shown as damaged while the others stay listed.

/** What the per-browser file provides. */
export interface PacksTestContext {
  driver: Driver;
  /** `<extension base URL>options.html` */
  optionsUrl: string;
}

export const EXAMPLE_PACK_PATH = path.join(REPO_ROOT, 'examples/harbour-ferry.pack.json');
const EXAMPLE_TEXT = readFileSync(EXAMPLE_PACK_PATH, 'utf8');
const EXAMPLE_ID = 'harbour-ferry';
const EXAMPLE = JSON.parse(EXAMPLE_TEXT) as { article: { title: string }; entities: unknown[] };
const TITLE = EXAMPLE.article.title;

/** The extension API of an extension page, as far as these tests use it. */
interface ExtensionGlobal {
  tabs: { getCurrent(): Promise<{ active: boolean } | undefined> };
}

/** The storage API of an extension page, in either browser. */
interface StorageGlobal {
  browser?: { storage: { local: StorageArea } };
  chrome: { storage: { local: StorageArea } };
}
interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const isPackStoreKey = (key: string) => key === 'packs:list' || key.startsWith('pack:');

/**
 * The pack store's part of the extension's storage.local (`packs:list`, `pack:<id>`), read from one
 * of its pages; other keys there (the background's compiled notes) are not the options page's.
 */
export async function readLocalStorage(extensionPage: Tab): Promise<Record<string, unknown>> {
  const all = await extensionPage.evaluate(() => {
    const scope = globalThis as unknown as StorageGlobal;
    return (scope.browser ?? scope.chrome).storage.local.get(null);
  });
  return Object.fromEntries(Object.entries(all).filter(([key]) => isPackStoreKey(key)));
}

function writeLocalStorage(extensionPage: Tab, items: Record<string, unknown>): Promise<void> {
  return extensionPage.evaluate((values) => {
    const scope = globalThis as unknown as StorageGlobal;
    return (scope.browser ?? scope.chrome).storage.local.set(values);
  }, items);
}

/** Removes the pack store's keys, as a fresh install has none. */
async function clearPackStore(extensionPage: Tab): Promise<void> {
  const keys = Object.keys(await readLocalStorage(extensionPage));
  await extensionPage.evaluate((names) => {
    const scope = globalThis as unknown as StorageGlobal;
    return (scope.browser ?? scope.chrome).storage.local.remove(names);
  }, keys);
}

const pageText = (tab: Tab) => tab.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const statusText = (tab: Tab) =>
  tab.evaluate(() => (document.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim());

/** Loads the options page in `tab` (moz-extension:// navigations may never report done under BiDi, so poll). */
export async function loadOptions(tab: Tab, url: string): Promise<void> {
  // Marks the document being left, so a reload is not taken as done while the old page still answers.
  await tab.evaluate(() => ((globalThis as unknown as { leaving?: boolean }).leaving = true)).catch(() => undefined);
  tab.goto(url).catch(() => undefined);
  await pollFor(
    () =>
      tab.evaluate(
        () =>
          !(globalThis as unknown as { leaving?: boolean }).leaving &&
          document.readyState === 'complete' &&
          document.querySelector('.options input[type="file"]') !== null,
      ),
    Boolean,
    'the options page',
    10_000,
  );
}

/** Waits until the import result (the live region) contains `text`. */
export function waitForStatus(tab: Tab, text: string, timeoutMs = 5000): Promise<string> {
  return pollFor(
    () => statusText(tab),
    (status) => status.includes(text),
    `the status to say "${text}"`,
    timeoutMs,
  );
}

/**
 * Imports a pack file through the options page's real file input and waits
 * until it says so; `tab` shows the options page afterwards. For the lead's
 * steps (marks and cards of the imported pack on tests/e2e/fixtures/packs.html).
 */
export async function importPackThroughOptions(tab: Tab, optionsUrl: string, filePath = EXAMPLE_PACK_PATH): Promise<void> {
  if (!tab.url().startsWith(optionsUrl)) await loadOptions(tab, optionsUrl);
  const { article, entities } = JSON.parse(readFileSync(filePath, 'utf8')) as typeof EXAMPLE;
  await tab.setInputFiles('input[type="file"]', [filePath]);
  await waitForStatus(tab, `Imported “${article.title}”. Entities: ${entities.length}.`);
}

/** The list row of the pack titled `title`: its text, and whether its switch is on (null: no switch). */
function packRow(tab: Tab, title: string): Promise<{ text: string; isOn: boolean | null } | null> {
  return tab.evaluate((wanted) => {
    const row = [...document.querySelectorAll('.pack')].find((item) => item.querySelector('.pack-title')?.textContent === wanted);
    if (!row) return null;
    const input = row.querySelector<HTMLInputElement>('input[role="switch"]');
    return { text: (row.textContent ?? '').replace(/\s+/g, ' '), isOn: input ? input.checked : null };
  }, title);
}

const entryOf = (storage: Record<string, unknown>, id: string) =>
  (storage['packs:list'] as { packs: { id: string; enabled: boolean }[] } | undefined)?.packs.find((entry) => entry.id === id);

/** Registers the options-page tests. */
export function packsTests(getContext: () => Promise<PacksTestContext>): void {
  let options: Promise<{ tab: Tab; url: string }> | undefined;
  const open = () =>
    (options ??= (async () => {
      const { driver, optionsUrl } = await getContext();
      const tab = await driver.openTab();
      await loadOptions(tab, optionsUrl);
      return { tab, url: optionsUrl };
    })());
  const scratch = mkdtempSync(path.join(tmpdir(), 'fact-notes-packs-'));
  /** A pack file in a scratch folder (the file picker needs a real file). */
  const file = (name: string, text: string) => {
    const filePath = path.join(scratch, name);
    writeFileSync(filePath, text);
    return filePath;
  };
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  beforeEach(async () => {
    const { tab, url } = await open();
    await clearPackStore(tab);
    await loadOptions(tab, url);
    await tab.bringToFront();
  });

  it('imports, lists, asks before replacing, switches, exports byte for byte and removes a pack, leaving nothing stored', async () => {
    const { tab, url } = await open();

    await importPackThroughOptions(tab, url);
    const bytes = Buffer.byteLength(EXAMPLE_TEXT, 'utf8');
    const row = await pollFor(() => packRow(tab, TITLE), Boolean, 'the imported pack listed');
    expect(row?.text).toContain(`Entities: ${EXAMPLE.entities.length}`);
    expect(row?.text).toContain(`Size: ${Number((bytes / 1024).toFixed(1))} KB`);
    expect(row?.isOn).toBe(true);
    let storage = await readLocalStorage(tab);
    expect(storage[`pack:${EXAMPLE_ID}`]).toBe(EXAMPLE_TEXT);
    expect(entryOf(storage, EXAMPLE_ID)).toMatchObject({ enabled: true, bytes });

    // A pack that fails a grounding rule: not stored, its problem shown with its path.
    const broken = JSON.parse(EXAMPLE_TEXT) as { id: string; entities: { facts: { quote: string | null }[] }[] };
    broken.id = 'broken-ferry';
    broken.entities[0]!.facts[0]!.quote = 'words the article never printed';
    const brokenText = JSON.stringify(broken, null, 2);
    const [problem] = checkPackText(brokenText).problems;
    expect(problem?.path).toBe('entities[0].facts[0].quote');
    await tab.setInputFiles('input[type="file"]', [file('broken-ferry.pack.json', brokenText)]);
    await waitForStatus(tab, 'broken-ferry.pack.json was not imported. Problems found:');
    expect(await statusText(tab)).toContain(formatProblem(problem!, 'en'));
    expect(Object.keys(await readLocalStorage(tab)).sort()).toEqual([`pack:${EXAMPLE_ID}`, 'packs:list']);

    // The same id again: asked inline; keeping the stored one changes nothing, replacing stores the new text.
    const compact = JSON.stringify(JSON.parse(EXAMPLE_TEXT));
    const compactPath = file('harbour-ferry-compact.pack.json', compact);
    await tab.setInputFiles('input[type="file"]', [compactPath]);
    await waitForStatus(tab, `A pack with id ${EXAMPLE_ID} (${TITLE}) is already stored. Replace it?`);
    await clickControl(tab, 'Keep the stored one');
    await waitForStatus(tab, `Kept the stored pack ${EXAMPLE_ID}`);
    expect((await readLocalStorage(tab))[`pack:${EXAMPLE_ID}`]).toBe(EXAMPLE_TEXT);
    await tab.setInputFiles('input[type="file"]', [compactPath]);
    await waitForStatus(tab, 'Replace it?');
    await clickControl(tab, 'Replace');
    await waitForStatus(tab, `Imported “${TITLE}”.`);
    expect((await readLocalStorage(tab))[`pack:${EXAMPLE_ID}`]).toBe(compact);
    await tab.setInputFiles('input[type="file"]', [EXAMPLE_PACK_PATH]);
    await waitForStatus(tab, 'Replace it?');
    await clickControl(tab, 'Replace');
    await waitForStatus(tab, `Imported “${TITLE}”.`);
    expect((await readLocalStorage(tab))[`pack:${EXAMPLE_ID}`]).toBe(EXAMPLE_TEXT);

    // Off and on again, in storage and on the switch.
    const switchName = `Mark mentions of “${TITLE}”`;
    await clickControl(tab, switchName);
    await pollFor(
      () => readLocalStorage(tab),
      (s) => entryOf(s, EXAMPLE_ID)?.enabled === false,
      'the pack switched off',
    );
    expect((await packRow(tab, TITLE))?.isOn).toBe(false);
    await clickControl(tab, switchName);
    await pollFor(
      () => readLocalStorage(tab),
      (s) => entryOf(s, EXAMPLE_ID)?.enabled === true,
      'the pack switched on',
    );

    // Export: the Blob behind the <a download> the page clicks holds the file as imported.
    await tab.evaluate(() => {
      const seen: { blobs: Map<string, Blob>; clicks: string[][] } = { blobs: new Map(), clicks: [] };
      (globalThis as unknown as { exported: typeof seen }).exported = seen;
      const createObjectURL = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        const href = createObjectURL(blob);
        if (blob instanceof Blob) seen.blobs.set(href, blob);
        return href;
      };
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        seen.clicks.push([this.href, this.download]);
        click.call(this);
      };
    });
    await clickControl(tab, `Export “${TITLE}”`);
    const exported = await pollFor(
      () =>
        tab.evaluate(async () => {
          const { blobs, clicks } = (globalThis as unknown as { exported: { blobs: Map<string, Blob>; clicks: string[][] } }).exported;
          const [href, download] = clicks[0] ?? [];
          const blob = href === undefined ? undefined : blobs.get(href);
          return blob ? { download, text: await blob.text() } : null;
        }),
      Boolean,
      'the export download',
    );
    expect(exported).toEqual({ download: `${EXAMPLE_ID}.pack.json`, text: EXAMPLE_TEXT });

    // Remove, asked inline first; then nothing of the pack is left in storage.
    await clickControl(tab, `Remove “${TITLE}”`);
    await pollFor(
      () => pageText(tab),
      (text) => text.includes(`Remove “${TITLE}”? Its notes will no longer show on any page.`),
      'the confirm',
    );
    expect(await packRow(tab, TITLE)).not.toBeNull();
    await clickControl(tab, 'Remove it');
    await waitForStatus(tab, `Removed “${TITLE}”.`);
    await pollFor(
      () => packRow(tab, TITLE),
      (found) => found === null,
      'the pack gone from the list',
    );
    storage = await readLocalStorage(tab);
    expect(Object.keys(storage).filter((key) => key.startsWith('pack:'))).toEqual([]);
    expect(entryOf(storage, EXAMPLE_ID)).toBeUndefined();
  });

  it('imports a file dropped on the drop zone, and the file input is the first stop of the keyboard', async () => {
    const { tab } = await open();
    await tab.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tab.press('Tab');
    expect(await tab.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');

    // The browser's own drag events, carrying a file as a drag from the desktop does, through the page's handlers.
    const defaultsPrevented = await tab.evaluate((text) => {
      const zone = document.querySelector('.drop-zone')!;
      const data = new DataTransfer();
      data.items.add(new File([text], 'dropped.pack.json', { type: 'application/json' }));
      return ['dragenter', 'dragover', 'drop'].map(
        (type) => !zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data })),
      );
    }, EXAMPLE_TEXT);
    expect(defaultsPrevented).toEqual([true, true, true]);
    await waitForStatus(tab, `Imported “${TITLE}”. Entities: ${EXAMPLE.entities.length}.`);
    expect((await readLocalStorage(tab))[`pack:${EXAMPLE_ID}`]).toBe(EXAMPLE_TEXT);
  });

  it('is brought up by the popup’s “Article packs…” link', async () => {
    const { driver, optionsUrl } = await getContext();
    const { tab } = await open();
    // openOptionsPage opens the page in a tab, or makes the open one (the suite's own, here) the active tab.
    const isActive = () =>
      tab.evaluate(async () => {
        const scope = globalThis as unknown as { browser?: ExtensionGlobal; chrome: ExtensionGlobal };
        return (await (scope.browser ?? scope.chrome).tabs.getCurrent())?.active ?? null;
      });
    const popup = await driver.openTab();
    await loadPopup(popup, optionsUrl.replace(/options\.html$/, 'popup.html'));
    await popup.bringToFront();
    await pollFor(isActive, (active) => active === false, 'the options tab behind the popup');
    await clickControl(popup, 'Article packs…');
    await pollFor(isActive, (active) => active === true, 'the options tab in front');
    await popup.close().catch(() => undefined); // the popup may have closed itself after opening the page
  });

  it('refuses a pack with the built-in pack’s id, naming the field', async () => {
    const { tab } = await open();
    const copy = JSON.parse(EXAMPLE_TEXT) as { id: string };
    copy.id = 'built-in';
    await tab.setInputFiles('input[type="file"]', [file('built-in.pack.json', JSON.stringify(copy))]);
    await waitForStatus(tab, 'built-in.pack.json was not imported.');
    expect(await statusText(tab)).toContain('id: "built-in" is the id of the pack that comes with Fact Notes');
    expect(await readLocalStorage(tab)).toEqual({});
  });

  it('shows a damaged stored pack as damaged and skipped, keeps the good one listed, and can remove it', async () => {
    const { tab } = await open();
    const entry = (id: string) => ({ id, enabled: true, importedAt: 1_700_000_000_000, bytes: 10 });
    // Written while the page is open: it follows storage.onChanged without a reload.
    await writeLocalStorage(tab, {
      'packs:list': { v: 1, packs: [entry(EXAMPLE_ID), entry('broken-pack')] },
      [`pack:${EXAMPLE_ID}`]: EXAMPLE_TEXT,
      'pack:broken-pack': '{ "format": "fact-notes-pack", ',
    });
    const damaged = await pollFor(() => packRow(tab, 'Pack broken-pack'), Boolean, 'the damaged pack listed');
    expect(damaged?.text).toContain('Damaged, skipped');
    expect(damaged?.text).toContain('(root): the file is not JSON');
    expect(damaged?.isOn).toBeNull();
    const good = await packRow(tab, TITLE);
    expect(good?.text).not.toContain('Damaged');
    expect(good?.isOn).toBe(true);
    expect(await pageText(tab)).toContain('Article packs');

    await clickControl(tab, 'Remove “Pack broken-pack”');
    await clickControl(tab, 'Remove it');
    await pollFor(
      () => packRow(tab, 'Pack broken-pack'),
      (found) => found === null,
      'the damaged pack removed',
    );
    const storage = await readLocalStorage(tab);
    expect(storage['pack:broken-pack']).toBeUndefined();
    expect(storage[`pack:${EXAMPLE_ID}`]).toBe(EXAMPLE_TEXT);
    expect((storage['packs:list'] as { packs: { id: string }[] }).packs.map((p) => p.id)).toEqual([EXAMPLE_ID]);
  });
}
