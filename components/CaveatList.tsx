import type { Caveat } from '../lib/summary/schema';

interface CaveatListProps {
  caveats: readonly Caveat[];
}

const kindLabels: Record<Caveat['kind'], string> = {
  inconsistency: 'inconsistency',
  spelling: 'spelling',
  hedged: 'hedged',
  'missing-metadata': 'missing details',
  sourcing: 'sourcing',
};

/** Warnings about what the article says of an entity, each visibly labelled as a caveat. */
export function CaveatList({ caveats }: CaveatListProps) {
  if (caveats.length === 0) return null;
  return (
    <ul class="fn-caveats">
      {caveats.map((caveat) => (
        <li class="fn-caveat" key={caveat.text}>
          <p class="fn-caveat-label">
            Caveat <span class="fn-caveat-kind">({kindLabels[caveat.kind]})</span>
          </p>
          <p class="fn-caveat-text">
            {caveat.text}
            {caveat.paragraph !== undefined && <span class="fn-caveat-para"> Paragraph {caveat.paragraph}.</span>}
          </p>
        </li>
      ))}
    </ul>
  );
}
