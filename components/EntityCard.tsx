import type { CardLabels } from '../lib/card/card-labels';
import type { CardEntity } from '../lib/summary/schema';
import type { Subject } from '../lib/pack/compile-packs';
import { isBuiltInKey, type EntityKey } from '../lib/entity-key';
import { CaveatFlags } from './CaveatFlags';
import { CaveatList } from './CaveatList';
import { FactList } from './FactList';

/** A related entity as the card lists it. */
export interface RelatedEntity {
  id: EntityKey;
  name: string;
}

export interface EntityCardProps {
  /** The person or place, with the notes of every enabled pack on it (first pack first). */
  subject: Subject;
  /** The entity's related entities, resolved to names, in the order to show. */
  related: readonly RelatedEntity[];
  /** One honest line per notes set, naming its source (see lib/card/source-note.ts). */
  sourceNotes: readonly string[];
  /** Id of the heading that names the dialog; unique within the shadow root. */
  headingId?: string;
  /** Interface words, in the browser's language (`cardLabels(t)`; `englishCardLabels` in English-only pages). */
  labels: CardLabels;
  onRelated(id: EntityKey): void;
  onOpenArticle(id: EntityKey): void;
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
 * What the enabled packs' articles say about one person or place, as a
 * non-modal dialog: with one article, its role, facts and caveats; with
 * several, each article's notes under its own heading. Props and callbacks
 * only: the controller (lib/card/card-controller.ts) owns opening, placement,
 * focus and everything that touches the page.
 */
export function EntityCard(props: EntityCardProps) {
  const { subject, related, sourceNotes, headingId = 'fact-notes-card-title', labels } = props;
  const [first, ...others] = subject.notes;
  const isSingle = others.length === 0;
  const roleId = `${headingId}-role`;
  // Ids of notes set i's caveat notes, and what its flags call to open one: unique within the card.
  const noteIdOf = (i: number) => (index: number) => `${headingId}-${i}-note-${index}`;
  const noteOpenerOf = (i: number) => (index: number, from: Element) => openNote(from, noteIdOf(i)(index));
  // The content is the article's, in English; interface words carry their own language.
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  const relatedList = related.length > 0 && (
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
  );
  return (
    <div
      class="fn-card"
      lang="en"
      role="dialog"
      data-entity={subject.key}
      data-kind={subject.kind}
      aria-labelledby={headingId}
      aria-describedby={roleId}
    >
      <header class="fn-header">
        <p class="fn-kind" {...ui}>
          {labels.kinds[subject.kind]}
        </p>
        {/* Focus target when the card opens from the keyboard; not in the tab order itself. */}
        <h2 class="fn-name" id={headingId} tabIndex={-1}>
          {subject.name}
        </h2>
        {isSingle && first && <Role entity={first.entity} id={roleId} noteId={noteIdOf(0)} labels={labels} onOpenNote={noteOpenerOf(0)} />}
        <button type="button" class="fn-close" aria-label={labels.close} {...ui} onClick={props.onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </header>
      {/* Keyed by entity: a related entity's card starts with its caveat list closed. */}
      <div class="fn-body" key={subject.key}>
        {subject.notes.map(({ source, entity }, i) => {
          const notesId = `${headingId}-${i}`;
          const noteId = noteIdOf(i);
          const onOpenNote = noteOpenerOf(i);
          // Facts first; each caveat is flagged beside what it qualifies, its full text in the closed list below.
          const notes = (
            <>
              {!isSingle && (
                <h3 class="fn-notes-from" id={`${notesId}-from`} {...ui}>
                  {labels.notesFrom(source.title, source.isTitleDerived)}
                </h3>
              )}
              {!isSingle && (
                <Role entity={entity} id={i === 0 ? roleId : undefined} noteId={noteId} labels={labels} onOpenNote={onOpenNote} />
              )}
              <FactList facts={entity.facts} labels={labels} caveats={entity.caveats} noteId={noteId} onOpenNote={onOpenNote} />
              {isSingle && relatedList}
              <CaveatList caveats={entity.caveats} labels={labels} noteId={noteId} collapsible />
              {!isSingle && <p class="fn-source">{sourceNotes[i]}</p>}
            </>
          );
          return isSingle ? (
            notes
          ) : (
            <section class="fn-notes" key={source.packId} data-pack={source.packId} aria-labelledby={`${notesId}-from`}>
              {notes}
            </section>
          );
        })}
        {!isSingle && relatedList}
      </div>
      <footer class="fn-footer">
        {/* The article page shows the bundled article only: an imported pack's subject has no article to open there. */}
        {isBuiltInKey(subject.key) && (
          <button type="button" class="fn-read" {...ui} onClick={() => props.onOpenArticle(subject.key)}>
            {labels.readArticle}
          </button>
        )}
        {isSingle && <p class="fn-source">{sourceNotes[0]}</p>}
      </footer>
    </div>
  );
}

interface RoleProps {
  entity: CardEntity;
  id?: string | undefined;
  noteId(index: number): string;
  labels: CardLabels;
  onOpenNote(index: number, from: Element): void;
}

/** An entity's role as the article prints it, with the flags of caveats about it. */
function Role({ entity, id, noteId, labels, onOpenNote }: RoleProps) {
  return (
    <>
      <p class="fn-role" id={id}>
        {entity.role.text}
      </p>
      <CaveatFlags caveats={entity.caveats} about="role" noteId={noteId} labels={labels} onOpenNote={onOpenNote} />
    </>
  );
}
