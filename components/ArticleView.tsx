import type { Ref } from 'preact';
import type { EntityId, Summary } from '../lib/summary/schema';
import type { ParagraphMention } from '../lib/article-page/paragraph-mentions';
import { entityParagraphs } from '../lib/article-page/entity-paragraphs';
import { ArticleHeader } from './ArticleHeader';
import { ArticleText } from './ArticleText';
import { EntitySummary } from './EntitySummary';

/** What the article page shows: the summary, the tracked mentions and the marked entity. */
export interface ArticleViewProps {
  summary: Summary;
  /** Mentions the tracker found in the text, or undefined while the first scan runs. */
  mentions: readonly ParagraphMention[] | undefined;
  /** The entity whose paragraphs are marked (from the URL hash), or none. */
  markedEntity: EntityId | undefined;
  /** Receives the element holding only the paragraphs, for the mention tracker. */
  textRef?: Ref<HTMLDivElement>;
  /** The reader chose an entity (its link sets the hash) or, with undefined, cleared the marking. */
  onSelectEntity(id: EntityId | undefined): void;
}

/**
 * The extension's article page: the bundled article verbatim with numbered
 * paragraphs, its key points and caveats, and an index of its people and
 * places. Props in, callbacks out; lib/article-page/mount-article-page.tsx
 * owns the hash, focus, tracking and painting.
 */
export function ArticleView({ summary, mentions, markedEntity, textRef, onSelectEntity }: ArticleViewProps) {
  const { article, entities } = summary;
  const marked = entities.find((entity) => entity.id === markedEntity);
  const markedParagraphs = marked ? entityParagraphs(marked, mentions) : [];
  const nameOf = (id: EntityId) => entities.find((entity) => entity.id === id)?.name ?? id;

  return (
    <div class="article-page">
      <header class="site-bar">
        <p class="brand">Fact Notes</p>
        <p class="site-note">One bundled article, with the people and places the extension knows marked in its text.</p>
      </header>
      <div class="columns">
        <main class="article-main">
          <article aria-labelledby="article-title">
            <ArticleHeader article={article} titleId="article-title" />
            <section class="full-text" aria-labelledby="full-text-title">
              <h2 id="full-text-title">Full text</h2>
              <p class="text-note">As printed, paragraph by paragraph; highlighted names are the mentions Fact Notes finds.</p>
              <div class="mark-status">
                {marked && (
                  <>
                    Marked: paragraphs {markedParagraphs.join(', ')}, about {marked.name}.{' '}
                    <button type="button" class="link-button" onClick={() => onSelectEntity(undefined)}>
                      Clear marking
                    </button>
                  </>
                )}
              </div>
              <ArticleText
                paragraphs={article.paragraphs}
                marked={new Set(markedParagraphs)}
                markLabel={marked && `Mentions ${marked.name}`}
                textRef={textRef}
              />
            </section>
          </article>
        </main>
        <aside class="entity-index" aria-labelledby="entity-index-title">
          <h2 id="entity-index-title">People and places</h2>
          <p class="index-note">Choose one to mark its paragraphs in the text.</p>
          {entities.map((entity) => (
            <EntitySummary
              key={entity.id}
              entity={entity}
              mentions={mentions?.filter((mention) => mention.entity === entity.id)}
              paragraphs={entityParagraphs(entity, mentions)}
              related={entity.related.map((id) => ({ id, name: nameOf(id) }))}
              isMarked={entity.id === markedEntity}
              onSelect={onSelectEntity}
            />
          ))}
        </aside>
      </div>
    </div>
  );
}
