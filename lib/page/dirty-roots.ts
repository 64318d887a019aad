import { blockOf, isBlockBoundary } from './text-collector';

/** Nodes whose insertion never changes rendered text. */
const INERT = new Set(['script', 'style', 'link', 'meta', 'noscript', 'template', 'iframe', 'img', 'fact-notes-ui']);

/** What a batch of mutations asks of the scanner. */
export interface DirtyWork {
  /** Subtrees to rescan; none contains another. */
  roots: Set<Node>;
  /** Nodes left the document: drop their mentions. */
  hasRemovals: boolean;
}

/**
 * Turns mutation records into the smallest set of subtrees to rescan. An added
 * block is scanned alone (it cannot join its neighbours' words); added inline
 * content or changed text rescans its enclosing block, where a name could now
 * span the old and new text; so does a visibility change (class, hidden, style, open).
 */
export function collectDirtyRoots(records: readonly MutationRecord[]): DirtyWork {
  const roots = new Set<Node>();
  let hasRemovals = false;
  for (const record of records) {
    const target = record.target;
    if (record.type === 'characterData') {
      roots.add(blockOf(target));
    } else if (record.type === 'attributes') {
      // A class, hidden, style or open change may show or hide any text inside: the block is
      // rescanned whatever its size (the tracker spreads a large one over idle slices). An
      // element with no children shows or hides no text.
      if (target.firstChild && !INERT.has((target as Element).localName)) roots.add(blockOf(target));
    } else {
      for (const node of record.addedNodes) {
        const isElement = node.nodeType === Node.ELEMENT_NODE;
        if (isElement ? INERT.has((node as Element).localName) : node.nodeType !== Node.TEXT_NODE) continue;
        const isBlock = isElement && isBlockBoundary(node as Element);
        roots.add(isBlock ? node : blockOf(target));
      }
      for (const node of record.removedNodes) {
        hasRemovals = true;
        // Removing inline content can join two words into a name; a comment changes no text.
        const isInline = node.nodeType === Node.TEXT_NODE || (node.nodeType === Node.ELEMENT_NODE && !isBlockBoundary(node as Element));
        if (isInline) roots.add(blockOf(target));
      }
    }
  }
  return { roots: outermost(roots), hasRemovals };
}

/** Keeps the connected roots that no other root contains. */
function outermost(roots: Set<Node>): Set<Node> {
  const kept = new Set<Node>();
  for (const root of roots) {
    if (!root.isConnected) continue;
    let isInside = false;
    for (let up = root.parentNode; up; up = up.parentNode) {
      if (roots.has(up)) {
        isInside = true;
        break;
      }
    }
    if (!isInside) kept.add(root);
  }
  return kept;
}
