import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings-fields';
import { MAX_DISABLED_ENTITIES, needsRewrite, repairSettings } from '../../../lib/settings-repair';

const rewrites = (raw: unknown, meta: unknown, ownVersion?: number) => needsRewrite(raw, meta, repairSettings(raw, meta, ownVersion));

// The one rule for what a stored value means, used by every context.

describe('repairSettings', () => {
  it('gives the defaults for nothing stored, with nothing to write and nothing to warn about', () => {
    expect(repairSettings(undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      stored: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      problems: [],
    });
    expect(rewrites(undefined, undefined)).toBe(false);
  });

  it.each([
    ['null', null],
    ['a string', 'garbage'],
    ['a number', 42],
    ['an array', [1, 2]],
  ])('repairs %s to the defaults and says the value is not an object', (_, value) => {
    const repaired = repairSettings(value, { v: 2 });
    expect(repaired.settings).toEqual(DEFAULT_SETTINGS);
    expect(repaired.problems).toEqual([expect.stringMatching(/^settings: .* is not an object$/)]);
    expect(rewrites(value, { v: 2 })).toBe(true);
  });

  it('takes each valid field, gives each invalid one its default and names it with the reason', () => {
    const repaired = repairSettings(
      { isEnabled: 'yes', markMode: 'first', openOn: 7, highlightStyle: 'underline', theme: 'neon' },
      { v: 2 },
    );
    expect(repaired.settings).toEqual({ ...DEFAULT_SETTINGS, markMode: 'first', highlightStyle: 'underline' });
    expect(repaired.problems).toEqual([
      'isEnabled: "yes" is not true or false',
      'openOn: 7 is not one of hover-and-click, click',
      'theme: "neon" is not one of system, light, dark',
    ]);
  });

  it('keeps keys it does not know in what it would store', () => {
    const repaired = repairSettings({ ...DEFAULT_SETTINGS, theme: 'neon', futureField: { a: 1 } }, { v: 2 });
    expect(repaired.stored).toEqual({ ...DEFAULT_SETTINGS, futureField: { a: 1 } });
    expect(repaired.problems).toHaveLength(1);
  });

  it('fills a partial value without calling the missing fields damage', () => {
    const repaired = repairSettings({ isEnabled: false, disabledSites: ['example.com'] }, { v: 2 });
    expect(repaired.settings).toEqual({ ...DEFAULT_SETTINGS, isEnabled: false, disabledSites: ['example.com'] });
    expect(repaired.problems).toEqual([]);
  });

  it('changes nothing in a valid current value', () => {
    const value = { ...DEFAULT_SETTINGS, theme: 'dark', extra: 1 };
    expect(repairSettings(value, { v: 2 })).toMatchObject({ stored: value, problems: [] });
    expect(rewrites(value, { v: 2 })).toBe(false);
    expect(rewrites({ isEnabled: false }, { v: 2 })).toBe(true);
  });

  it('drops what cannot be an entity key and duplicates, keeping the rest in stored order', () => {
    const stored = [
      'harbour-ferry/mayor-okafor',
      'volchansk',
      'Putin',
      'witkoff',
      3,
      'witkoff',
      'a/b/c',
      'other-pack/x',
      'harbour-ferry/mayor-okafor',
    ];
    const repaired = repairSettings({ disabledEntities: stored }, { v: 2 });
    expect(repaired.settings.disabledEntities).toEqual(['harbour-ferry/mayor-okafor', 'volchansk', 'witkoff', 'other-pack/x']);
    expect(repaired.problems).toEqual(['disabledEntities: 3 entries are not entity ids']);
  });

  it('keeps at most MAX_DISABLED_ENTITIES keys', () => {
    const many = Array.from({ length: MAX_DISABLED_ENTITIES + 5 }, (_, i) => `pack/e${i}`);
    const repaired = repairSettings({ disabledEntities: ['donetsk', ...many] }, { v: 2 });
    expect(repaired.settings.disabledEntities).toHaveLength(MAX_DISABLED_ENTITIES);
    expect(repaired.settings.disabledEntities[0]).toBe('donetsk');
  });

  it('normalizes and dedupes hostnames, dropping ones that are not hostnames', () => {
    const sites = ['WWW.Example.COM.', 'example.com', ' news.site.org ', 'a b', 'x.com/path', 'x.com:80', 5, ''];
    const repaired = repairSettings({ disabledSites: sites }, { v: 2 });
    expect(repaired.settings.disabledSites).toEqual(['example.com', 'news.site.org']);
    expect(repaired.problems).toEqual(['disabledSites: 5 entries are not hostnames']);
  });

  it('migrates a version 1 value, consuming its old names and keeping anything else', () => {
    const repaired = repairSettings(
      { enabled: false, style: 'background', disabledSites: ['www.a.org'], hoverCards: false, other: 1 },
      { v: 1 },
    );
    const settings = { ...DEFAULT_SETTINGS, isEnabled: false, highlightStyle: 'soft', disabledSites: ['a.org'], openOn: 'click' };
    expect(repaired).toEqual({ settings, stored: { ...settings, other: 1 }, version: 2, problems: [] });
    expect(rewrites({ ...settings, other: 1 }, { v: 1 })).toBe(true);
  });

  it('treats a value without version metadata as version 1, where v2 fields win', () => {
    expect(repairSettings({ enabled: true, style: 'underline' }).settings).toMatchObject({ isEnabled: true, highlightStyle: 'underline' });
    expect(repairSettings({ isEnabled: false, enabled: true }).settings.isEnabled).toBe(false);
  });

  it('stamps this version over damaged metadata and says so', () => {
    const repaired = repairSettings(DEFAULT_SETTINGS, { v: 'two' });
    expect(repaired).toMatchObject({ version: 2, problems: ['version: "two" is not a version number'] });
    expect(rewrites(DEFAULT_SETTINGS, { v: 'two' })).toBe(true);
  });

  it('reads a newer version as best it can and leaves it exactly as stored', () => {
    const value = { ...DEFAULT_SETTINGS, isEnabled: false, theme: 'sepia', futureField: true };
    const repaired = repairSettings(value, { v: 3 });
    expect(repaired.settings).toEqual({ ...DEFAULT_SETTINGS, isEnabled: false });
    expect(repaired).toMatchObject({ stored: value, version: 3 });
    expect(rewrites(value, { v: 3 })).toBe(false);
  });

  it('gives an empty list, and says so, for a list field that holds something else', () => {
    const repaired = repairSettings({ disabledSites: 'example.com', disabledEntities: { witkoff: true } }, { v: 2 });
    expect(repaired.settings).toMatchObject({ disabledSites: [], disabledEntities: [] });
    expect(repaired.problems).toEqual(['disabledSites: "example.com" is not a list', 'disabledEntities: {"witkoff":true} is not a list']);
  });

  it('keeps the newest 200 switched-off sites', () => {
    const sites = Array.from({ length: 205 }, (_, i) => `site${i}.example`);
    const kept = repairSettings({ disabledSites: sites }, { v: 2 }).settings.disabledSites;
    expect(kept).toEqual(sites.slice(5));
  });

  it('migrates hover cards on, and leaves what version 1 did not say (or said wrongly) to the defaults', () => {
    expect(repairSettings({ hoverCards: true, enabled: true }, { v: 1 }).settings).toEqual({
      ...DEFAULT_SETTINGS,
      openOn: 'hover-and-click',
    });
    const odd = repairSettings({ hoverCards: 'yes', style: 'neon' }, { v: 1 });
    expect(odd.settings).toEqual(DEFAULT_SETTINGS);
    expect(odd.problems).toEqual([]);
  });

  it('migrates only version 1: a current value, or one with damaged metadata, keeps an old name as a foreign key', () => {
    for (const meta of [{ v: 2 }, { v: 'two' }, { v: 0 }, { v: 1.5 }]) {
      const repaired = repairSettings({ enabled: false }, meta);
      expect(repaired.settings.isEnabled, JSON.stringify(meta)).toBe(true);
      expect(repaired.stored).toMatchObject({ enabled: false });
    }
    expect(repairSettings({}, { v: 0 }).problems).toEqual(['version: 0 is not a version number']);
    expect(repairSettings({}, { v: 1.5 }).problems).toEqual(['version: 1.5 is not a version number']);
  });

  it('gives a fresh install the defaults to store even when a newer build left only its version', () => {
    expect(repairSettings(undefined, { v: 3 })).toEqual({ settings: DEFAULT_SETTINGS, stored: DEFAULT_SETTINGS, version: 3, problems: [] });
  });

  it('never lowers the version, and a newer build stamps its own over an older value', () => {
    expect(repairSettings(DEFAULT_SETTINGS, { v: 7 }).version).toBe(7);
    expect(repairSettings(DEFAULT_SETTINGS, { v: 2 }, 3).version).toBe(3);
    expect(rewrites(DEFAULT_SETTINGS, { v: 2 }, 3)).toBe(true);
  });
});
