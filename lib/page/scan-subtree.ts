import type { Matcher } from '../match/mention';
import type { PageMention } from './page-mention';
import { collectText } from './text-collector';
import { isRendered } from './is-rendered';

/** A mention as found, before the page-wide acronym rule is applied. */
export interface FoundMention extends PageMention {
  readonly isAcronym: boolean;
  /** Every text node the mention spans, for hit-testing by caret position. */
  readonly nodes: readonly Text[];
}

/** What one scan of a subtree found. */
export interface SubtreeScan {
  readonly mentions: FoundMention[];
  /** Open shadow roots inside the subtree, for the caller to scan and observe. */
  readonly shadowRoots: ShadowRoot[];
}

/** Finds the rendered mentions in `root`, not descending into shadow roots. */
export function scanSubtree(root: Node, matcher: Matcher): SubtreeScan {
  const { text, nodes, starts, shadowRoots } = collectText(root);
  const mentions: FoundMention[] = [];
  if (nodes.length === 0) return { mentions, shadowRoots };
  let i = 0;
  for (const hit of matcher.find(text)) {
    // Hits come sorted by start, so the node cursor only moves forward.
    while (i + 1 < nodes.length && starts[i + 1]! <= hit.start) i++;
    let j = i;
    while (j + 1 < nodes.length && starts[j + 1]! < hit.end) j++;
    if (!isSpanRendered(nodes, i, j)) continue;
    const startNode = nodes[i]!;
    const endNode = nodes[j]!;
    mentions.push({
      entity: hit.entity,
      isAcronym: hit.isAcronym,
      text: hit.text,
      nodes: nodes.slice(i, j + 1),
      range: new StaticRange({
        startContainer: startNode,
        startOffset: hit.start - starts[i]!,
        endContainer: endNode,
        endOffset: hit.end - starts[j]!,
      }),
    });
  }
  return { mentions, shadowRoots };
}

function isSpanRendered(nodes: Text[], from: number, to: number): boolean {
  let lastParent: Element | null = null;
  for (let k = from; k <= to; k++) {
    const parent = nodes[k]!.parentElement;
    if (!parent || parent === lastParent) continue;
    if (!isRendered(parent)) return false;
    lastParent = parent;
  }
  return true;
}
