import { useText } from './text';

/** Props of {@link DisabledSites}. */
export interface DisabledSitesProps {
  sites: readonly string[];
  onEnable(hostname: string): void;
}

/** The sites turned off, each with a button that turns it back on; folded away until needed. */
export function DisabledSites({ sites, onEnable }: DisabledSitesProps) {
  const t = useText();
  return (
    <details class="disabled-sites">
      <summary>
        <span>{t('popupDisabledSites')}</span>
        <span class="summary-count">{sites.length}</span>
      </summary>
      {sites.length === 0 ? (
        <p class="hint">{t('popupNoDisabledSites')}</p>
      ) : (
        <ul class="site-list">
          {sites.map((site) => (
            <li class="site" key={site}>
              <span class="site-name">{site}</span>
              <button type="button" class="small-button" aria-label={t('popupTurnSiteOn', site)} onClick={() => onEnable(site)}>
                {t('popupTurnOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
