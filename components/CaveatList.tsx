import { englishCardLabels, type CardLabels } from '../lib/card/card-labels';
import type { Caveat } from '../lib/summary/schema';

interface CaveatListProps {
  caveats: readonly Caveat[];
  labels?: CardLabels;
}

/** Warnings about what the article says of an entity, each visibly labelled as a caveat. */
export function CaveatList({ caveats, labels = englishCardLabels }: CaveatListProps) {
  if (caveats.length === 0) return null;
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  return (
    <ul class="fn-caveats">
      {caveats.map((caveat) => (
        <li class="fn-caveat" key={caveat.text}>
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
}
