import type { Fact } from '../summary/schema';
import { lazyRegExp } from '../lazy-regexp';

// How a card shows one fact without saying anything twice. Pure, so the
// rules are tested apart from Preact, and shared by every pack's facts.

/**
 * - `excerpt`: the statement is the article's own words; only the excerpt is shown.
 * - `paraphrase`: the statement is shown; the excerpt only on request.
 * - `plain`: no excerpt at all.
 */
export type FactShape = 'excerpt' | 'paraphrase' | 'plain';

export interface FactView {
  shape: FactShape;
  /**
   * The words the article puts in someone's mouth (its own quotation marks
   * kept), when the excerpt has them and the fact is attributed to someone;
   * shown as that person's quote. Undefined: the excerpt is the article's words.
   */
  speech?: string;
}

/** Share of a statement's words that must reappear in the excerpt for it to count as the article's own words. */
export const OWN_WORDS_SHARE = 0.75;

const wordPattern = lazyRegExp(() => /[\p{L}\p{N}’']+/gu);

const words = (text: string): string[] => text.toLowerCase().match(wordPattern()) ?? [];

/** Whether the statement says little more than the excerpt does, in the same words. */
export function isOwnWords(statement: string, excerpt: string): boolean {
  const said = words(statement);
  const available = new Set(words(excerpt));
  return said.filter((word) => available.has(word)).length >= said.length * OWN_WORDS_SHARE;
}

/**
 * The article's quoted speech that opens an excerpt, or follows a colon
 * ("“We haven’t found …,” he stated"), or undefined. A quoted phrase inside
 * narration ("funds intended for “security guarantees”") is a term, not speech.
 */
export function speechIn(excerpt: string): string | undefined {
  return /(?:^|:\s*)(“[^“”]+”)/.exec(excerpt)?.[1];
}

/** Whether someone other than the article itself makes the claim ("the article" is the schema's word for unattributed). */
export function isAttributedToSomeone(fact: Pick<Fact, 'attribution'>): boolean {
  return fact.attribution !== 'the article';
}

export function factView(fact: Pick<Fact, 'statement' | 'quote' | 'attribution'>): FactView {
  if (fact.quote === undefined) return { shape: 'plain' };
  const speech = isAttributedToSomeone(fact) ? speechIn(fact.quote) : undefined;
  const shape = isOwnWords(fact.statement, fact.quote) ? 'excerpt' : 'paraphrase';
  return speech === undefined ? { shape } : { shape, speech };
}
