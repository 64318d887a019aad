import type { MentionIndex, PageMention } from '../../../lib/page/page-mention';
import type { EntityId } from '../../../lib/summary/schema';

/** A mention of `entity` over [start, end) of one text node (a plain object: happy-dom has no StaticRange). */
export function mentionOf(entity: EntityId, node: Text, start: number, end: number): PageMention {
  const range = { startContainer: node, startOffset: start, endContainer: node, endOffset: end, collapsed: start === end };
  return { entity, range: range, text: node.data.slice(start, end) };
}

/** A minimal index over a fixed list; `at` is end-exclusive, like a half-open range. */
export function indexOf(list: PageMention[]): MentionIndex {
  return {
    list: () => list,
    at: (node, offset) => list.find((m) => m.range.startContainer === node && m.range.startOffset <= offset && offset < m.range.endOffset),
  };
}
