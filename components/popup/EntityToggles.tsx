import type { EntityKey } from '../../lib/entity-key';
import { useText } from './text';
import type { EntityInfo } from './PageMentionsList';

/** Props of {@link EntityToggles}. */
export interface EntityTogglesProps {
  entities: readonly EntityInfo[];
  disabled: readonly EntityKey[];
  onToggle(entity: EntityKey, isEnabled: boolean): void;
}

/** One checkbox per entity: which of the article's people and places get marked. */
export function EntityToggles({ entities, disabled, onToggle }: EntityTogglesProps) {
  const t = useText();
  return (
    <fieldset class="entity-toggles">
      <legend class="choice-legend">{t('popupEntitiesLegend')}</legend>
      <div class="check-grid">
        {entities.map((entity) => (
          <label class="check" key={entity.id}>
            <input
              type="checkbox"
              checked={!disabled.includes(entity.id)}
              onChange={(event) => onToggle(entity.id, event.currentTarget.checked)}
            />
            <span class="check-text">
              <span class="check-name">{entity.name}</span>
              {/* A space, so the label reads "Donetsk Place", not "DonetskPlace". */}{' '}
              <span class="check-kind">{t(entity.kind === 'person' ? 'kindPerson' : 'kindPlace')}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
