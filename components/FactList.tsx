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
          <p class="fn-attribution">According to {fact.attribution}:</p>
          <p class="fn-statement">{fact.statement}</p>
          {/* Verbatim: the quote keeps the article's own quotation marks, so no <q> marks are added. */}
          {fact.quote && <blockquote class="fn-quote">{fact.quote}</blockquote>}
          <p class="fn-meta">
            {fact.isHedged && <span class="fn-tag fn-tag--hedged">Hedged in the article</span>}
            <span>Paragraph {fact.paragraph}</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
