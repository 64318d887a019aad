import type { MentionIndex, PageMention } from './page-mention';
import type { FoundMention } from './scan-subtree';
import { compareComposed } from './composed-order';
import { applyPageRules } from '../match/page-rules';

/**
 * The mentions found so far, by scanned subtree. Rescanning a subtree replaces
 * exactly the mentions that started inside it, and work stays proportional to
 * what changed, not to the page (infinite scroll appends never rescan it):
 * mentions are indexed by their start node, so a subtree's are found by walking
 * that subtree, and the document-order list takes new mentions by binary
 * insertion instead of being sorted again on every publish.
 */
export class MentionStore implements MentionIndex {
  #found = new Set<FoundMention>();
  #byStart = new Map<Node, FoundMention[]>();
  /** Found mentions in composed document order, as of the last publish. */
  #ordered: FoundMention[] = [];
  /** Found since the last publish, not yet in #ordered: one list per scan, each in document order. */
  #fresh: FoundMention[][] = [];
  #published: PageMention[] = [];
  #byNode = new Map<Node, PageMention[]>();

  /**
   * Replaces the mentions that start inside `root` with `fresh` (a scan's finds, in
   * document order); true when that changed anything.
   */
  replaceWithin(root: Node, fresh: readonly FoundMention[]): boolean {
    // A first scan has nothing to forget: walking its root again would cost a huge page a long task.
    const hasForgotten = this.#found.size > 0 && this.#forgetWithin(root);
    const batch: FoundMention[] = [];
    for (const mention of fresh) {
      if (this.#found.has(mention)) continue;
      this.#found.add(mention);
      const start = mention.range.startContainer;
      const list = this.#byStart.get(start);
      if (list) list.push(mention);
      else this.#byStart.set(start, [mention]);
      batch.push(mention);
    }
    this.#fresh.push(batch);
    return hasForgotten || fresh.length > 0;
  }

  /** Forgets mentions whose text left the document; true when any did. */
  dropDisconnected(): boolean {
    let hasDropped = false;
    for (const mention of this.#found) {
      const { startContainer, endContainer, startOffset, endOffset } = mention.range;
      const isGone =
        !startContainer.isConnected ||
        !endContainer.isConnected ||
        startOffset > (startContainer as Text).length ||
        endOffset > (endContainer as Text).length;
      if (isGone) {
        this.#forget(mention);
        hasDropped = true;
      }
    }
    return hasDropped;
  }

  /** How many mentions were found since the last publish (a measure of what publishing will cost). */
  get pendingCount(): number {
    let count = 0;
    for (const batch of this.#fresh) count += batch.length;
    return count;
  }

  /** Applies the page-wide rules and orders mentions; returns the new list. */
  publish(): readonly PageMention[] {
    // Each mention still found, once: a rescan may have found one again since it was new.
    const fresh = new Set<FoundMention>();
    const batches = this.#fresh.map((batch) =>
      batch.filter((mention) => this.#found.has(mention) && !fresh.has(mention) && fresh.add(mention)),
    );
    this.#fresh = [];
    // Forgotten mentions leave; one forgotten and found again before this publish is in both lists: it goes in afresh.
    this.#ordered = this.#ordered.filter((m) => this.#found.has(m) && !fresh.has(m));
    // A scan's finds are in document order, so a batch that starts after every known mention
    // (the first scan, an append) goes on the end after one comparison: each comparison reads
    // the page through Firefox's Xrays, ~6 µs, a long task for 10,000 mentions (issue 14).
    // Others (a block rescanned between known ones) are placed one by one by binary insertion.
    for (const batch of batches) {
      const last = this.#ordered.at(-1);
      if (batch.length > 0 && (!last || byPosition(last, batch[0]!) <= 0)) this.#ordered.push(...batch);
      else for (const mention of batch) insertSorted(this.#ordered, mention);
    }
    const kept = applyPageRules(this.#ordered);
    this.#published = kept;
    this.#byNode = new Map();
    for (const mention of kept) {
      for (const node of mention.nodes) {
        const list = this.#byNode.get(node);
        if (list) list.push(mention);
        else this.#byNode.set(node, [mention]);
      }
    }
    return kept;
  }

  list(): readonly PageMention[] {
    return this.#published;
  }

  at(node: Node, offset: number): PageMention | undefined {
    return this.#byNode.get(node)?.find(({ range }) => {
      if (node === range.startContainer && offset < range.startOffset) return false;
      if (node === range.endContainer && offset > range.endOffset) return false;
      return true;
    });
  }

  // Mentions start in text nodes, so the text nodes of `root` lead to all of its mentions
  // (a TreeWalker, like contains(), stays out of shadow roots inside it).
  // True when any mention was forgotten.
  #forgetWithin(root: Node): boolean {
    if (root.nodeType === Node.TEXT_NODE) return this.#forgetStartingIn(root);
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let hasForgotten = false;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) hasForgotten = this.#forgetStartingIn(node) || hasForgotten;
    return hasForgotten;
  }

  #forgetStartingIn(node: Node): boolean {
    const list = this.#byStart.get(node);
    if (!list) return false;
    this.#byStart.delete(node);
    for (const mention of list) this.#found.delete(mention);
    return true;
  }

  #forget(mention: FoundMention): void {
    this.#found.delete(mention);
    const start = mention.range.startContainer;
    // Every found mention is listed under its start node.
    const rest = this.#byStart.get(start)!.filter((other) => other !== mention);
    if (rest.length > 0) this.#byStart.set(start, rest);
    else this.#byStart.delete(start);
  }
}

function byPosition(a: FoundMention, b: FoundMention): number {
  return compareComposed(a.range.startContainer, b.range.startContainer) || a.range.startOffset - b.range.startOffset;
}

function insertSorted(list: FoundMention[], mention: FoundMention): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byPosition(list[mid]!, mention) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, mention);
}
