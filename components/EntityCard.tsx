import { englishCardLabels, type CardLabels } from '../lib/card/card-labels';
import type { CardEntity, EntityId } from '../lib/summary/schema';
import { CaveatFlags } from './CaveatFlags';
import { CaveatList } from './CaveatList';
import { FactList } from './FactList';

/** A related entity as the card lists it. */
export interface RelatedEntity {
  id: EntityId;
  name: string;
}

export interface EntityCardProps {
  entity: CardEntity;
  /** The entity's related entities, resolved to names, in the order to show. */
  related: readonly RelatedEntity[];
  /** One line naming the source honestly (see lib/card/source-note.ts). */
  sourceNote: string;
  /** Id of the heading that names the dialog; unique within the shadow root. */
  headingId?: string;
  /** Interface words, in the browser's language; English by default. */
  labels?: CardLabels;
  onRelated(id: EntityId): void;
  onOpenArticle(id: EntityId): void;
  onClose(): void;
}

/** Opens the caveat list and moves focus to one note; `from` is inside the card. */
function openNote(from: Element, id: string): void {
  const note = from.closest('[role="dialog"]')?.querySelector<HTMLElement>(`[id="${id}"]`);
  if (!note) return;
  const list = note.closest('details');
  if (list) list.open = true;
  note.focus({ preventScroll: true });
  note.scrollIntoView({ block: 'nearest' });
}

/**
 * What the bundled article says about one person or place, as a non-modal dialog.
 * Props and callbacks only: the controller (lib/card/card-controller.ts) owns
 * opening, placement, focus and everything that touches the page.
 */
export function EntityCard(props: EntityCardProps) {
  const { entity, related, sourceNote, headingId = 'fact-notes-card-title', labels = englishCardLabels } = props;
  const roleId = `${headingId}-role`;
  const noteId = (index: number) => `${headingId}-note-${index}`;
  const onOpenNote = (index: number, from: Element) => openNote(from, noteId(index));
  // The content is the article's, in English; interface words carry their own language.
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  return (
    <div
      class="fn-card"
      lang="en"
      role="dialog"
      data-entity={entity.id}
      data-kind={entity.kind}
      aria-labelledby={headingId}
      aria-describedby={roleId}
    >
      <header class="fn-header">
        <p class="fn-kind" {...ui}>
          {labels.kinds[entity.kind]}
        </p>
        {/* Focus target when the card opens from the keyboard; not in the tab order itself. */}
        <h2 class="fn-name" id={headingId} tabIndex={-1}>
          {entity.name}
        </h2>
        <p class="fn-role" id={roleId}>
          {entity.role.text}
        </p>
        <CaveatFlags caveats={entity.caveats} about="role" noteId={noteId} labels={labels} onOpenNote={onOpenNote} />
        <button type="button" class="fn-close" aria-label={labels.close} {...ui} onClick={props.onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      {/* Keyed by entity: a related entity's card starts with its caveat list closed. */}
      <div class="fn-body" key={entity.id}>
        {/* Facts first; each caveat is flagged beside what it qualifies, its full text in the closed list below. */}
        <FactList facts={entity.facts} labels={labels} caveats={entity.caveats} noteId={noteId} onOpenNote={onOpenNote} />
        {related.length > 0 && (
          <div class="fn-related">
            <h3 class="fn-related-title" id={`${headingId}-related`} {...ui}>
              {labels.related}
            </h3>
            <ul class="fn-related-list" aria-labelledby={`${headingId}-related`}>
              {related.map((other) => (
                <li key={other.id}>
                  <button type="button" class="fn-chip" data-related={other.id} onClick={() => props.onRelated(other.id)}>
                    {other.name}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <CaveatList caveats={entity.caveats} labels={labels} noteId={noteId} collapsible />
      </div>
      <footer class="fn-footer">
        <button type="button" class="fn-read" {...ui} onClick={() => props.onOpenArticle(entity.id)}>
          {labels.readArticle}
        </button>
        <p class="fn-source">{sourceNote}</p>
      </footer>
    </div>
  );
}
