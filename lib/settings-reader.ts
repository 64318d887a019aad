import { browser } from 'wxt/browser';
import { SETTING_CHOICES, SETTINGS_KEY, repairFields, type ScalarKey, type Settings } from './settings-fields';

// The content script's view of the settings: the same storage item as
// ./settings.ts, read straight from `storage.sync`, and repaired in memory by
// the same field rules. No zod and no storage wrapper here: they would cost
// every page ~8 KB gzip (issue 6). The background repairs the stored value
// itself with the zod schema (entrypoints/background.ts).

/** The table-driven twin of the zod field schemas (tests/unit/settings-reader.test.ts keeps them in step). */
export function acceptsScalar(key: ScalarKey, value: unknown): boolean {
  if (key === 'isEnabled') return typeof value === 'boolean';
  return (SETTING_CHOICES[key] as readonly unknown[]).includes(value);
}

/** Valid settings from a stored value, field by field. */
export function readStoredSettings(value: unknown): Settings {
  return repairFields(value, acceptsScalar);
}

/** The current settings, always valid. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return readStoredSettings(stored[SETTINGS_KEY]);
}

/** Calls `onChange` with valid settings after every change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'sync' && SETTINGS_KEY in changes) onChange(readStoredSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
