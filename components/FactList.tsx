import type { Fact } from '../lib/summary/schema';

interface FactListProps {
  facts: readonly Fact[];
}

/** The article's statements about one entity, each with who says it, its quote and whether it is hedged. */
export function FactList({ facts }: FactListProps) {
  return (
    <ul class="fn-facts">
      {facts.map((fact) => (
        <li class={fact.isHedged ? 'fn-fact fn-fact--hedged' : 'fn-fact'} key={`${fact.paragraph}:${fact.statement}`}>
          <div class="fn-fact-head">
            <p class="fn-attribution">According to {fact.attribution}:</p>
            {/* Up front, beside the source, so the hedge is read before the claim. */}
            {fact.isHedged && <p class="fn-tag fn-tag--hedged">Hedged in the article</p>}
          </div>
          <p class="fn-statement">{fact.statement}</p>
          {/* Verbatim: the quote keeps the article's own quotation marks, so no <q> marks are added. */}
          {fact.quote && <blockquote class="fn-quote">{fact.quote}</blockquote>}
          <p class="fn-meta">Paragraph {fact.paragraph}</p>
        </li>
      ))}
    </ul>
  );
}
