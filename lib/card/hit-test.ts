import type { MentionIndex, PageMention } from '../page/page-mention';
import { tryLiveRange } from './try-live-range';

/**
 * Finds the mention under a viewport point. Mentions are ranges, not elements,
 * so we ask the browser for the caret at the point, look the caret up in the
 * index, then confirm with the range's rects: caret APIs snap to the nearest
 * caret, even far past the end of a line or in the margin beside a paragraph.
 */

// Firefox and Chromium 128+ take shadowRoots as an option; TS's DOM lib does not know it yet.
type CaretFromPoint = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

interface Caret {
  node: Node;
  offset: number;
}

let lastList: readonly PageMention[] | undefined;
let lastRoots: ShadowRoot[] = [];

/** Forgets the memo: a stopped session's mentions (and the page nodes they hold) must not outlive it. */
export function forgetHitTestMemo(): void {
  lastList = undefined;
  lastRoots = [];
}

/** The list the memo holds, if any (for tests). */
export const memoizedList = (): readonly PageMention[] | undefined => lastList;

/** Open shadow roots that hold mentions; memoized on the list, which the index replaces when it changes. */
function shadowRootsOf(list: readonly PageMention[]): ShadowRoot[] {
  if (list === lastList) return lastRoots;
  const roots = new Set<ShadowRoot>();
  for (const mention of list) {
    const root = mention.range.startContainer.getRootNode();
    // nodeType, not instanceof: page nodes may come from another realm (Firefox Xrays, iframes).
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && 'host' in root) roots.add(root as ShadowRoot);
  }
  lastList = list;
  lastRoots = [...roots];
  return lastRoots;
}

function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Caret | undefined {
  const fromPoint = (doc as { caretPositionFromPoint?: CaretFromPoint }).caretPositionFromPoint;
  if (typeof fromPoint === 'function') {
    const position = fromPoint.call(doc, x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  // Older Chromium and Safari: no shadow-root option, so text in shadow roots resolves to the host.
  const range = typeof doc.caretRangeFromPoint === 'function' ? doc.caretRangeFromPoint(x, y) : null;
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

function contains(mention: PageMention, x: number, y: number): boolean {
  // Half a pixel of slack: rect edges are fractional and the caret test already chose this mention.
  const slack = 0.5;
  const rects = tryLiveRange(mention.range)?.getClientRects() ?? [];
  for (const rect of rects) {
    if (x >= rect.left - slack && x <= rect.right + slack && y >= rect.top - slack && y <= rect.bottom + slack) {
      return true;
    }
  }
  return false;
}

/**
 * The mention whose rendered text lies under viewport point (x, y), if any.
 * `syncAt` brings the index up to date around the caret's node first (the page
 * may have re-rendered that text since the last idle-time rescan).
 */
export function hitTest(
  x: number,
  y: number,
  index: MentionIndex,
  doc: Document = document,
  syncAt?: (node?: Node) => void,
): PageMention | undefined {
  let list = index.list();
  if (list.length === 0 && syncAt) {
    syncAt();
    list = index.list();
  }
  if (list.length === 0) return undefined;
  const caret = caretAt(doc, x, y, shadowRootsOf(list));
  if (!caret) return undefined;
  syncAt?.(caret.node);
  // The caret lands before or after the character under the point; over a
  // mention's last character it sits at the mention's end, which `at` may exclude.
  const mention = index.at(caret.node, caret.offset) ?? (caret.offset > 0 ? index.at(caret.node, caret.offset - 1) : undefined);
  return mention && contains(mention, x, y) ? mention : undefined;
}
