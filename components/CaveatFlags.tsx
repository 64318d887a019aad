import type { CardLabels } from '../lib/card/card-labels';
import type { Caveat } from '../lib/summary/schema';

interface CaveatFlagsProps {
  /** All of the entity's caveats; only those `about` this role or fact get a flag. */
  caveats: readonly Caveat[];
  about: Caveat['about'];
  /** Id of caveat `index`'s note in the caveat list. */
  noteId(index: number): string;
  labels: CardLabels;
  onOpenNote(index: number, from: Element): void;
}

/**
 * Short flags beside a role or a fact ("title as printed — inconsistent, see
 * note"); each opens the caveat's full text in the list, so that text is in
 * the card once.
 */
export function CaveatFlags({ caveats, about, noteId, labels, onOpenNote }: CaveatFlagsProps) {
  if (!caveats.some((caveat) => caveat.about === about)) return null;
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  return (
    <span class="fn-flags">
      {caveats.map(
        (caveat, index) =>
          caveat.about === about && (
            <button
              type="button"
              class="fn-flag"
              key={index}
              aria-controls={noteId(index)}
              onClick={(event) => onOpenNote(index, event.currentTarget)}
            >
              {/* The grounding check requires a flag on every caveat that is about something. */}
              {caveat.flag}
              {', '}
              <span {...ui}>{labels.seeNote}</span>
            </button>
          ),
      )}
    </span>
  );
}
