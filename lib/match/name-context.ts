import type { MatchingInput } from './compile-matcher';
import { alternation, type FormSpec, isSpace, SPACE, WORD_CHAR } from './form-pattern.ts';
import { lazyRegExp } from '../lazy-regexp.ts';

/**
 * The words around a name that decide whose it is (spec "Other bearers of the
 * surname"). They are looked up only beside a match of the combined regex,
 * never over a whole text: the words right before or after a name are cut
 * out and looked up in sets (a regex alternation of hundreds of names, tried
 * at every position of the text before a match, cost ten times the scan).
 */
export interface NameContext {
  /** Other bearers' given names and titles, named things' words ("адмирал", "ул.", "order of"), as {@link wordKey}s. */
  readonly excluded: WordSet;
  /** A named thing's word starts the text after the name ("Street", "’s dictionary"). */
  readonly excludedAfter: RegExp | undefined;
  /** The names are a surname: initials, patronymics and own titles decide. */
  readonly isSurname: boolean;
  /** Own initials with spaces removed ("Y.", "Ю.В."). */
  readonly ownInitials: ReadonlySet<string>;
  readonly ownTitles: WordSet;
  /** The entity's own given names (its prefixes), for the surname-first order ("Ушаков Юрий Викторович"). */
  readonly ownNames: WordSet;
  /** Lower-case endings of patronymics ("ovich", "ович"). */
  readonly patronymicEndings: readonly string[];
}

/** Words or phrases as {@link wordKey}s, and the most words any of them has. */
export interface WordSet {
  readonly keys: ReadonlySet<string>;
  readonly maxWords: number;
  /** The last words of the phrases of more than one word: only after one of these is a longer look worth it. */
  readonly tails: ReadonlySet<string>;
}

/** How far around a match the context rules look; the longest listed phrase fits well within. */
export const CONTEXT_CHARS = 60;

/**
 * Initials right before the name: one to three capitals, each with an optional
 * small letter ("Yu.") and a dot, spaced or not ("F. F. ", "F.F.", "Д. Н. ").
 * Case matters here: "в." or "г." are not initials.
 */
export const initialsBeforePattern = lazyRegExp(() => /(?<![\p{L}\p{M}\p{N}.])((?:\p{Lu}\p{Ll}?\.\s*){1,3})$/u);
/** Initials right after the name, as bibliographies and lists write it ("Ушаков Д. Н."). */
export const initialsAfterPattern = lazyRegExp(() => /^\s+((?:\p{Lu}\p{Ll}?\.\s?){1,3})/u);
/** How many characters initials take at most ("Yu. V. X. "). */
export const INITIALS_CHARS = 16;

/** Builds the context rules of one entity, or undefined when it has none. */
export function compileNameContext(matching: MatchingInput): NameContext | undefined {
  const excludedPrefixes = matching.excludedPrefixes ?? [];
  const excludedSuffixes = matching.excludedSuffixes ?? [];
  const isSurname = matching.isSurname ?? false;
  if (!isSurname && excludedPrefixes.length === 0 && excludedSuffixes.length === 0) return undefined;
  const asSpec = (word: string | FormSpec): FormSpec => (typeof word === 'string' ? { form: word } : word);
  return {
    excluded: wordSet(excludedPrefixes.map(asSpec)),
    // "Ushakov Street", "Ushakov’s dictionary", "Uschakow-Straße": anchored, so it is tried at one place only.
    excludedAfter: excludedSuffixes.length
      ? new RegExp(`^(?:['\u2019]s)?(?:${SPACE}|-)(?:${alternation(excludedSuffixes.map(asSpec))})(?!${WORD_CHAR})`, 'iu')
      : undefined,
    isSurname,
    ownInitials: new Set((matching.ownInitials ?? []).map(compactInitials)),
    ownTitles: wordSet((matching.ownTitles ?? []).map(asSpec)),
    ownNames: wordSet(matching.prefixes ?? []),
    patronymicEndings: (matching.patronymicEndings ?? []).map((ending) => wordKey(ending)),
  };
}

/** Initials as compared: without spaces ("Ю. В." → "Ю.В."). */
export function compactInitials(initials: string): string {
  return initials.replace(/\s+/g, '');
}

/** A word or phrase as looked up: composed, lower case, one space between words, one apostrophe. */
export function wordKey(text: string): string {
  // Composing is the costly step, and only decomposed letters need it.
  const composed = hasMark(text) ? text.normalize('NFC') : text;
  const key = composed.toLowerCase();
  const apostrophes = key.includes('\u2019') ? key.replace(/\u2019/g, "'") : key;
  return HAS_SPACE.test(apostrophes) ? apostrophes.trim().replace(/\s+/g, ' ') : apostrophes;
}

const HAS_SPACE = /\s/;

// Combining diacritics (U+0300–U+036F), as in "n\u0301" for ń; other scripts' marks do not occur in the listed words.
function hasMark(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f) return true;
  }
  return false;
}

function wordSet(forms: readonly FormSpec[]): WordSet {
  const keys = new Set<string>();
  const tails = new Set<string>();
  let maxWords = 0;
  for (const { form, endings = [] } of forms) {
    for (const written of [form, ...endings.map((ending) => form + ending)]) {
      const key = wordKey(written);
      keys.add(key);
      const words = key.split(' ');
      if (words.length > 1) tails.add(words.at(-1)!);
      maxWords = Math.max(maxWords, words.length);
    }
  }
  return { keys, maxWords, tails };
}

// Quotes and brackets around a word before or after a name: «Адмирал Ушаков», «Шахтёр» Донецк, Ушаков (Фёдор …).
const WRAPPERS = /^[«»"„“”‹›()[\]]+|[«»"„“”‹›()[\]]+$/g;

function unwrap(word: string): string {
  return word.replace(WRAPPERS, '');
}

/**
 * The words right before `end` in `text`, last first, up to `count`, as
 * {@link wordKey}s. Only
 * whitespace (or nothing, as in "ул.Ушакова") may stand between them and the
 * name: a word that ends in a comma or other punctuation ends the list.
 */
export function wordsBefore(text: string, end: number, count: number): string[] {
  const words: string[] = [];
  let i = end;
  while (words.length < count) {
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    let k = j;
    while (k > 0 && !isSpace(text.charCodeAt(k - 1))) k--;
    // At the start of the text the slice is empty, which ends the list below.
    const word = unwrap(text.slice(k, j));
    if (!word || ',;:!?'.includes(word[word.length - 1]!)) break;
    words.push(wordKey(word));
    i = k;
  }
  return words;
}

/** The words right after `start` in `text`, first first, up to `count`, across whitespace only, as {@link wordKey}s. */
export function wordsAfter(text: string, start: number, count: number): string[] {
  const words: string[] = [];
  let i = start;
  while (words.length < count) {
    let j = i;
    while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    if (j === i) break;
    let k = j;
    while (k < text.length && !isSpace(text.charCodeAt(k))) k++;
    const raw = unwrap(text.slice(j, k));
    let cut = raw.length;
    while (cut > 0 && ',;:!?.'.includes(raw[cut - 1]!)) cut--;
    if (cut === 0) break;
    words.push(wordKey(raw.slice(0, cut)));
    if (cut < raw.length) break;
    i = k;
  }
  return words;
}

/** Whether the last words (last first, as {@link wordsBefore} gives them) or first words end or start with a phrase of `set`. */
export function hasPhrase(words: readonly string[], set: WordSet, isBefore: boolean): boolean {
  let phrase = '';
  for (let n = 0; n < Math.min(words.length, set.maxWords); n++) {
    phrase = n === 0 ? words[0]! : isBefore ? `${words[n]!} ${phrase}` : `${phrase} ${words[n]!}`;
    if (set.keys.has(phrase)) return true;
  }
  return false;
}

/** A patronymic ({@link wordKey}): letters only, ending in one of the endings and at most three letters of case ending after it. */
export function isPatronymic(key: string, endings: readonly string[]): boolean {
  if (!/^\p{L}+$/u.test(key)) return false;
  return endings.some((ending) => {
    const at = key.lastIndexOf(ending);
    return at > 0 && key.length - (at + ending.length) <= 3;
  });
}
