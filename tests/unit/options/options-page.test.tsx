// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/options/App';
import { PACK_LIST_KEY, packTextKey } from '../../../lib/pack/pack-store';
import { byName, click } from '../components/popup/render';
import { stubI18n } from '../components/popup/stub-i18n';

// The options page as a whole (entrypoint, hook, controller, components) over
// WXT's fakeBrowser: what it reads and writes in storage.local, that it follows
// changes made elsewhere, its theme, its download and the reader's language.

// happy-dom's URL is not Node's, so the file is found from the repository root (vitest's working directory).
const EXAMPLE = readFileSync(path.resolve('examples/harbour-ferry.pack.json'), 'utf8');
const TITLE = 'Port Mellick council cuts winter ferries to Skellin Island; the operator says it was not consulted';
const container = document.createElement('div');
document.body.append(container);

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 30)));
const statusText = () => (container.querySelector('[role="status"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titles = () => [...container.querySelectorAll('.pack-title')].map((title) => title.textContent);

async function choose(name: string, text: string) {
  const input = byName(container, 'input', 'Pack file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  await act(() => void input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

async function open() {
  await act(() => render(<App />, container));
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
  vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue('en-US');
});

afterEach(() => {
  render(null, container);
  delete document.documentElement.dataset.theme;
});

describe('the options page', () => {
  it('imports a chosen file into storage.local and lists it', async () => {
    await open();
    expect(titles()).toHaveLength(1);
    await choose('harbour-ferry.pack.json', EXAMPLE);
    expect(statusText()).toBe(`Imported “${TITLE}”. Entities: 4.`);
    expect(titles()).toContain(TITLE);
    expect((await fakeBrowser.storage.local.get(packTextKey('harbour-ferry')))[packTextKey('harbour-ferry')]).toBe(EXAMPLE);
  });

  it('asks before replacing: Keep changes nothing, Replace stores the new text', async () => {
    await open();
    await choose('harbour-ferry.pack.json', EXAMPLE);
    const compact = JSON.stringify(JSON.parse(EXAMPLE));
    await choose('copy.json', compact);
    expect(statusText()).toContain(`A pack with id harbour-ferry (${TITLE}) is already stored. Replace it?`);
    click(byName(container, 'button', 'Keep the stored one'));
    expect(statusText()).toBe('Kept the stored pack harbour-ferry; nothing was imported.');
    expect((await fakeBrowser.storage.local.get(packTextKey('harbour-ferry')))[packTextKey('harbour-ferry')]).toBe(EXAMPLE);
    await choose('copy.json', compact);
    click(byName(container, 'button', 'Replace'));
    await settle();
    expect(statusText()).toBe(`Imported “${TITLE}”. Entities: 4.`);
    expect((await fakeBrowser.storage.local.get(packTextKey('harbour-ferry')))[packTextKey('harbour-ferry')]).toBe(compact);
  });

  it('follows packs imported, switched and removed elsewhere (another tab) without a reload', async () => {
    await open();
    await fakeBrowser.storage.local.set({
      [packTextKey('harbour-ferry')]: EXAMPLE,
      [PACK_LIST_KEY]: { v: 1, packs: [{ id: 'harbour-ferry', enabled: false, importedAt: 1, bytes: 1 }] },
    });
    await settle();
    expect(titles()).toContain(TITLE);
    expect((byName(container, 'input', `Mark mentions of “${TITLE}”`) as HTMLInputElement).checked).toBe(false);
    await fakeBrowser.storage.local.remove([packTextKey('harbour-ferry'), PACK_LIST_KEY]);
    await settle();
    expect(titles()).not.toContain(TITLE);
  });

  it('says problems in the reader’s language, with their paths', async () => {
    vi.mocked(browser.i18n.getUILanguage).mockReturnValue('ru-RU');
    await open();
    const pack = JSON.parse(EXAMPLE) as { entities: { facts: { quote: string }[] }[] };
    pack.entities[0]!.facts[0]!.quote = 'слова, которых нет в статье';
    const bad = JSON.stringify(pack);
    await choose('bad.json', bad);
    const items = [...container.querySelectorAll('[role="status"] li')].map((item) => item.textContent);
    expect(items).toEqual([expect.stringMatching(/^entities\[0\]\.facts\[0\]\.quote: дословно не найдено в абзаце \d+$/)]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('exports through a Blob URL and an <a download> named after the pack', async () => {
    await open();
    await choose('harbour-ferry.pack.json', EXAMPLE);
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:fact-notes/1';
    });
    const clicks: string[][] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push([this.getAttribute('href') ?? '', this.download]);
    });
    click(byName(container, 'button', `Export “${TITLE}”`));
    await settle();
    expect(clicks).toEqual([['blob:fact-notes/1', 'harbour-ferry.pack.json']]);
    expect(await blobs[0]!.text()).toBe(EXAMPLE);
  });

  it('takes the theme from the settings, and follows it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark' }, settings$: { v: 2 } });
    await open();
    expect(document.documentElement.dataset.theme).toBe('dark');
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light' }, settings$: { v: 2 } });
    await settle();
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
