import type { Settings } from '../../lib/settings-fields';
import type { EntityKey } from '../../lib/entity-key';
import { useText } from './text';
import { ChoiceGroup } from './ChoiceGroup';
import { DisabledSites } from './DisabledSites';
import { EntityToggles } from './EntityToggles';
import { PageMentionsList, type EntityInfo, type PageListState } from './PageMentionsList';
import { PopupFooter } from './PopupFooter';
import { Switch } from './Switch';

/** What the active tab answered: nothing yet, nothing at all, or its site and counts. */
export type TabState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  /** `site` is already normalized like the entries of `disabledSites`. */
  | { kind: 'ready'; site: string; counts: Record<EntityKey, number> };

/** Props of {@link PopupView}: state in, every change out through a callback. */
export interface PopupViewProps {
  settings: Settings;
  tab: TabState;
  entities: readonly EntityInfo[];
  shortcut: string | false | null;
  isFirefox: boolean;
  onChange(patch: Partial<Settings>): void;
  onSiteToggle(site: string, isEnabled: boolean): void;
  onEntityToggle(entity: EntityKey, isEnabled: boolean): void;
  onReveal(entity: EntityKey): void;
  onOpenArticle(): void;
  onOpenShortcuts(): void;
  onOpenPacks(): void;
}

// Settings change in the popup at once, the tab answers a moment later, so
// whether marking is off is read from the settings rather than the tab.
function listState(settings: Settings, tab: TabState, entities: readonly EntityInfo[]): PageListState {
  if (tab.kind !== 'ready') return tab;
  if (!settings.isEnabled) return { kind: 'off-everywhere' };
  if (settings.disabledSites.includes(tab.site)) return { kind: 'off-site' };
  const found = entities
    .filter((entity) => !settings.disabledEntities.includes(entity.id))
    .map((entity) => ({ entity, count: tab.counts[entity.id] ?? 0 }))
    .filter(({ count }) => count > 0);
  return { kind: 'ready', found };
}

/** The whole popup: switches, the mentions on this page, settings and links. */
export function PopupView(props: PopupViewProps) {
  const t = useText();
  const { settings, tab, onChange } = props;
  return (
    <div class="popup">
      <header class="popup-header">
        <h1 class="popup-title">
          <span class="logo" aria-hidden="true" />
          {t('extName')}
        </h1>
      </header>

      <div class="switches">
        <Switch label={t('popupEnabled')} isOn={settings.isEnabled} onToggle={(isEnabled) => onChange({ isEnabled })} />
        {tab.kind === 'ready' && (
          <Switch
            class="switch-site"
            label={t('popupSiteEnabled', tab.site)}
            isOn={!settings.disabledSites.includes(tab.site)}
            onToggle={(isEnabled) => props.onSiteToggle(tab.site, isEnabled)}
          />
        )}
      </div>

      <PageMentionsList state={listState(settings, tab, props.entities)} shortcut={props.shortcut} onReveal={props.onReveal} />

      <section class="settings" aria-labelledby="settings-heading">
        <h2 class="section-heading" id="settings-heading">
          {t('popupSettings')}
        </h2>
        <ChoiceGroup
          legend={t('popupMarkLegend')}
          name="markMode"
          choices={[
            { value: 'all', label: t('popupMarkAll') },
            { value: 'first', label: t('popupMarkFirst') },
          ]}
          value={settings.markMode}
          onChoose={(markMode) => onChange({ markMode })}
        />
        <ChoiceGroup
          legend={t('popupOpenLegend')}
          name="openOn"
          choices={[
            { value: 'hover-and-click', label: t('popupOpenHover') },
            { value: 'click', label: t('popupOpenClick') },
          ]}
          value={settings.openOn}
          onChoose={(openOn) => onChange({ openOn })}
        />
        <ChoiceGroup
          legend={t('popupStyleLegend')}
          name="highlightStyle"
          choices={[
            { value: 'soft', label: t('popupStyleSoft') },
            { value: 'underline', label: t('popupStyleUnderline') },
            { value: 'none', label: t('popupStyleNone') },
          ]}
          value={settings.highlightStyle}
          onChoose={(highlightStyle) => onChange({ highlightStyle })}
          hint={settings.highlightStyle === 'none' ? t('popupStyleNoneHint') : undefined}
        />
        <ChoiceGroup
          legend={t('popupThemeLegend')}
          name="theme"
          choices={[
            { value: 'system', label: t('popupThemeSystem') },
            { value: 'light', label: t('popupThemeLight') },
            { value: 'dark', label: t('popupThemeDark') },
          ]}
          value={settings.theme}
          onChoose={(theme) => onChange({ theme })}
        />
        <EntityToggles entities={props.entities} disabled={settings.disabledEntities} onToggle={props.onEntityToggle} />
        <DisabledSites sites={settings.disabledSites} onEnable={(site) => props.onSiteToggle(site, true)} />
      </section>

      <PopupFooter
        shortcut={props.shortcut}
        isFirefox={props.isFirefox}
        onOpenArticle={props.onOpenArticle}
        onOpenShortcuts={props.onOpenShortcuts}
        onOpenPacks={props.onOpenPacks}
      />
    </div>
  );
}
