import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, isActiveOn } from '../../../lib/settings-fields';
import { createSettingsStorage, type SettingsStorage } from '../../../lib/settings-storage';

// The one settings module of every context, over the browser's storage.sync
// (WXT's fakeBrowser here); a fresh instance per test, as a newly opened page has.
let settings: SettingsStorage;
let warn: MockInstance<typeof console.warn>;

beforeEach(() => {
  fakeBrowser.reset();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  settings = createSettingsStorage();
});

afterEach(() => vi.restoreAllMocks());

const stored = async () => await fakeBrowser.storage.sync.get<Record<string, unknown>>(['settings', 'settings$']);
const store = (value: unknown, version?: number) =>
  fakeBrowser.storage.sync.set(
    (version === undefined ? { settings: value } : { settings: value, settings$: { v: version } }) as Record<string, unknown>,
  );
const warnings = () => warn.mock.calls.map((call) => String(call[0]));
const quotaError = () => new Error('QUOTA_BYTES_PER_ITEM quota exceeded');

describe('read', () => {
  it('gives the defaults on a fresh install and writes nothing', async () => {
    expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
    expect(await stored()).toEqual({});
    expect(warn).not.toHaveBeenCalled();
  });

  it('reads back what update wrote, with the version stamped', async () => {
    await settings.update({ markMode: 'first', theme: 'dark' });
    expect(await createSettingsStorage().read()).toMatchObject({ markMode: 'first', theme: 'dark', isEnabled: true });
    expect((await stored()).settings$).toEqual({ v: SETTINGS_VERSION });
  });

  it('gives the default for an invalid field with a warning naming it, keeps the valid ones, and writes nothing', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'neon', markMode: 'first', isEnabled: false }, 2);
    expect(await settings.read()).toEqual({ ...DEFAULT_SETTINGS, markMode: 'first', isEnabled: false });
    expect(warnings()).toEqual([expect.stringContaining('theme: "neon" is not one of system, light, dark')]);
    expect((await stored()).settings).toMatchObject({ theme: 'neon' });
  });

  it('warns about the same damage once per page, not on every read', async () => {
    await store({ theme: 'neon' }, 2);
    await settings.read();
    await settings.read();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('gives the defaults with a warning when storage throws, and does not throw', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'dark' }, 2);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(() => {
      throw new Error('storage is broken');
    });
    expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
    expect(warnings()).toEqual([
      expect.stringMatching(/Could not read settings from storage\.sync \(storage is broken\); using the defaults/),
    ]);
  });

  it('gives the defaults with a warning when storage rejects', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('IO error'));
    expect(await settings.read()).toEqual(DEFAULT_SETTINGS);
    expect(warnings()).toEqual([expect.stringContaining('IO error')]);
  });
});

describe('update', () => {
  it('ignores invalid fields in a patch', async () => {
    const next = await settings.update({ theme: 'neon' as never, markMode: 'first' });
    expect(next).toEqual({ ...DEFAULT_SETTINGS, markMode: 'first' });
  });

  it('merges the patch into what is stored: keys it does not know and fields it did not change survive', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'dark', futureField: [1, 2] }, 2);
    await settings.update({ markMode: 'first' });
    expect((await stored()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', markMode: 'first', futureField: [1, 2] });
  });

  it('applies quick successive updates without losing any', async () => {
    await Promise.all([
      settings.update({ theme: 'light' }),
      settings.setSiteEnabled('a.com', false),
      settings.setEntityEnabled('ushakov', false),
      settings.update({ openOn: 'click' }),
    ]);
    expect(await settings.read()).toMatchObject({
      theme: 'light',
      disabledSites: ['a.com'],
      disabledEntities: ['ushakov'],
      openOn: 'click',
    });
  });

  it('turns a site off and on again, by any form of its hostname', async () => {
    let current = await settings.setSiteEnabled('www.Example.com', false);
    expect(current.disabledSites).toEqual(['example.com']);
    expect(isActiveOn(current, 'www.example.com')).toBe(false);
    expect(isActiveOn(current, 'other.example.com')).toBe(true);
    current = await settings.setSiteEnabled('example.com', true);
    expect(current.disabledSites).toEqual([]);
  });

  it('switches an entity off and on again, keeping the others as they were', async () => {
    let current = await settings.setEntityEnabled('witkoff', false);
    current = await settings.setEntityEnabled('donetsk', false);
    expect(current.disabledEntities).toEqual(['witkoff', 'donetsk']);
    current = await settings.setEntityEnabled('witkoff', true);
    expect(current.disabledEntities).toEqual(['donetsk']);
    expect(await createSettingsStorage().read()).toMatchObject({ disabledEntities: ['donetsk'] });
  });

  it('writes nothing for a change that changes nothing, nor for a hostname that is no site', async () => {
    await settings.update({ theme: 'dark' });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await settings.update({ theme: 'dark' })).toMatchObject({ theme: 'dark' });
    expect(await settings.setSiteEnabled('', false)).toMatchObject({ disabledSites: [] });
    expect(set).not.toHaveBeenCalled();
  });

  it('keeps the previous value and warns, without rejecting, when the write hits the quota', async () => {
    await settings.update({ theme: 'dark' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const result = await settings.update({ theme: 'light', markMode: 'first' });
      expect(result).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
      expect(await settings.setSiteEnabled('a.com', false)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
      // The next turn of the event loop, by when Node reports a rejection left unhandled in this one (an order, not a delay).
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
    expect((await stored()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(warnings()).toEqual([
      expect.stringMatching(
        /Could not save settings to storage\.sync \(QUOTA_BYTES_PER_ITEM quota exceeded\); keeping the previous settings/,
      ),
      expect.stringContaining('QUOTA_BYTES_PER_ITEM'),
    ]);
  });

  it('writes nothing and keeps the last settings when storage cannot be read first', async () => {
    await settings.update({ theme: 'dark' });
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('IO error'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await settings.update({ theme: 'light' })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(set).not.toHaveBeenCalled();
    expect(warnings()).toEqual([expect.stringContaining('IO error')]);
  });

  it('keeps a newer version and its fields when this build writes a change', async () => {
    await store({ ...DEFAULT_SETTINGS, theme: 'sepia', futureField: true }, 3);
    await settings.update({ markMode: 'first' });
    expect(await stored()).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'sepia', futureField: true, markMode: 'first' },
      settings$: { v: 3 },
    });
  });
});

describe('repairStored', () => {
  it('writes back a repair that keeps unknown keys, with one warning naming the field', async () => {
    await store({ ...DEFAULT_SETTINGS, isEnabled: 'no', theme: 'dark', extra: 1 }, 2);
    await settings.repairStored();
    expect((await stored()).settings).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', extra: 1 });
    expect(warnings()).toEqual([expect.stringContaining('isEnabled: "no" is not true or false')]);
  });

  it('migrates a version 1 value and stamps version 2', async () => {
    await store({ enabled: false, style: 'background', disabledSites: ['www.a.org'], hoverCards: false }, 1);
    await settings.repairStored();
    const expected = { ...DEFAULT_SETTINGS, isEnabled: false, highlightStyle: 'soft', disabledSites: ['a.org'], openOn: 'click' };
    expect(await stored()).toEqual({ settings: expected, settings$: { v: 2 } });
  });

  it('writes nothing when nothing needs repair, or nothing is stored', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await settings.repairStored();
    await store({ ...DEFAULT_SETTINGS, extra: 1 }, 2);
    set.mockClear();
    await settings.repairStored();
    expect(set).not.toHaveBeenCalled();
  });

  it('leaves a newer version exactly as stored, without an error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const value = { ...DEFAULT_SETTINGS, isEnabled: false, markMode: 'every-third', futureField: true };
    await store(value, 3);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await settings.repairStored();
    expect(await settings.read()).toEqual({ ...DEFAULT_SETTINGS, isEnabled: false });
    expect(set).not.toHaveBeenCalled();
    expect(await stored()).toEqual({ settings: value, settings$: { v: 3 } });
    expect(error).not.toHaveBeenCalled();
  });

  it('warns and does not reject when the repair cannot be written', async () => {
    await store({ theme: 42 }, 2);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(quotaError());
    await expect(settings.repairStored()).resolves.toBeUndefined();
    expect(warnings().at(-1)).toMatch(/Could not repair the stored settings \(QUOTA_BYTES_PER_ITEM/);
    expect((await stored()).settings).toEqual({ theme: 42 });
  });
});

describe('watch', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  /** Makes every storage.sync read wait until the test releases it; the releases, in the order the reads came. */
  const holdReads = () => {
    const answers: Array<() => void> = [];
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(((keys: string[]) => {
      const answer = get(keys);
      return new Promise<Record<string, unknown>>((resolve) => answers.push(() => resolve(answer)));
    }) as typeof fakeBrowser.storage.sync.get);
    return answers;
  };

  it('reports changes, repaired, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = settings.watch((value) => seen.push(value));
    await settings.update({ highlightStyle: 'none' });
    await flush();
    await store({ isEnabled: false, disabledEntities: ['No body'], theme: 42 }, 2);
    await flush();
    await fakeBrowser.storage.sync.remove('settings');
    await flush();
    await fakeBrowser.storage.local.set({ settings: { theme: 'light' } });
    await flush();
    unwatch();
    await settings.update({ theme: 'dark' });
    await flush();
    expect(seen).toEqual([{ ...DEFAULT_SETTINGS, highlightStyle: 'none' }, { ...DEFAULT_SETTINGS, isEnabled: false }, DEFAULT_SETTINGS]);
  });

  it('ignores changes to other keys', async () => {
    const onChange = vi.fn();
    settings.watch(onChange);
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    await fakeBrowser.storage.sync.set({ unrelated: 1 });
    await flush();
    expect(get).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports only the newest of two changes whose re-reads answer out of order', async () => {
    const seen: unknown[] = [];
    settings.watch((value) => seen.push(value.theme));
    const answers = holdReads();
    await store({ theme: 'dark' }, 2);
    await store({ theme: 'light' }, 2);
    expect(answers).toHaveLength(2);
    answers[1]!();
    await flush();
    answers[0]!();
    await flush();
    expect(seen).toEqual(['light']);
  });

  it('reports nothing after unwatch, even for a re-read already under way', async () => {
    const onChange = vi.fn();
    const unwatch = settings.watch(onChange);
    const answers = holdReads();
    await store({ theme: 'dark' }, 2);
    unwatch();
    answers.forEach((answer) => answer());
    await flush();
    await store({ theme: 'light' }, 2);
    await flush();
    expect(answers).toHaveLength(1);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('reports nothing when the re-read fails, so the page keeps what it has', async () => {
    const onChange = vi.fn();
    settings.watch(onChange);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('IO error'));
    await store({ theme: 'dark' }, 2);
    await flush();
    expect(onChange).not.toHaveBeenCalled();
    expect(warnings()).toEqual([expect.stringContaining('IO error')]);
  });
});
