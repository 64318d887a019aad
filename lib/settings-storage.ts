import { browser } from 'wxt/browser';
import type { EntityKey } from './entity-key';
import {
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  SETTINGS_META_KEY,
  SETTINGS_VERSION,
  normalizeHostname,
  type ScalarKey,
  type Settings,
} from './settings-fields';
import {
  isRecord,
  isValidScalar,
  needsRewrite,
  repairEntities,
  repairSettings,
  repairSites,
  type RepairedSettings,
} from './settings-repair';

// The one way every context (background, popup, content script, article page)
// reads, watches and writes the settings in `storage.sync`. Plain storage
// calls, no wrapper library: the content script carries this into every page.
// Another synced device may run an older or newer build at the same time, so
// writes are patches merged into whatever is stored (its unknown keys and
// version survive), and only the background's start-up repair rewrites a
// damaged value. Storage that fails (quota, a broken profile) is warned about
// once and never thrown into callers.

type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

/** The part of `browser.storage` settings use; tests pass a fake shared by two simulated devices. */
export interface SettingsStorageApi {
  sync: {
    get(keys: string[]): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: (changes: StorageChanges, areaName: string) => void): void;
    removeListener(listener: (changes: StorageChanges, areaName: string) => void): void;
  };
}

/** Reads and watches of the settings: all a page's content script needs. No method ever rejects. */
export interface SettingsReader {
  /** The current settings, always valid: the defaults (with a warning) when storage fails. */
  read(): Promise<Settings>;
  /** Calls `onChange` with valid settings after every change; returns the unwatch function. */
  watch(onChange: (settings: Settings) => void): () => void;
}

/** Reads, watches and writes of the settings (popup and background). No method ever rejects. */
export interface SettingsStorage extends SettingsReader {
  /** Merges the valid fields of `patch` into the stored value; resolves to the settings now stored (the previous ones when the write failed). */
  update(patch: Partial<Settings>): Promise<Settings>;
  /** Turns the extension on or off for one site (hostname of the page). */
  setSiteEnabled(hostname: string, isEnabled: boolean): Promise<Settings>;
  /** Turns marking of one entity on or off. */
  setEntityEnabled(entity: EntityKey, isEnabled: boolean): Promise<Settings>;
  /** Writes back a migrated or repaired value if that changes anything (the background, on install and start-up only). */
  repairStored(): Promise<void>;
}

/** Where settings are read and written, and the version this build writes. */
type Source = [api: () => SettingsStorageApi, version: number];

const PREFIX = '[Fact Notes]';
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The fields of a patch worth storing: valid known fields, and a newer build's keys as given. */
function validPatch(patch: Record<string, unknown>): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'disabledSites') valid[key] = repairSites(value);
    else if (key === 'disabledEntities') valid[key] = repairEntities(value);
    else if (!(key in DEFAULT_SETTINGS) || isValidScalar(key as ScalarKey, value)) valid[key] = value;
  }
  return valid;
}

// By default the browser's storage, looked up on first use: WXT imports entrypoints in Node at build time.
const browserStorage = () => browser.storage as unknown as SettingsStorageApi;

function createReader([api, version]: Source) {
  let last: Settings = { ...DEFAULT_SETTINGS };
  let lastProblems = '';

  // One bad synced value must not repeat its warning on every change of this page.
  const warnProblems = ({ problems }: RepairedSettings) => {
    const text = problems.join('; ');
    if (text && text !== lastProblems) console.warn(`${PREFIX} Stored settings were partly invalid; using the defaults for: ${text}.`);
    lastProblems = text;
  };

  const loadRaw = async () => {
    const stored = await api().sync.get([SETTINGS_KEY, SETTINGS_META_KEY]);
    return { raw: stored[SETTINGS_KEY], meta: stored[SETTINGS_META_KEY] };
  };

  /** The repaired stored value, or null (after a warning) when storage failed. */
  const load = async (): Promise<RepairedSettings | null> => {
    try {
      const { raw, meta } = await loadRaw();
      const repaired = repairSettings(raw, meta, version);
      warnProblems(repaired);
      last = repaired.settings;
      return repaired;
    } catch (error) {
      console.warn(`${PREFIX} Could not read settings from storage.sync (${reason(error)}); using the defaults.`);
      return null;
    }
  };

  const reader: SettingsReader = {
    async read() {
      return (await load())?.settings ?? { ...DEFAULT_SETTINGS };
    },

    watch(onChange) {
      let isWatching = true;
      let latest = 0;
      // Re-read both keys: a change may bring the value, its version, or both.
      const listener = (changes: StorageChanges, areaName: string) => {
        if (areaName !== 'sync' || !(SETTINGS_KEY in changes || SETTINGS_META_KEY in changes)) return;
        const request = ++latest;
        void load().then((repaired) => {
          // A failed read leaves the page as it was; an older answer never overwrites a newer one.
          if (repaired && isWatching && request === latest) onChange(repaired.settings);
        });
      };
      api().onChanged.addListener(listener);
      return () => {
        isWatching = false;
        api().onChanged.removeListener(listener);
      };
    },
  };
  return { reader, loadRaw, warnProblems, last: () => last, remember: (settings: Settings) => (last = settings) };
}

/**
 * Reads and watches over `api`; `version` is the settings version this build
 * writes (tests pass another to simulate a newer build).
 */
export function createSettingsReader(api = browserStorage, version = SETTINGS_VERSION): SettingsReader {
  return createReader([api, version]).reader;
}

/** Reads, watches and writes over `api`, as {@link createSettingsReader}. */
export function createSettingsStorage(api = browserStorage, version = SETTINGS_VERSION): SettingsStorage {
  const { reader, loadRaw, warnProblems, last, remember } = createReader([api, version]);

  // Writes of this context run one after another so quick clicks in the popup never undo each other.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task);
    queue = next.catch(() => undefined);
    return next;
  };

  const modify = (change: (current: Settings) => Record<string, unknown>) =>
    enqueue(async (): Promise<Settings> => {
      let found: Awaited<ReturnType<typeof loadRaw>>;
      try {
        found = await loadRaw();
      } catch (error) {
        console.warn(`${PREFIX} Could not read settings before saving (${reason(error)}); nothing was saved.`);
        return last();
      }
      const repaired = repairSettings(found.raw, found.meta, version);
      const original = isRecord(found.raw) ? found.raw : {};
      const stored = { ...repaired.stored, ...validPatch(change(repaired.settings)) };
      const meta = isRecord(found.meta) ? found.meta : {};
      const items: Record<string, unknown> = { [SETTINGS_KEY]: stored };
      if (meta.v !== repaired.version) items[SETTINGS_META_KEY] = { ...meta, v: repaired.version };
      const next = repairSettings(stored, { v: repaired.version }, version).settings;
      if (!(SETTINGS_META_KEY in items) && JSON.stringify(original) === JSON.stringify(stored)) return remember(next);
      try {
        await api().sync.set(items);
      } catch (error) {
        console.warn(`${PREFIX} Could not save settings to storage.sync (${reason(error)}); keeping the previous settings.`);
        return remember(repaired.settings);
      }
      return remember(next);
    });

  return {
    ...reader,
    update: (patch) => modify(() => patch),

    setSiteEnabled(hostname, isEnabled) {
      const site = normalizeHostname(hostname);
      return modify(({ disabledSites }) => {
        if (!site) return {};
        const others = disabledSites.filter((other) => other !== site);
        return { disabledSites: isEnabled ? others : [...others, site] };
      });
    },

    setEntityEnabled(entity, isEnabled) {
      return modify(({ disabledEntities }) => ({
        disabledEntities: isEnabled ? disabledEntities.filter((id) => id !== entity) : [...disabledEntities, entity],
      }));
    },

    repairStored: () =>
      enqueue(async () => {
        try {
          const { raw, meta } = await loadRaw();
          const repaired = repairSettings(raw, meta, version);
          warnProblems(repaired);
          if (!needsRewrite(raw, meta, repaired)) return;
          await api().sync.set({
            [SETTINGS_KEY]: repaired.stored,
            [SETTINGS_META_KEY]: { ...(isRecord(meta) ? meta : {}), v: repaired.version },
          });
        } catch (error) {
          console.warn(`${PREFIX} Could not repair the stored settings (${reason(error)}); they are read as they are.`);
        }
      }),
  };
}

/** The settings of this browser profile, for the popup and background. */
export const settingsStorage = /* @__PURE__ */ createSettingsStorage();
/** The same settings for pages: no write code in the script every page carries. */
export const settingsReader = /* @__PURE__ */ createSettingsReader();
