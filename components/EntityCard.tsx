import type { Entity, EntityId } from '../lib/summary/schema';
import { CaveatList } from './CaveatList';
import { FactList } from './FactList';

/** A related entity as the card lists it. */
export interface RelatedEntity {
  id: EntityId;
  name: string;
}

export interface EntityCardProps {
  entity: Entity;
  /** The entity's related entities, resolved to names, in the order to show. */
  related: readonly RelatedEntity[];
  /** One line naming the source honestly (see lib/card/source-note.ts). */
  sourceNote: string;
  /** Id of the heading that names the dialog; unique within the shadow root. */
  headingId?: string;
  onRelated(id: EntityId): void;
  onOpenArticle(id: EntityId): void;
  onClose(): void;
}

const kindLabels: Record<Entity['kind'], string> = { person: 'Person', place: 'Place' };

/**
 * What the bundled article says about one person or place, as a non-modal dialog.
 * Props and callbacks only: the controller (lib/card/card-controller.ts) owns
 * opening, placement, focus and everything that touches the page.
 */
export function EntityCard(props: EntityCardProps) {
  const { entity, related, sourceNote, headingId = 'fact-notes-card-title' } = props;
  const roleId = `${headingId}-role`;
  return (
    <div
      class="fn-card"
      role="dialog"
      data-entity={entity.id}
      data-kind={entity.kind}
      aria-labelledby={headingId}
      aria-describedby={roleId}
    >
      <header class="fn-header">
        <p class="fn-kind">{kindLabels[entity.kind]}</p>
        {/* Focus target when the card opens from the keyboard; not in the tab order itself. */}
        <h2 class="fn-name" id={headingId} tabIndex={-1}>
          {entity.name}
        </h2>
        <p class="fn-role" id={roleId}>
          {entity.role.text}
        </p>
        <button type="button" class="fn-close" aria-label="Close" onClick={props.onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      <div class="fn-body">
        <FactList facts={entity.facts} />
        <CaveatList caveats={entity.caveats} />
        {related.length > 0 && (
          <div class="fn-related">
            <h3 class="fn-related-title" id={`${headingId}-related`}>
              Also in the article
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
      </div>
      <footer class="fn-footer">
        <button type="button" class="fn-read" onClick={() => props.onOpenArticle(entity.id)}>
          Read the article
        </button>
        <p class="fn-source">{sourceNote}</p>
      </footer>
    </div>
  );
}
