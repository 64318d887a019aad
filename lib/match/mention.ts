import type { EntityKey } from '../entity-key';

/**
 * One mention in a run of text. Offsets index the text exactly as given
 * (invisible characters included), so the DOM layer can map them to nodes.
 */
export interface Mention {
  entity: EntityKey;
  /** Index of the first character of the mention. */
  start: number;
  /** Index one past the last character of the mention. */
  end: number;
  /** The original slice `text.slice(start, end)`. */
  text: string;
  /** How the page-level rules treat it (see {@link MentionKind}). */
  kind: MentionKind;
}

/**
 * - `name`: counts wherever it stands (a place's name, a surname with the entity's given name,
 *   own initials or own title).
 * - `surname`: a bare surname; it does not count on a page that names another bearer and never
 *   the entity in full.
 * - `acronym`: counts only on a page that also names the entity (DPR on a page naming Donetsk).
 * - `other`: another bearer or a named thing ("Admiral Ushakov", "Shakhtar Donetsk"); never
 *   counts, but is evidence for the page-level rule.
 */
export type MentionKind = 'name' | 'surname' | 'acronym' | 'other';

/** Finds mentions in one run of inline text (never across a block boundary). */
export interface Matcher {
  /**
   * Mentions sorted by start, never overlapping, before the page-level rules
   * (`applyPageRules`), with sightings of other bearers among them as kind `other`.
   */
  find(text: string): Mention[];
  /**
   * Set when every mention contains one of a few names without whitespace (its core) and
   * this finds any of them, even with invisible characters inside: a page scanner
   * may then test words, node by node, before it joins any text into runs.
   */
  readonly wordGate?: WordGate;
  /**
   * Set by a matcher built in parts (lib/match/default-matcher.ts): false until the first text
   * that passes its gate has built the rest. That build and its first match compile some twenty
   * regexes, ~20 ms in Firefox, which a sliced scan starts in an idle slice of its own (issue 14).
   */
  isBuilt?(): boolean;
}

/** A cheap test: may this text hold a mention? Never false for text that does. */
export interface WordGate {
  test(text: string): boolean;
}
