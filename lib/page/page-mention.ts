import type { EntityKey } from '../entity-key';

/**
 * One mention found in the live page: a run of rendered text naming an entity.
 * The range is static (cheap to create, never updated by the browser); the
 * tracker replaces mentions whose text changes, so it never goes stale for long.
 */
export interface PageMention {
  readonly entity: EntityKey;
  readonly range: StaticRange;
  /** The mention's text as rendered (invisible characters included). */
  readonly text: string;
}

/** Read access to the mentions currently on the page, shared by painting, cards and the badge. */
export interface MentionIndex {
  /** All mentions in document order (shadow-root mentions after their host's light text). */
  list(): readonly PageMention[];
  /** The mention covering a caret position, if any. */
  at(node: Node, offset: number): PageMention | undefined;
}

/** A live Range for a static one, for geometry (rects) and focus work. */
export function toLiveRange(range: AbstractRange): Range {
  const live = new Range();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
