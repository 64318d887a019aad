import type { EntityId } from '../summary/schema';

/**
 * One mention in a run of text. Offsets index the text exactly as given
 * (invisible characters included), so the DOM layer can map them to nodes.
 */
export interface Mention {
  entity: EntityId;
  /** Index of the first character of the mention. */
  start: number;
  /** Index one past the last character of the mention. */
  end: number;
  /** The original slice `text.slice(start, end)`. */
  text: string;
  /** An acronym (DPR); it counts only if the page also names the entity in full. */
  isAcronym: boolean;
}

/** Finds mentions in one run of inline text (never across a block boundary). */
export interface Matcher {
  /** Mentions sorted by start, never overlapping. */
  find(text: string): Mention[];
  /**
   * Set when every mention contains one of a few names without whitespace (its core) and
   * this regex finds any of them, even with invisible characters inside: a page scanner
   * may then test words, node by node, before it joins any text into runs.
   */
  readonly wordGate?: RegExp;
}
