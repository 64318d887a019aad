import type { EntityKey } from '../../lib/entity-key';
import { useText } from './text';

/** An entity as the popup shows it: id, name as the article writes it, kind. */
export interface EntityInfo {
  id: EntityKey;
  name: string;
  kind: 'person' | 'place';
}

/** What the popup can say about the active tab. */
export type PageListState =
  | { kind: 'loading' }
  /** The content script cannot run there (browser pages, stores) or has not loaded. */
  | { kind: 'unavailable' }
  | { kind: 'off-everywhere' }
  | { kind: 'off-site' }
  /** Entities found in the tab, in summary order, only those with mentions. */
  | { kind: 'ready'; found: { entity: EntityInfo; count: number }[] };

/** Props of {@link PageMentionsList}. */
export interface PageMentionsListProps {
  state: PageListState;
  /** The next-mention shortcut (see PopupFooterProps): named in the hint when there is one. */
  shortcut: string | false | null;
  onReveal(entity: EntityKey): void;
}

function Status({ state }: { state: Exclude<PageListState, { kind: 'ready' }> }) {
  const t = useText();
  switch (state.kind) {
    case 'loading':
      return <p class="status">{t('popupLoading')}</p>;
    case 'unavailable':
      return (
        <div class="status status-unavailable">
          <p>{t('popupUnavailable')}</p>
          <p class="hint">{t('popupReloadHint')}</p>
        </div>
      );
    case 'off-everywhere':
      return <p class="status">{t('popupOffEverywhere')}</p>;
    case 'off-site':
      return <p class="status">{t('popupOffOnSite')}</p>;
  }
}

/**
 * "On this page": the entities found in the active tab with their counts;
 * choosing one asks the tab to show its next mention.
 */
export function PageMentionsList({ state, shortcut, onReveal }: PageMentionsListProps) {
  const t = useText();
  return (
    // aria-live: the list refreshes while the popup is open, and its state may change (loading → ready).
    <section class="page-mentions" aria-labelledby="page-mentions-heading" aria-live="polite">
      <h2 class="section-heading" id="page-mentions-heading">
        {t('popupOnThisPage')}
      </h2>
      {state.kind !== 'ready' ? (
        <Status state={state} />
      ) : state.found.length === 0 ? (
        <p class="status">{t('popupNoMentions')}</p>
      ) : (
        <ul class="mention-list" aria-describedby="page-mentions-hint">
          {state.found.map(({ entity, count }) => (
            <li key={entity.id}>
              <button
                type="button"
                class="mention-button"
                data-entity={entity.id}
                aria-label={t('popupReveal', entity.name, count)}
                onClick={() => onReveal(entity.id)}
              >
                <span class="mention-name">{entity.name}</span>
                <span class="mention-count">{count}</span>
                <span class="mention-go" aria-hidden="true">
                  ›
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'ready' && state.found.length > 0 && (
        // Marks are invisible to screen readers: this says how to reach them, and what is announced.
        <p class="hint" id="page-mentions-hint">
          {shortcut ? t('popupMentionsHint', shortcut) : t('popupMentionsHintNoShortcut')}
        </p>
      )}
    </section>
  );
}
