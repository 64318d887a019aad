import type { MentionIndex, PageMention } from './page-mention';
import type { FoundMention } from './scan-subtree';
import { compareComposed } from './composed-order';
import { dropUnsupportedAcronyms } from '../match/drop-unsupported-acronyms';

/**
 * The mentions found so far, by scanned subtree. Rescanning a subtree replaces
 * exactly the mentions that started inside it, so work stays proportional to
 * what changed (infinite scroll appends never rescan the page).
 */
export class MentionStore implements MentionIndex {
  #found = new Set<FoundMention>();
  #published: PageMention[] = [];
  #byNode = new Map<Node, PageMention[]>();

  /** Replaces the mentions that start inside `root` with `fresh`. */
  replaceWithin(root: Node, fresh: readonly FoundMention[]): void {
    for (const mention of this.#found) {
      if (root.contains(mention.range.startContainer)) this.#found.delete(mention);
    }
    for (const mention of fresh) this.#found.add(mention);
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
        this.#found.delete(mention);
        hasDropped = true;
      }
    }
    return hasDropped;
  }

  /** Applies the page-wide rules and orders mentions; returns the new list. */
  publish(): readonly PageMention[] {
    const kept = dropUnsupportedAcronyms([...this.#found]) as FoundMention[];
    kept.sort(
      (a, b) =>
        compareComposed(a.range.startContainer, b.range.startContainer) ||
        a.range.startOffset - b.range.startOffset,
    );
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
}
