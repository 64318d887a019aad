import type { CardLabels } from '../lib/card/card-labels';
import type { Caveat } from '../lib/summary/schema';

interface CaveatListProps {
  caveats: readonly Caveat[];
  labels: CardLabels;
  /** Id of caveat `index`'s note, for the flags that point at it; none when left out. */
  noteId?(index: number): string;
  /** A disclosure, closed at first (the card's compact list; flags open it); a plain list otherwise. */
  collapsible?: boolean;
}

/** Warnings about what the article says of an entity, each visibly labelled as a caveat. */
export function CaveatList({ caveats, labels, noteId, collapsible = false }: CaveatListProps) {
  if (caveats.length === 0) return null;
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  const list = (
    <ul class="fn-caveats">
      {caveats.map((caveat, i) => (
        // Focus target of the caveat's flag; not in the tab order itself.
        <li class="fn-caveat" key={caveat.text} id={noteId?.(i)} tabIndex={noteId ? -1 : undefined}>
          <p class="fn-caveat-label" {...ui}>
            {labels.caveat} <span class="fn-caveat-kind">({labels.caveatKinds[caveat.kind]})</span>
          </p>
          <p class="fn-caveat-text">
            {caveat.text}
            {caveat.paragraph !== undefined && (
              <span class="fn-caveat-para" {...ui}>
                {' '}
                {labels.paragraph(caveat.paragraph)}.
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
  if (!collapsible) return list;
  return (
    <details class="fn-notes">
      <summary class="fn-notes-title" {...ui}>
        {labels.caveats(caveats.length)}
      </summary>
      {list}
    </details>
  );
}
