import { PopupView } from '../../components/popup/PopupView';
import { TextContext } from '../../components/popup/text';
import { t } from '../../lib/i18n';
import { usePopupState } from './use-popup-state';

/** The popup: state from {@link usePopupState}, drawn by {@link PopupView}. */
export function App() {
  const state = usePopupState();
  // Settings arrive within a storage read; drawing defaults first would flash wrong switches.
  if (!state.settings || !state.entities) return null;
  return (
    <TextContext.Provider value={t}>
      <PopupView
        settings={state.settings}
        tab={state.tab}
        entities={state.entities}
        shortcut={state.shortcut}
        isFirefox={import.meta.env.FIREFOX}
        onChange={state.change}
        onSiteToggle={state.toggleSite}
        onEntityToggle={state.toggleEntity}
        onReveal={state.reveal}
        onOpenArticle={state.openArticle}
        onOpenShortcuts={state.openShortcuts}
        onOpenPacks={state.openPacks}
      />
    </TextContext.Provider>
  );
}
