import { englishCardLabels, type CardLabels } from '../lib/card/card-labels';
import type { Fact } from '../lib/summary/schema';

interface FactListProps {
  facts: readonly Fact[];
  labels?: CardLabels;
}

/** The article's statements about one entity, each with who says it, its quote and whether it is hedged. */
export function FactList({ facts, labels = englishCardLabels }: FactListProps) {
  // The card's text is the (English) article's; only these labels are in the interface language.
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  return (
    <ul class="fn-facts">
      {facts.map((fact) => (
        <li class={fact.isHedged ? 'fn-fact fn-fact--hedged' : 'fn-fact'} key={`${fact.paragraph}:${fact.statement}`}>
          <div class="fn-fact-head">
            <p class="fn-attribution">{labels.accordingTo(fact.attribution)}</p>
            {/* Up front, beside the source, so the hedge is read before the claim. */}
            {fact.isHedged && (
              <p class="fn-tag fn-tag--hedged" {...ui}>
                {labels.hedged}
              </p>
            )}
          </div>
          <p class="fn-statement">{fact.statement}</p>
          {/* Verbatim: the quote keeps the article's own quotation marks, so no <q> marks are added. */}
          {fact.quote && <blockquote class="fn-quote">{fact.quote}</blockquote>}
          <p class="fn-meta" {...ui}>
            {labels.paragraph(fact.paragraph)}
          </p>
        </li>
      ))}
    </ul>
  );
}
