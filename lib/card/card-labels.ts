import type { Caveat, Entity } from '../summary/schema';

/** Interface words of the card (never the article's own text, which stays as printed). */
export interface CardLabels {
  /** BCP 47 tag of these labels. */
  locale: string;
  kinds: Record<Entity['kind'], string>;
  accordingTo(attribution: string): string;
  hedged: string;
  paragraph(number: number): string;
  caveat: string;
  caveatKinds: Record<Caveat['kind'], string>;
  /** Heading of the card's list of caveats. */
  caveats(count: number): string;
  /** After a caveat's flag: the flag opens the note. */
  seeNote: string;
  /** Caption of an excerpt that is the article's narration, not anyone's speech. */
  articleWords(paragraph: number): string;
  /** Caption of words the article puts in someone's mouth. */
  quoteBy(speaker: string, paragraph: number): string;
  related: string;
  readArticle: string;
  /** Heading of one article's notes when a card has several (two packs on the same person). */
  notesFrom(title: string, isTitleDerived: boolean): string;
  close: string;
  /** What the next-mention command announces: "Mention 2 of 9: Yury Ushakov". */
  mentionOf(position: number, total: number, name: string): string;
}

/** Caveat kinds have no messages yet: English in every language. */
const CAVEAT_KINDS: CardLabels['caveatKinds'] = {
  inconsistency: 'inconsistency',
  spelling: 'spelling',
  hedged: 'hedged',
  'missing-metadata': 'missing details',
  sourcing: 'sourcing',
};

/** English labels, for pages in English only (the article page) and tests; pages get `cardLabels(t)`. */
export const englishCardLabels: CardLabels = {
  locale: 'en',
  kinds: { person: 'Person', place: 'Place' },
  accordingTo: (attribution) => `According to ${attribution}:`,
  hedged: 'Hedged in the article',
  paragraph: (number) => `Paragraph ${number}`,
  caveat: 'Caveat',
  caveatKinds: CAVEAT_KINDS,
  caveats: (count) => `Caveats (${count})`,
  seeNote: 'see note',
  articleWords: (number) => `The article’s words, paragraph ${number}`,
  quoteBy: (speaker, number) => `${speaker}, paragraph ${number}`,
  related: 'Also in the article',
  readArticle: 'Read the article',
  notesFrom: (title, isTitleDerived) => (isTitleDerived ? `From an untitled article (“${title}”)` : `From “${title}”`),
  close: 'Close',
  mentionOf: (position, total, name) => `Mention ${position} of ${total}: ${name}`,
};

/** The message names the card uses from public/_locales. */
export type CardMessageKey =
  | 'locale'
  | 'cardPerson'
  | 'cardPlace'
  | 'cardAccordingTo'
  | 'cardHedged'
  | 'cardParagraph'
  | 'cardCaveat'
  | 'cardCaveats'
  | 'cardSeeNote'
  | 'cardArticleWords'
  | 'cardQuoteBy'
  | 'cardRelated'
  | 'cardReadArticle'
  | 'cardNotesFrom'
  | 'cardNotesFromUntitled'
  | 'cardClose'
  | 'cardMentionOf';

/**
 * Labels in the browser's language through `translate` (lib/i18n's `t`, passed
 * in so this module never calls browser.*). Caveat kinds have no messages yet
 * and stay English.
 */
export function cardLabels(translate: (key: CardMessageKey, ...substitutions: (string | number)[]) => string): CardLabels {
  return {
    locale: translate('locale'),
    kinds: { person: translate('cardPerson'), place: translate('cardPlace') },
    accordingTo: (attribution) => `${translate('cardAccordingTo')} ${attribution}:`,
    hedged: translate('cardHedged'),
    paragraph: (number) => translate('cardParagraph', number),
    caveat: translate('cardCaveat'),
    caveatKinds: CAVEAT_KINDS,
    caveats: (count) => translate('cardCaveats', count),
    seeNote: translate('cardSeeNote'),
    articleWords: (number) => translate('cardArticleWords', number),
    quoteBy: (speaker, number) => translate('cardQuoteBy', speaker, number),
    related: translate('cardRelated'),
    readArticle: translate('cardReadArticle'),
    notesFrom: (title, isTitleDerived) => translate(isTitleDerived ? 'cardNotesFromUntitled' : 'cardNotesFrom', title),
    close: translate('cardClose'),
    mentionOf: (position, total, name) => translate('cardMentionOf', position, total, name),
  };
}
