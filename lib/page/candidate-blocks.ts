/**
 * The fast first pass of a scan: one TreeWalker over a subtree that tests each
 * text node, and each word split across text nodes, with the matcher's word
 * gate, and returns only the blocks where a mention may be. Pages almost never
 * name our entities, so this pass is nearly all a scan costs; collectText then
 * builds exact inline runs for the few candidate blocks.
 *
 * Why it misses nothing: every mention contains a core name without whitespace
 * (Matcher.wordGate), and a name split across inline elements ("Wit<b>koff</b>")
 * spans text nodes that follow each other with no whitespace at the joins, so
 * it shows up in one word of the stream of text nodes. Blocks are not split
 * here; joining two blocks' words can only add candidates.
 *
 * Test pages: tests/e2e/fixtures (rules-split.html, shadow.html), ../shared/corpus/pages.
 */
import { isSpace } from '../match/form-pattern';
import type { WordGate } from '../match/mention';
import { blockOf, SHADOW_HOSTS, SKIPPED } from './text-collector';

const ELEMENT = 1; // Node.ELEMENT_NODE
const SKIPPED_KIND = 1;
const SHADOW_HOST_KIND = 2;
// One lookup per element: parents whose text is left out of words, or possible shadow hosts.
const KINDS = new Map<string, number>([
  ...[...SKIPPED].map((name) => [name, SKIPPED_KIND] as const),
  ...[...SHADOW_HOSTS].map((name) => [name, SHADOW_HOST_KIND] as const),
]);

/** Where a subtree may hold mentions, and the open shadow roots inside it (not entered). */
export interface Candidates {
  /** Blocks (or root itself) to scan exactly, in document order; none contains another. */
  readonly blocks: Node[];
  readonly shadowRoots: ShadowRoot[];
}

// Past this many hits, most of the subtree is worth exact runs: scanning it whole is cheaper
// than finishing this pass and then scanning block by block.
const MAX_HITS = 64;

/**
 * Finds the blocks of `root` whose text may hold a mention, by `wordGate` (see Matcher.wordGate);
 * undefined when so much of it may that the caller should scan all of it exactly.
 */
export function findCandidateBlocks(root: Node, wordGate: WordGate): Candidates | undefined {
  return walkCandidates(root, wordGate, MAX_HITS)() as Candidates | undefined;
}

/** The walk is not done yet: call again. */
export const UNFINISHED = false;
// How many nodes a sliced walk visits between looks at the clock.
const NODES_PER_CHECK = 512;

/**
 * The same pass, resumable: each call of the returned step walks on until the
 * subtree is done or `isOutOfTime()` (asked every few hundred nodes), and
 * returns {@link UNFINISHED} or the result. Between calls the page may change;
 * what changes is queued by the tracker's observer and rescanned after this
 * walk, so a moved or removed node here costs at most a restart (the walk's
 * place left `root`) or an extra candidate, never a miss.
 */
export function walkCandidates(
  root: Node,
  wordGate: WordGate,
  maxHits = Infinity,
): (isOutOfTime?: () => boolean) => Candidates | undefined | typeof UNFINISHED {
  let walker: TreeWalker;
  let shadowRoots: ShadowRoot[];
  let hits: Node[];
  // The element whose own text is next to skip (script and style hold one text node each).
  let skipped: Node | null;
  // Text that ends where the walk is: its last word, if no whitespace ends it, may go on in the
  // next text node. Read only when a node starts with no whitespace (most start a line or follow
  // a space), not once per node.
  let before: string;
  const restart = () => {
    walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    shadowRoots = root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot ? [(root as Element).shadowRoot!] : [];
    hits = [];
    skipped = null;
    before = '';
  };
  restart();
  const hit = (node: Node) => hits.push(node) > maxHits;

  return (isOutOfTime) => {
    const current = walker.currentNode;
    // (A node contains itself: a walk that has not moved yet goes on.)
    if (!root.contains(current)) restart();
    let budget = NODES_PER_CHECK;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === ELEMENT) {
        const name = (node as Element).localName;
        const kind = KINDS.get(name);
        if (kind === SKIPPED_KIND) skipped = node;
        else if ((kind === SHADOW_HOST_KIND || name.includes('-')) && (node as Element).shadowRoot) {
          shadowRoots.push((node as Element).shadowRoot!);
        }
      } else if (!skipped || node.parentNode !== skipped) {
        skipped = null;
        const data = (node as Text).data;
        // Most text nodes are whitespace between tags; the regex dismisses those faster than a loop would.
        if (wordGate.test(data) && hit(node)) return undefined;
        // (An empty node's charCodeAt(0) is NaN, not a space: the tail goes on past it.)
        const tail = before !== '' && !isSpace(data.charCodeAt(0)) ? lastWord(before) : '';
        if (tail === '') {
          before = data;
        } else {
          // A name split over nodes ends in this one when first found, so this node's block has it.
          const end = wordEnd(data);
          if (wordGate.test(tail + data.slice(0, end)) && hit(node)) return undefined;
          // (Kept apart otherwise: a long node's text is sliced later, not copied into a joined string.)
          before = end === data.length ? tail + data : data;
        }
      }
      if (--budget === 0) {
        budget = NODES_PER_CHECK;
        if (isOutOfTime?.()) return UNFINISHED;
      }
    }
    return { blocks: blocksOf(root, hits), shadowRoots };
  };
}

/** The outermost blocks around `nodes`, inside `root` (root itself when a block reaches above it). */
function blocksOf(root: Node, nodes: readonly Node[]): Node[] {
  const blocks = new Set<Node>();
  for (const node of nodes) {
    const block = blockOf(node);
    if (block === root || !root.contains(block)) return [root];
    blocks.add(block);
  }
  // Hits come in document order, so blocks that do not nest are kept in document order.
  return [...blocks].filter((block) => {
    for (let up = block.parentNode; up && up !== root; up = up.parentNode) if (blocks.has(up)) return false;
    return true;
  });
}

function wordEnd(text: string): number {
  let i = 0;
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

function lastWord(text: string): string {
  let i = text.length;
  while (i > 0 && !isSpace(text.charCodeAt(i - 1))) i--;
  return text.slice(i);
}
