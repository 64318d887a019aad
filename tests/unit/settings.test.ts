import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type SettingsModule = typeof import('../../lib/settings');
let settings: SettingsModule;

// The module defines its storage item once per page; a fresh import per test
// lets each test start from its own stored value, as a newly opened page would.
beforeEach(async () => {
  fakeBrowser.reset();
  vi.resetModules();
  settings = await import('../../lib/settings');
});

const stored = async () => await fakeBrowser.storage.sync.get<Record<string, unknown>>(['settings', 'settings$']);
const store = (value: unknown, version?: number) =>
  fakeBrowser.storage.sync.set(
    (version === undefined ? { settings: value } : { settings: value, settings$: { v: version } }) as Record<string, unknown>,
  );

describe('getSettings', () => {
  it('gives the defaults on a fresh install and writes nothing', async () => {
    expect(await settings.getSettings()).toEqual(settings.DEFAULT_SETTINGS);
    expect((await stored()).settings).toBeUndefined();
  });

  it('reads back what updateSettings wrote, with the version stamped', async () => {
    await settings.updateSettings({ markMode: 'first', theme: 'dark' });
    expect(await settings.getSettings()).toMatchObject({ markMode: 'first', theme: 'dark', isEnabled: true });
    expect((await stored()).settings$).toEqual({ v: settings.SETTINGS_VERSION });
  });

  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
    ['an empty object', {}],
  ])('repairs %s to the defaults', async (_, value) => {
    await store(value, 2);
    expect(await settings.getSettings()).toEqual(settings.DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs the rest one by one, then writes the repair back', async () => {
    await store({ isEnabled: 'yes', markMode: 'first', openOn: 7, highlightStyle: 'underline', theme: null, extra: 1 }, 2);
    const expected = { ...settings.DEFAULT_SETTINGS, markMode: 'first', highlightStyle: 'underline' };
    expect(await settings.getSettings()).toEqual(expected);
    expect((await stored()).settings).toEqual(expected);
  });

  it('fills a partial value without losing what it has', async () => {
    await store({ isEnabled: false, disabledSites: ['example.com'] }, 2);
    expect(await settings.getSettings()).toEqual({ ...settings.DEFAULT_SETTINGS, isEnabled: false, disabledSites: ['example.com'] });
  });

  it('drops unknown entity ids and duplicates, keeping known ones in summary order', async () => {
    await store({ disabledEntities: ['volchansk', 'putin', 'witkoff', 3, 'witkoff'] }, 2);
    expect((await settings.getSettings()).disabledEntities).toEqual(['witkoff', 'volchansk']);
  });

  it('normalizes and dedupes hostnames, dropping ones that are not hostnames', async () => {
    await store({ disabledSites: ['WWW.Example.COM.', 'example.com', ' news.site.org ', 'a b', 'x.com/path', 'x.com:80', 5, ''] }, 2);
    expect((await settings.getSettings()).disabledSites).toEqual(['example.com', 'news.site.org']);
  });

  it('repairs a value from a newer version instead of failing, and stamps this version', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await store({ isEnabled: false, theme: 'dark', markMode: 'every-third', futureField: true }, 3);
    expect(await settings.getSettings()).toEqual({ ...settings.DEFAULT_SETTINGS, isEnabled: false, theme: 'dark' });
    expect(await stored()).toEqual({
      settings: { ...settings.DEFAULT_SETTINGS, isEnabled: false, theme: 'dark' },
      settings$: { v: settings.SETTINGS_VERSION },
    });
    expect(error).not.toHaveBeenCalled();
  });

  it('migrates a version 1 value', async () => {
    await store({ enabled: false, style: 'background', disabledSites: ['www.a.org'], hoverCards: false }, 1);
    const expected = { ...settings.DEFAULT_SETTINGS, isEnabled: false, highlightStyle: 'soft', disabledSites: ['a.org'], openOn: 'click' };
    expect(await settings.getSettings()).toEqual(expected);
    expect(await stored()).toEqual({ settings: expected, settings$: { v: 2 } });
  });

  it('treats a value without version metadata as version 1', async () => {
    await store({ enabled: true, style: 'underline' });
    expect(await settings.getSettings()).toMatchObject({ isEnabled: true, highlightStyle: 'underline' });
  });
});

describe('updateSettings and helpers', () => {
  it('ignores invalid fields in a patch', async () => {
    const next = await settings.updateSettings({ theme: 'neon' as never, markMode: 'first' });
    expect(next).toEqual({ ...settings.DEFAULT_SETTINGS, markMode: 'first' });
  });

  it('applies quick successive updates without losing any', async () => {
    await Promise.all([
      settings.updateSettings({ theme: 'light' }),
      settings.setSiteEnabled('a.com', false),
      settings.setEntityEnabled('ushakov', false),
      settings.updateSettings({ openOn: 'click' }),
    ]);
    expect(await settings.getSettings()).toMatchObject({
      theme: 'light',
      disabledSites: ['a.com'],
      disabledEntities: ['ushakov'],
      openOn: 'click',
    });
  });

  it('turns a site off and on again, by any form of its hostname', async () => {
    let current = await settings.setSiteEnabled('www.Example.com', false);
    expect(current.disabledSites).toEqual(['example.com']);
    expect(settings.isActiveOn(current, 'example.com')).toBe(false);
    expect(settings.isActiveOn(current, 'www.example.com')).toBe(false);
    expect(settings.isActiveOn(current, 'other.example.com')).toBe(true);
    current = await settings.setSiteEnabled('example.com', true);
    expect(current.disabledSites).toEqual([]);
  });

  it('isActiveOn is false everywhere when everything is off', () => {
    expect(settings.isActiveOn({ ...settings.DEFAULT_SETTINGS, isEnabled: false }, 'a.com')).toBe(false);
    expect(settings.isActiveOn(settings.DEFAULT_SETTINGS, 'a.com')).toBe(true);
  });
});

describe('watchSettings', () => {
  it('reports changes, repaired, until unwatched', async () => {
    const seen: unknown[] = [];
    const unwatch = settings.watchSettings((value) => seen.push(value));
    await settings.updateSettings({ highlightStyle: 'none' });
    await store({ isEnabled: false, disabledEntities: ['nobody'], theme: 42 }, 2);
    await fakeBrowser.storage.sync.remove('settings');
    unwatch();
    await settings.updateSettings({ theme: 'dark' });
    expect(seen).toEqual([
      { ...settings.DEFAULT_SETTINGS, highlightStyle: 'none' },
      { ...settings.DEFAULT_SETTINGS, isEnabled: false },
      settings.DEFAULT_SETTINGS,
    ]);
  });
});
