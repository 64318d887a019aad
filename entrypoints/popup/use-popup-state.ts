import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { normalizeHostname, type Settings } from '../../lib/settings-fields';
import { settingsStorage } from '../../lib/settings-storage';
import type { EntityKey } from '../../lib/entity-key';
import type { TabState } from '../../components/popup/PopupView';
import type { EntityInfo } from '../../components/popup/PageMentionsList';
import { popupController } from './popup-controller';

// The page list follows the page: mentions appear and vanish as it changes
// (spec/mentions.md, "Where the count shows"), so the tab is asked again
// every second while the popup is open, and soon after any settings change.
const POLL_MS = 1000;
const AFTER_CHANGE_MS = 200;

/** Popup state (settings, active tab, shortcut) and the actions that change it. */
export function usePopupState() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tab, setTab] = useState<TabState>({ kind: 'loading' });
  const [shortcut, setShortcut] = useState<string | false | null>(null);
  const [entities, setEntities] = useState<EntityInfo[] | null>(null);
  const tabId = useRef<number | null>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // The enabled packs' entities, read once per popup: the tab's counts are asked for by them.
  const entitiesRead = useRef<Promise<EntityInfo[]> | null>(null);

  const readTab = useCallback(async () => {
    entitiesRead.current ??= popupController.readEntities().then((list) => (setEntities(list), list));
    const active = await popupController.readActiveTab(await entitiesRead.current);
    tabId.current = active?.tabId ?? null;
    if (!active) return setTab({ kind: 'unavailable' });
    const { hostname, counts } = active.page;
    setTab({ kind: 'ready', site: normalizeHostname(hostname) ?? hostname, counts });
  }, []);

  useEffect(() => {
    void settingsStorage.read().then(setSettings);
    void popupController.readShortcut().then(setShortcut, () => setShortcut(''));
    void readTab();
    const poll = setInterval(() => void readTab(), POLL_MS);
    const unwatch = settingsStorage.watch((next) => {
      setSettings(next);
      clearTimeout(refreshTimer.current);
      refreshTimer.current = setTimeout(() => void readTab(), AFTER_CHANGE_MS);
    });
    return () => {
      clearInterval(poll);
      clearTimeout(refreshTimer.current);
      unwatch();
    };
  }, [readTab]);

  // The popup follows the theme setting like the cards do; 'system' leaves it to the media query.
  useEffect(() => {
    if (settings) document.documentElement.dataset.theme = settings.theme;
  }, [settings?.theme]);

  // Writes resolve to what is stored: after a failed one (e.g. storage.sync quota, warned about
  // in the console) that is the previous value, so the controls never show one that was not kept.
  const settle = (write: Promise<Settings>) => write.then(setSettings);

  return {
    settings,
    entities,
    tab,
    shortcut,
    /** Applies a settings patch at once (shown before the write finishes). */
    change(patch: Partial<Settings>) {
      setSettings((current) => current && { ...current, ...patch });
      void settle(settingsStorage.update(patch));
    },
    toggleSite: (site: string, isEnabled: boolean) => void settle(settingsStorage.setSiteEnabled(site, isEnabled)),
    toggleEntity: (entity: EntityKey, isEnabled: boolean) => void settle(settingsStorage.setEntityEnabled(entity, isEnabled)),
    reveal(entity: EntityKey) {
      if (tabId.current !== null) void popupController.reveal(tabId.current, entity);
    },
    openArticle: () => void popupController.openArticle(),
    openShortcuts: () => void popupController.openShortcutSettings(),
    openPacks: () => void popupController.openPacks(),
  };
}
