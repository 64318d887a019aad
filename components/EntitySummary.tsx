import { Fragment } from 'preact';
import type { Entity, EntityId } from '../lib/summary/schema';
import type { ParagraphMention } from '../lib/article-page/paragraph-mentions';
import { englishCardLabels } from '../lib/card/card-labels';
import { CaveatList } from './CaveatList';
import { FactList } from './FactList';

interface EntitySummaryProps {
  entity: Entity;
  /** This entity's mentions in the text, or undefined while the first scan runs. */
  mentions: readonly ParagraphMention[] | undefined;
  /** The paragraphs marked when this entity is chosen (see lib/article-page/entity-paragraphs.ts). */
  paragraphs: readonly number[];
  related: readonly { id: EntityId; name: string }[];
  isMarked: boolean;
  /** Called when the reader chooses this entity (or a related one); the link itself sets the hash. */
  onSelect(id: EntityId): void;
}

const kindLabels: Record<Entity['kind'], string> = { person: 'Person', place: 'Place' };

/** "“Steve Witkoff” ×2, “Witkoff” ×1": the forms the tracker found, most frequent first. */
function formsFound(mentions: readonly ParagraphMention[]): string {
  const counts = new Map<string, number>();
  for (const { text } of mentions) counts.set(text, (counts.get(text) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([text, count]) => `“${text}” ×${count}`)
    .join(', ');
}

/**
 * One person or place in the article page's index: what it is as printed, how
 * often the text names it, and the facts and caveats of its card, statically.
 */
export function EntitySummary({ entity, mentions, paragraphs, related, isMarked, onSelect }: EntitySummaryProps) {
  const headingId = `entity-${entity.id}`;
  const count = mentions?.length;
  return (
    <section class={isMarked ? 'entity is-marked' : 'entity'} aria-labelledby={headingId} data-entity={entity.id}>
      <p class="entity-kind">{kindLabels[entity.kind]}</p>
      <h3 id={headingId}>{entity.name}</h3>
      <p class="entity-role">
        <span class="label">Role as printed: </span>
        {entity.role.text} <a href={`#p${entity.role.paragraph}`}>(paragraph {entity.role.paragraph})</a>
      </p>
      <p class="entity-count" data-count={count}>
        {count === undefined
          ? 'Counting mentions…'
          : count === 0
            ? 'Not named in the text.'
            : `Named ${count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`} in the text: ${formsFound(mentions!)}.`}
      </p>
      <p class="entity-mark">
        <a href={`#${entity.id}`} aria-current={isMarked ? 'true' : undefined} onClick={() => onSelect(entity.id)}>
          {isMarked ? `Marked: ${entity.name}` : `Mark ${entity.name} in the text`}
        </a>{' '}
        <span class="entity-paragraphs">
          (paragraph{paragraphs.length > 1 ? 's' : ''} {paragraphs.join(', ')})
        </span>
      </p>
      {/* Open for the marked entity; the reader may open the others (Preact leaves `open` alone until isMarked changes). */}
      <details class="entity-details" open={isMarked}>
        <summary>What the article says ({entity.facts.length} facts)</summary>
        <FactList facts={entity.facts} labels={englishCardLabels} />
        <CaveatList caveats={entity.caveats} labels={englishCardLabels} />
      </details>
      {related.length > 0 && (
        <p class="entity-related">
          Also in the article:{' '}
          {related.map((other, i) => (
            <Fragment key={other.id}>
              {i > 0 && ', '}
              <a href={`#${other.id}`} onClick={() => onSelect(other.id)}>
                {other.name}
              </a>
            </Fragment>
          ))}
        </p>
      )}
    </section>
  );
}
