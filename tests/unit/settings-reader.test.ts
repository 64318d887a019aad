import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettings, readStoredSettings, watchSettings } from '../../lib/settings-reader';
import { repairSettings } from '../../lib/settings-schema';
import { DEFAULT_SETTINGS, SETTING_CHOICES } from '../../lib/settings-fields';

beforeEach(() => fakeBrowser.reset());

// Values a damaged or foreign store might hold, for every field.
const samples: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  1,
  '',
  'x',
  'all',
  'first',
  'click',
  'hover-and-click',
  'soft',
  'underline',
  'none',
  'system',
  'light',
  'dark',
  'ALL',
  [],
  ['witkoff'],
  ['example.com', 7],
  { a: 1 },
  NaN,
  ...Object.values(SETTING_CHOICES).flat(),
];

/** A deterministic pseudo-random stream, so a failure can be replayed. */
function* randomValues(seed: number, count: number): Generator<Record<string, unknown>> {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const keys = [...Object.keys(DEFAULT_SETTINGS), 'enabled', 'style'];
  for (let i = 0; i < count; i++) {
    const value: Record<string, unknown> = {};
    for (const key of keys) if (next() < 0.7) value[key] = samples[Math.floor(next() * samples.length)];
    yield value;
  }
}

describe('content-script settings reader', () => {
  it('repairs exactly as the zod schema does, field by field', () => {
    for (const value of randomValues(42, 3000)) expect(readStoredSettings(value)).toEqual(repairSettings(value));
    for (const value of samples) expect(readStoredSettings(value)).toEqual(repairSettings(value));
  });

  it('keeps valid fields of a damaged value', () => {
    expect(readStoredSettings({ isEnabled: 'yes', theme: 'dark', markMode: 'first', disabledSites: 'x' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      markMode: 'first',
    });
  });

  it('reads the same sync item the popup writes', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, highlightStyle: 'underline' } });
    expect((await readSettings()).highlightStyle).toBe('underline');
    await fakeBrowser.storage.sync.clear();
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('reports repaired changes until unwatched', async () => {
    const onChange = vi.fn();
    const unwatch = watchSettings(onChange);
    await fakeBrowser.storage.sync.set({ settings: { theme: 'dark', openOn: 42 } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await fakeBrowser.storage.local.set({ settings: { theme: 'light' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    unwatch();
    await fakeBrowser.storage.sync.set({ settings: { theme: 'light' } });
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
