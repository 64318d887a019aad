import type { Ref } from 'preact';

interface ArticleTextProps {
  paragraphs: readonly string[];
  /** Paragraph numbers to mark, or none. */
  marked: ReadonlySet<number>;
  /** Accessible label of each marked paragraph ("Mentions Steve Witkoff"). */
  markLabel: string | undefined;
  /** The element that holds only the paragraphs: the mention tracker scans it and nothing else. */
  textRef?: Ref<HTMLDivElement>;
}

/**
 * The article's full text, one numbered block per paragraph (ids p1…pN),
 * each paragraph verbatim. Everything added for marking stays out of the
 * text itself (attributes and CSS-generated content), so the mention tracker
 * counts only the article's own words.
 */
export function ArticleText({ paragraphs, marked, markLabel, textRef }: ArticleTextProps) {
  return (
    <div class="article-text" ref={textRef}>
      {paragraphs.map((text, index) => {
        const n = index + 1;
        const isMarked = markLabel !== undefined && marked.has(n);
        return (
          <div
            key={n}
            id={`p${n}`}
            class={isMarked ? 'paragraph is-marked' : 'paragraph'}
            data-paragraph={n}
            // Focus target for #p3 links and entity marking; not in the tab order.
            tabIndex={-1}
            role={isMarked ? 'group' : undefined}
            aria-label={isMarked ? markLabel : undefined}
            data-mark-label={isMarked ? markLabel : undefined}
          >
            <span class="paragraph-number">
              <span class="visually-hidden">Paragraph </span>
              {n}
            </span>
            <p>{text}</p>
          </div>
        );
      })}
    </div>
  );
}
