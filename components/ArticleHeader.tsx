import type { Article } from '../lib/summary/schema';
import { englishCardLabels } from '../lib/card/card-labels';
import { CaveatList } from './CaveatList';

interface ArticleHeaderProps {
  article: Article;
  /** Id for the title heading, so the surrounding <article> can be named by it. */
  titleId: string;
}

/**
 * The article's title, what it lacks, its caveats and its key points. A
 * derived title is labelled as ours, because the source has none.
 */
export function ArticleHeader({ article, titleId }: ArticleHeaderProps) {
  const byline = [article.author && `By ${article.author}`, article.date].filter(Boolean).join(' · ');
  const missing = [article.author ? '' : 'author', article.date ? '' : 'date'].filter(Boolean);
  return (
    <header class="article-header">
      <p class="eyebrow">The bundled article</p>
      <h1 id={titleId} aria-describedby={article.isTitleDerived ? `${titleId}-derived` : undefined}>
        {article.title}
      </h1>
      {article.isTitleDerived && (
        <p class="derived-note" id={`${titleId}-derived`}>
          Title written by Fact Notes; the source has none.
        </p>
      )}
      <p class="byline">
        {byline}
        {byline && missing.length > 0 && ' · '}
        {missing.length > 0 && `No ${missing.join(' or ')} given.`}
      </p>

      {article.caveats.length > 0 && (
        <section class="article-caveats" aria-labelledby={`${titleId}-caveats`}>
          <h2 id={`${titleId}-caveats`}>Before you read</h2>
          <CaveatList caveats={article.caveats} labels={englishCardLabels} />
        </section>
      )}

      <section class="key-points" aria-labelledby={`${titleId}-key-points`}>
        <h2 id={`${titleId}-key-points`}>Key points</h2>
        <ol>
          {article.keyPoints.map((point) => (
            <li key={point.text}>
              <p>{point.text}</p>
              <ul class="cites" aria-label="Cited paragraphs">
                {point.paragraphs.map((n) => (
                  <li key={n}>
                    <a href={`#p${n}`}>Paragraph {n}</a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </header>
  );
}
