import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings-fields';
import { createSettingsStorage, type SettingsStorage } from '../../../lib/settings-storage';
import { createSharedSyncArea } from './shared-sync-area';

// Two devices signed in to one browser profile share one sync area: this
// build (settings version 2) on one, a newer build (version 3, with a field
// this build does not know) on the other. Each runs its own instance of the
// settings module, as its background, popup and pages would, and each
// watches the area. The newer build is simulated with this module, stamping 3.

/** A simulated newer build's patch: a field of version 3 next to the ones both know. */
const v3Patch = (patch: Record<string, unknown>) => patch as Partial<Settings>;

let area: ReturnType<typeof createSharedSyncArea>;
let seen: { v2: Settings[]; v3: Settings[] };

/** A device's background: repairs on start-up, and (like every page of it) only watches afterwards. */
function startDevice(name: 'v2' | 'v3'): SettingsStorage {
  const storage = createSettingsStorage(() => area.device(name), name === 'v2' ? 2 : 3);
  storage.watch((settings) => seen[name].push(settings));
  return storage;
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  area = createSharedSyncArea();
  seen = { v2: [], v3: [] };
});

afterEach(() => vi.restoreAllMocks());

describe('two synced devices on different versions', () => {
  it('never rewrite each other: the older build keeps the newer field and version 3, and writes stop', async () => {
    const older = startDevice('v2');
    const newer = startDevice('v3');
    await older.repairStored();
    await older.update({ theme: 'dark' });
    await area.settle();

    // The newer build starts (stamping its version) and its user sets its own field.
    await newer.repairStored();
    await newer.update(v3Patch({ cardSize: 'large' }));
    await area.settle();
    expect(area.snapshot()).toEqual({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', cardSize: 'large' }, settings$: { v: 3 } });

    // The older device restarts and its user changes something in its popup.
    const before = area.writes.length;
    await older.repairStored();
    await area.settle();
    expect(area.writes.length).toBe(before);
    await older.update({ markMode: 'first' });
    await older.setSiteEnabled('example.com', false);
    await area.settle();
    expect(area.snapshot()).toEqual({
      settings: { ...DEFAULT_SETTINGS, theme: 'dark', markMode: 'first', disabledSites: ['example.com'], cardSize: 'large' },
      settings$: { v: 3 },
    });

    // Both restart again, and time passes: no more writes from either.
    const settled = area.writes.length;
    await newer.repairStored();
    await older.repairStored();
    await area.settle();
    await area.settle();
    expect(area.writes.length).toBe(settled);
    const laterVersions = area.writes.slice(before).map(({ items }) => (items['settings$'] as { v?: number } | undefined)?.v);
    expect(laterVersions.filter((v) => v !== undefined)).toEqual([]);

    // Each side reads what it knows of the shared value.
    expect(await older.read()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', markMode: 'first', disabledSites: ['example.com'] });
    expect(seen.v2.at(-1)).toEqual(await older.read());
    expect(seen.v3.at(-1)).toEqual(await newer.read());
  });

  it('never lowers the version once a newer build wrote it', async () => {
    const older = startDevice('v2');
    const newer = startDevice('v3');
    await newer.update(v3Patch({ cardSize: 'large' }));
    await area.settle();
    await older.repairStored();
    await older.update({ isEnabled: false });
    await older.setEntityEnabled('ushakov', false);
    await area.settle();
    const versions = area.writes.map(({ items }) => (items['settings$'] as { v?: number } | undefined)?.v).filter((v) => v !== undefined);
    expect(versions).toEqual([3]);
    expect(area.snapshot().settings).toMatchObject({ cardSize: 'large', isEnabled: false, disabledEntities: ['ushakov'] });
  });

  it('keeps a valid field the older build cannot judge, while it still reads the rest', async () => {
    const older = startDevice('v2');
    const newer = startDevice('v3');
    // Version 3 gave the theme a new choice; to version 2 that is not a theme it knows.
    // (The simulated newer build shares this build's choices, so its write is made raw.)
    await newer.update({ isEnabled: false });
    const written = area.snapshot();
    await area.device('v3').sync.set({ settings: { ...(written.settings as object), theme: 'sepia' }, settings$: written.settings$ });
    await area.settle();
    await older.repairStored();
    await older.update({ markMode: 'first' });
    await area.settle();
    expect(await older.read()).toMatchObject({ isEnabled: false, theme: 'system', markMode: 'first' });
    expect(area.snapshot().settings).toMatchObject({ theme: 'sepia', markMode: 'first' });
  });

  it('an older value (version 1) is migrated once by the first build that starts, then left alone', async () => {
    const older = startDevice('v2');
    const newer = startDevice('v3');
    await area.device('v1').sync.set({ settings: { enabled: false, style: 'underline', hoverCards: false }, settings$: { v: 1 } });
    await area.settle();
    await older.repairStored();
    await area.settle();
    expect(area.snapshot()).toEqual({
      settings: { ...DEFAULT_SETTINGS, isEnabled: false, highlightStyle: 'underline', openOn: 'click' },
      settings$: { v: 2 },
    });
    await newer.repairStored();
    await area.settle();
    const settled = area.writes.length;
    await older.repairStored();
    await newer.repairStored();
    await area.settle();
    expect(area.writes.length).toBe(settled);
    expect(area.snapshot().settings$).toEqual({ v: 3 });
  });
});
