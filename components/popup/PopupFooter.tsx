import { useText } from './text';

/** Props of {@link PopupFooter}. */
export interface PopupFooterProps {
  /** The "next mention" shortcut as the browser reports it; '' when unset, null while unknown, false where the browser has no shortcuts (Firefox for Android). */
  shortcut: string | false | null;
  /** Firefox cannot open its shortcut page for an extension, so it gets directions instead. */
  isFirefox: boolean;
  onOpenArticle(): void;
  onOpenShortcuts(): void;
  /** Opens the options page, where article packs are imported and managed. */
  onOpenPacks(): void;
}

/** Links out of the popup: the article page, the article packs (options page) and the keyboard shortcut. */
export function PopupFooter({ shortcut, isFirefox, onOpenArticle, onOpenShortcuts, onOpenPacks }: PopupFooterProps) {
  const t = useText();
  return (
    <footer class="popup-footer">
      <button type="button" class="link-button" onClick={onOpenArticle}>
        {t('popupReadArticle')}
      </button>
      <button type="button" class="link-button" onClick={onOpenPacks}>
        {t('popupPacks')}
      </button>
      <div class="shortcut">
        <span class="shortcut-label">{t('popupShortcut')}</span>
        {shortcut ? <kbd class="shortcut-keys">{shortcut}</kbd> : shortcut === '' && <span class="hint">{t('popupShortcutUnset')}</span>}
        {shortcut === false && <span class="hint">{t('popupShortcutUnavailable')}</span>}
        {!isFirefox && shortcut !== false && (
          <button type="button" class="link-button" onClick={onOpenShortcuts}>
            {t('popupChangeShortcut')}
          </button>
        )}
      </div>
      {isFirefox && shortcut !== false && <p class="hint">{t('popupFirefoxShortcut')}</p>}
    </footer>
  );
}
