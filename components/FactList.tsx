import type { CardLabels } from '../lib/card/card-labels';
import { factView, isAttributedToSomeone } from '../lib/card/fact-view';
import type { Caveat, Fact } from '../lib/summary/schema';
import { CaveatFlags } from './CaveatFlags';

interface FactListProps {
  facts: readonly Fact[];
  labels: CardLabels;
  /** The entity's caveats: those about a fact (by its 1-based number) are flagged beside it; give noteId and onOpenNote with them. */
  caveats?: readonly Caveat[];
  noteId?(index: number): string;
  onOpenNote?(index: number, from: Element): void;
}

/**
 * The article's statements about one entity, each saying its words once: a
 * statement in the article's own words is shown as the excerpt alone; a
 * paraphrase is shown with the excerpt behind a disclosure. Quoted speech is
 * shown as the speaker's quote; other excerpts are captioned as the article's words.
 */
export function FactList({ facts, labels, caveats = [], noteId, onOpenNote }: FactListProps) {
  // The card's text is the (English) article's; only these labels are in the interface language.
  const ui = labels.locale === 'en' ? {} : { lang: labels.locale };
  return (
    <ul class="fn-facts">
      {facts.map((fact, i) => {
        const view = factView(fact);
        const isSpeech = view.speech !== undefined;
        const caption = isSpeech ? labels.quoteBy(fact.attribution, fact.paragraph) : labels.articleWords(fact.paragraph);
        // Speech is the speaker's quote (the article's own quotation marks kept, so no <q>); narration is
        // the article's words, set upright and never styled as anyone's quote.
        const words = isSpeech ? <blockquote class="fn-quote">{view.speech}</blockquote> : <p class="fn-excerpt-text">{fact.quote}</p>;
        const figureClass = isSpeech ? 'fn-speech' : 'fn-excerpt';
        return (
          <li
            class={fact.isHedged ? 'fn-fact fn-fact--hedged' : 'fn-fact'}
            data-shape={view.shape}
            key={`${fact.paragraph}:${fact.statement}`}
          >
            <div class="fn-fact-head">
              {/* An excerpt's caption already says whose words they are (the speaker's, or the article's). */}
              {!(view.shape === 'excerpt' && (isSpeech || !isAttributedToSomeone(fact))) && (
                <p class="fn-attribution">{labels.accordingTo(fact.attribution)}</p>
              )}
              {/* Up front, beside the source, so the hedge is read before the claim. */}
              {fact.isHedged && (
                <p class="fn-tag fn-tag--hedged" {...ui}>
                  {labels.hedged}
                </p>
              )}
            </div>
            {view.shape === 'excerpt' ? (
              <figure class={figureClass}>
                {words}
                <figcaption class="fn-meta" {...ui}>
                  {caption}
                </figcaption>
              </figure>
            ) : (
              <>
                <p class="fn-statement">{fact.statement}</p>
                {view.shape === 'paraphrase' ? (
                  // The excerpt only on request: its summary is its caption, said once.
                  <details class={`fn-words ${figureClass}`}>
                    <summary class="fn-meta fn-words-toggle" {...ui}>
                      {caption}
                    </summary>
                    {words}
                  </details>
                ) : (
                  <p class="fn-meta" {...ui}>
                    {labels.paragraph(fact.paragraph)}
                  </p>
                )}
              </>
            )}
            <CaveatFlags caveats={caveats} about={i + 1} noteId={noteId!} labels={labels} onOpenNote={onOpenNote!} />
          </li>
        );
      })}
    </ul>
  );
}
