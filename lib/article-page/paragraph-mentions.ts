import type { EntityKey } from '../entity-key';
import type { PageMention } from '../page/page-mention';

/** One mention in the article page's text, reduced to what the page shows about it. */
export interface ParagraphMention {
  entity: EntityKey;
  /** 1-based paragraph number, as in `article.paragraphs`. */
  paragraph: number;
  /** The words as printed ("Steve Witkoff"). */
  text: string;
}

// Set on each numbered paragraph by components/ArticleText.tsx.
const PARAGRAPH_ATTRIBUTE = 'data-paragraph';

/**
 * Places each tracked mention in its numbered paragraph. Mentions outside any
 * numbered paragraph are dropped: only the article text is counted.
 */
export function paragraphMentions(mentions: readonly PageMention[]): ParagraphMention[] {
  const placed: ParagraphMention[] = [];
  for (const mention of mentions) {
    const start = mention.range.startContainer;
    const element = start instanceof Element ? start : start.parentElement;
    const paragraph = Number(element?.closest(`[${PARAGRAPH_ATTRIBUTE}]`)?.getAttribute(PARAGRAPH_ATTRIBUTE));
    if (Number.isInteger(paragraph) && paragraph > 0) placed.push({ entity: mention.entity, paragraph, text: mention.text });
  }
  return placed;
}
