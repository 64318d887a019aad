import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background';
import { DEFAULT_SETTINGS } from '../../lib/settings-fields';
import { readFileSync } from 'node:fs';
import { COMPILED_NOTES_KEY } from '../../lib/compiled-notes-key';
import { BUILT_IN_PACK_ID } from '../../lib/entity-key';
import { importPack, removePack, setPackEnabled } from '../../lib/pack/pack-store';

type Listener = (message: unknown, sender: object) => unknown;

function startBackground() {
  const setBadgeText = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, { action: { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined) } });
  const listeners: Listener[] = [];
  vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((listener) => void listeners.push(listener as Listener));
  vi.spyOn(browser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
  background.main();
  const send = (message: unknown, sender: object) => listeners.forEach((listener) => listener(message, sender));
  return { setBadgeText, send };
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

/**
 * The next turn of the event loop: by then every promise settled in this one has run its
 * handlers and Node has reported any rejection left unhandled. An order, not a delay.
 */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('background', () => {
  it('sets the badge of the sending tab from its top frame only', () => {
    const { setBadgeText, send } = startBackground();
    const id = browser.runtime.id;
    send({ type: 'mention-count', count: 7 }, { id, tab: { id: 3 }, frameId: 0 });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '7' });
    send({ type: 'mention-count', count: 0 }, { id, tab: { id: 3 }, frameId: 0 });
    expect(setBadgeText).toHaveBeenLastCalledWith({ tabId: 3, text: '' });
    send({ type: 'mention-count', count: 2 }, { id, tab: { id: 3 }, frameId: 5 });
    expect(setBadgeText).toHaveBeenCalledTimes(2);
  });

  it('handles the rejection when the tab closed before its badge was set', async () => {
    const { setBadgeText, send } = startBackground();
    setBadgeText.mockImplementation(async () => {
      throw new Error('No tab with id: 3.');
    });
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      send({ type: 'mention-count', count: 1 }, { id: browser.runtime.id, tab: { id: 3 }, frameId: 0 });
      await nextTurn();
      expect(setBadgeText).toHaveBeenCalled();
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });

  it('drops messages from others and malformed ones', () => {
    const { setBadgeText, send } = startBackground();
    send({ type: 'mention-count', count: 7 }, { id: 'someone-else', tab: { id: 3 }, frameId: 0 });
    send({ type: 'mention-count', count: -1 }, { id: browser.runtime.id, tab: { id: 3 }, frameId: 0 });
    send({ type: 'mention-count', count: '7' }, { id: browser.runtime.id, tab: { id: 3 }, frameId: 0 });
    expect(setBadgeText).not.toHaveBeenCalled();
  });

  const damaged = { isEnabled: 'no', theme: 'dark', disabledEntities: ['ushakov', 'No body'], futureField: 1 };
  const repaired = { ...DEFAULT_SETTINGS, theme: 'dark', disabledEntities: ['ushakov'], futureField: 1 };
  const storedSettings = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

  it.each([
    ['install or update', () => fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' })],
    ['browser start-up', () => fakeBrowser.runtime.onStartup.trigger()],
  ])('repairs damaged stored settings on %s, keeping valid fields and unknown keys', async (_, trigger) => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: damaged, settings$: { v: 2 } });
    startBackground();
    await trigger();
    await vi.waitFor(async () => expect(await storedSettings()).toEqual(repaired));
  });

  it('does not rewrite settings when they change, nor when it merely wakes up', async () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    startBackground();
    // Another device (or a newer build) writes a value this build would repair.
    await fakeBrowser.storage.sync.set({ settings: damaged, settings$: { v: 2 } });
    await fakeBrowser.storage.sync.set({ settings: { ...damaged, theme: 'light' }, settings$: { v: 3 } });
    // Whatever the background scheduled in response has run.
    await vi.runAllTimersAsync();
    expect(set).toHaveBeenCalledTimes(2);
    expect(await storedSettings()).toEqual({ ...damaged, theme: 'light' });
  });
});

describe('background: packs compiled for pages', () => {
  const harbourText = readFileSync(new URL('../../examples/harbour-ferry.pack.json', import.meta.url), 'utf8');
  const stored = async () =>
    (await fakeBrowser.storage.local.get(COMPILED_NOTES_KEY))[COMPILED_NOTES_KEY] as { subjects: { key: string }[] } | undefined;
  const until = async (check: () => Promise<boolean>) => {
    for (let i = 0; i < 50 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('compiles the enabled packs after each change of packs, and stores nothing while the built-in pack is alone', async () => {
    startBackground();
    expect((await importPack(harbourText)).status).toBe('imported');
    await until(async () => (await stored()) !== undefined);
    expect((await stored())?.subjects.map((subject) => subject.key)).toEqual([
      'witkoff',
      'ushakov',
      'donetsk',
      'volchansk',
      'harbour-ferry/ines-calloway',
      'harbour-ferry/davit-renner',
      'harbour-ferry/skellin-island',
      'harbour-ferry/port-mellick',
    ]);
    await setPackEnabled(BUILT_IN_PACK_ID, false);
    await until(async () => (await stored())?.subjects.length === 4);
    expect((await stored())?.subjects[0]?.key).toBe('harbour-ferry/ines-calloway');
    await setPackEnabled(BUILT_IN_PACK_ID, true);
    await removePack('harbour-ferry');
    await until(async () => (await stored()) === undefined);
    expect(await stored()).toBeUndefined();
  });

  it('compiles again on install or update, so a stale compile from an older build is replaced', async () => {
    await fakeBrowser.storage.local.set({ [COMPILED_NOTES_KEY]: { v: 1, stale: true } });
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await until(async () => (await stored()) === undefined);
    expect(await stored()).toBeUndefined();
  });
});
