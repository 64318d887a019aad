import type { Matcher, MentionKind } from '../match/mention';
import type { PageMention } from './page-mention';
import { collectText, textCollector, type CollectedText } from './text-collector';
import { findCandidateBlocks, walkCandidates, type Candidates } from './candidate-blocks';
import { isRendered } from './is-rendered';

/**
 * Past this much of a slice, building a lazy matcher (~20 ms in Firefox with its first match,
 * issue 14's page of 10,000 mentions) waits for a slice of its own. Below it (an ordinary page,
 * whose first slice is the walk of a few thousand nodes) it is done at once, and the first marks
 * and badge do not wait for another idle period.
 */
const LATE_BUILD_MS = 5;

/** A find, before the page-wide rules (lib/match/page-rules.ts) decide whether it counts. */
export interface FoundMention extends PageMention {
  readonly kind: MentionKind;
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
  // A fast pass finds the few blocks worth building exact runs for (usually none).
  const candidates = matcher.wordGate && findCandidateBlocks(root, matcher.wordGate);
  if (!candidates) return scanRuns(root, matcher);
  const { blocks, shadowRoots } = candidates;
  const mentions: FoundMention[] = [];
  for (const block of blocks) mentions.push(...scanRuns(block, matcher).mentions);
  return { mentions, shadowRoots };
}

/**
 * A scan of `root` that may be spread over several idle slices: each call of
 * the returned step works on (always some progress) until done or
 * `isOutOfTime()`, and returns the scan once done. The fast pass walks on until
 * out of time, then the candidate blocks are collected and matched one by one,
 * a block's collection itself resumable (one block may hold the whole page).
 * Large subtrees (a class removed from a container of the whole page, 5,000
 * nested inline elements) thus never block the page for long, whatever their
 * size or shape; a small one is done in the first call, as with {@link scanSubtree}.
 * `sliceStart`, when the caller's slice has worked before this call, is when it
 * began: a call that has worked a while, and finds a lazy matcher still to
 * build (Matcher.isBuilt), returns before the build.
 */
export function slicedScan(root: Node, matcher: Matcher): (isOutOfTime: () => boolean, sliceStart?: number) => SubtreeScan | undefined {
  const walk = matcher.wordGate && walkCandidates(root, matcher.wordGate);
  let candidates: Candidates | undefined;
  let next = 0;
  let collect: ReturnType<typeof textCollector> | undefined;
  const mentions: FoundMention[] = [];
  return (isOutOfTime, sliceStart) => {
    // A matcher still to be built waits for the next call once this slice has worked a while,
    // so that its build is not added to much other work. A call that has done nothing else
    // (collecting the block to match aside) builds it: every call makes progress.
    const startedAt = sliceStart ?? performance.now();
    let hasWorked = sliceStart !== undefined;
    const waitsForBuild = () => hasWorked && matcher.isBuilt?.() === false && performance.now() - startedAt > LATE_BUILD_MS;
    if (!walk) {
      // No word gate: the whole subtree is one collection.
      // A collection once done is kept: asked again, it costs nothing.
      collect ??= textCollector(root);
      const collected = collect(isOutOfTime);
      return collected && !waitsForBuild() ? matchRuns(collected, matcher) : undefined;
    }
    if (!candidates) {
      const walked = walk(isOutOfTime);
      if (!walked) return undefined;
      candidates = walked;
      hasWorked = true;
    }
    const { blocks, shadowRoots } = candidates;
    while (next < blocks.length) {
      const block = blocks[next]!;
      collect ??= textCollector(block);
      const collected = collect(isOutOfTime);
      if (!collected || waitsForBuild()) return undefined;
      // A block the page removed before or while it was collected has nothing to count.
      if (block.isConnected) mentions.push(...matchRuns(collected, matcher).mentions);
      collect = undefined;
      next++;
      if (next < blocks.length && isOutOfTime()) return undefined;
    }
    return { mentions, shadowRoots };
  };
}

/** Matches every inline run of `root`, from one exact collection of its text. */
function scanRuns(root: Node, matcher: Matcher): SubtreeScan {
  return matchRuns(collectText(root), matcher);
}

function matchRuns({ runs, nodes, starts, shadowRoots }: CollectedText, matcher: Matcher): SubtreeScan {
  const mentions: FoundMention[] = [];
  let i = 0;
  for (const run of runs) {
    // Runs are matched one by one (see collectText), each as its own string.
    for (const hit of matcher.find(run.text)) {
      const start = run.start + hit.start;
      const end = run.start + hit.end;
      // Hits come sorted by start, run after run, so the node cursor only moves forward.
      while (i + 1 < nodes.length && starts[i + 1]! <= start) i++;
      let j = i;
      while (j + 1 < nodes.length && starts[j + 1]! < end) j++;
      if (!isSpanRendered(nodes, i, j)) continue;
      const startNode = nodes[i]!;
      const endNode = nodes[j]!;
      mentions.push({
        entity: hit.entity,
        kind: hit.kind,
        text: hit.text,
        nodes: nodes.slice(i, j + 1),
        range: new StaticRange({
          startContainer: startNode,
          startOffset: start - starts[i]!,
          endContainer: endNode,
          endOffset: end - starts[j]!,
        }),
      });
    }
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
