import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { EntityId } from './summary/schema';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  isSameSettings,
  migrateSettingsFromV1,
  normalizeHostname,
  repairSettings,
  type Settings,
} from './settings-schema';

// Settings are declared once here and shared by the popup (writes) and every
// content script (reads and watches). Validation and repair: ./settings-schema.ts.

export { DEFAULT_SETTINGS, SETTINGS_VERSION, normalizeHostname, repairSettings, type Settings };

const KEY = 'sync:settings';

let item: Promise<WxtStorageItem<unknown, { v?: unknown }>> | undefined;

// Defined on first use, not at import: WXT imports entrypoints in Node at build
// time, and defineItem starts its migration (a storage read) immediately.
function settingsItem(): Promise<WxtStorageItem<unknown, { v?: unknown }>> {
  item ??= (async () => {
    // @wxt-dev/storage 1.3 meets a version above ours (written by a newer build
    // on another synced device) with "Version downgrade detected", logs it and
    // leaves the value as is on every start. Settle it first: keep the fields
    // this build understands and stamp our version.
    const meta = await storage.getMeta<{ v?: unknown }>(KEY);
    const version = meta.v;
    if (version != null && !(Number.isInteger(version) && (version as number) >= 1 && (version as number) <= SETTINGS_VERSION)) {
      const repaired = repairSettings(await storage.getItem(KEY));
      await storage.setItems([{ key: KEY, value: repaired }]);
      await storage.setMeta(KEY, { v: SETTINGS_VERSION });
    }
    return storage.defineItem<unknown, { v?: unknown }>(KEY, {
      fallback: DEFAULT_SETTINGS,
      version: SETTINGS_VERSION,
      migrations: { 2: migrateSettingsFromV1 },
    });
  })();
  // A failed start (storage not ready) must not stick for the life of the page.
  item.catch(() => {
    item = undefined;
  });
  return item;
}

/** The current settings, always valid; an invalid stored value is repaired and written back. */
export async function getSettings(): Promise<Settings> {
  const settingsStorage = await settingsItem();
  const raw = await settingsStorage.getValue();
  const settings = repairSettings(raw);
  if (!isSameSettings(raw, settings)) await settingsStorage.setValue(settings);
  return settings;
}

/**
 * Calls `onChange` with repaired settings after every change; returns the unwatch function.
 * Only {@link getSettings} writes repairs back: one bad synced value must not
 * make every open tab write at once (storage.sync limits writes per minute).
 */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return storage.watch<unknown>(KEY, (value) => onChange(repairSettings(value ?? DEFAULT_SETTINGS)));
}

// Read-modify-write calls run one after another so quick clicks in the popup never undo each other.
let queue: Promise<unknown> = Promise.resolve();

function modifySettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const next = queue.then(async () => {
    const current = await getSettings();
    const settings = repairSettings({ ...current, ...change(current) });
    await (await settingsItem()).setValue(settings);
    return settings;
  });
  queue = next.catch(() => undefined);
  return next;
}

/** Applies `patch` (invalid fields in it are ignored), stores and returns the new settings. */
export function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  return modifySettings(() => patch);
}

/** Turns the extension on or off for one site (hostname of the page). */
export function setSiteEnabled(hostname: string, isEnabled: boolean): Promise<Settings> {
  const site = normalizeHostname(hostname);
  return modifySettings(({ disabledSites }) => {
    if (!site) return {};
    const others = disabledSites.filter((other) => other !== site);
    return { disabledSites: isEnabled ? others : [...others, site] };
  });
}

/** Turns marking of one entity on or off. */
export function setEntityEnabled(entity: EntityId, isEnabled: boolean): Promise<Settings> {
  return modifySettings(({ disabledEntities }) => ({
    disabledEntities: isEnabled ? disabledEntities.filter((id) => id !== entity) : [...disabledEntities, entity],
  }));
}

export { isActiveOn, isSiteDisabled } from './settings-fields';
