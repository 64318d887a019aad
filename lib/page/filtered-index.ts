import type { MentionIndex, PageMention } from './page-mention';

/** A view of another index holding only a chosen subset (the marked mentions), so cards open only on what is painted. */
export class FilteredIndex implements MentionIndex {
  #list: readonly PageMention[] = [];
  #members = new Set<PageMention>();

  constructor(private readonly base: MentionIndex) {}

  /** Replaces the subset; `list` must be in document order. */
  set(list: readonly PageMention[]): void {
    this.#list = list;
    this.#members = new Set(list);
  }

  list(): readonly PageMention[] {
    return this.#list;
  }

  at(node: Node, offset: number): PageMention | undefined {
    const mention = this.base.at(node, offset);
    return mention && this.#members.has(mention) ? mention : undefined;
  }
}
