import type { SettingsStorageApi } from '../../../lib/settings-storage';

type Listener = Parameters<SettingsStorageApi['onChanged']['addListener']>[0];

/**
 * One `storage.sync` area shared by several simulated devices, as Chrome or
 * Firefox Sync shares it: each device gets its own `storage` API with its own
 * change listeners, every write is seen by all of them (a little later, as
 * sync delivers it), and every write is counted.
 */
export function createSharedSyncArea() {
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const writes: { device: string; items: Record<string, unknown> }[] = [];
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

  const device = (name: string): SettingsStorageApi => {
    const own = new Set<Listener>();
    return {
      sync: {
        async get(keys) {
          return Object.fromEntries(keys.filter((key) => data.has(key)).map((key) => [key, copy(data.get(key))]));
        },
        async set(items) {
          writes.push({ device: name, items: copy(items) });
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: copy(data.get(key)), newValue: copy(value) };
            data.set(key, copy(value));
          }
          for (const listener of listeners) setTimeout(() => listener(copy(changes), 'sync'), 0);
        },
      },
      onChanged: {
        addListener(listener) {
          own.add(listener);
          listeners.add(listener);
        },
        removeListener(listener) {
          own.delete(listener);
          listeners.delete(listener);
        },
      },
    };
  };

  return {
    device,
    writes,
    /** What the area holds now. */
    snapshot: () => ({ settings: copy(data.get('settings')), settings$: copy(data.get('settings$')) }),
    /** Lets every change event that is on its way arrive, and what it starts finish. */
    settle: async () => {
      for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}
