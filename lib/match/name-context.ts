import type { MatchingInput } from './compile-matcher';
import { alternation, type FormSpec, SPACE, WORD_CHAR, WORD_START } from './form-pattern';

/**
 * The words around a name that decide whose it is (spec "Other bearers of the
 * surname"). These regexes run only on the few characters beside a match of
 * the combined regex, never over a whole text, so they may be as exact as the
 * rules need: the initials test is case-sensitive, which the combined regex
 * (case-insensitive for names) could not be.
 */
export interface NameContext {
  /** Another bearer's given name or title, or a named thing, ends the text before the name. */
  readonly excludedBefore: RegExp | undefined;
  /** A named thing's word starts the text after the name ("Street", "’s dictionary"). */
  readonly excludedAfter: RegExp | undefined;
  /** The names are a surname: initials, patronymics and own titles decide. */
  readonly isSurname: boolean;
  /** Own initials with spaces removed ("Y.", "Ю.В."). */
  readonly ownInitials: ReadonlySet<string>;
  readonly ownTitleBefore: RegExp | undefined;
  readonly patronymicBefore: RegExp | undefined;
  /** Surname first, as reference works write it: another bearer's given name or patronymic follows ("Ушаков (Фёдор Фёдорович)"). */
  readonly otherBearerAfter: RegExp | undefined;
  /** Surname first with the entity's own given name ("Ушаков Юрий Викторович"). */
  readonly ownNameAfter: RegExp | undefined;
}

/** How far around a match the context rules look; the longest listed word or title fits well within. */
export const CONTEXT_CHARS = 80;

/**
 * Initials right before the name: one to three capitals, each with an optional
 * small letter ("Yu.") and a dot, spaced or not ("F. F. ", "F.F.", "Д. Н. ").
 * Case matters here: "в." or "г." are not initials.
 */
export const INITIALS_BEFORE = /(?<![\p{L}\p{M}\p{N}.])((?:\p{Lu}\p{Ll}?\.\s*){1,3})$/u;

// "«Адмирал Ушаков»", "«Шахтёр» Донецк": a quote may stand between a title or club and the name.
/** Initials right after the name, as bibliographies and lists write it ("Ушаков Д. Н."). */
export const INITIALS_AFTER = /^\s+((?:\p{Lu}\p{Ll}?\.\s?){1,3})/u;

const QUOTE = `[«»"„“”‹›(]?`;

/** Builds the context rules of one entity, or undefined when it has none. */
export function compileNameContext(matching: MatchingInput): NameContext | undefined {
  const prefixes = matching.prefixes ?? [];
  const excludedPrefixes = matching.excludedPrefixes ?? [];
  const excludedSuffixes = matching.excludedSuffixes ?? [];
  const ownTitles = matching.ownTitles ?? [];
  const endings = matching.patronymicEndings ?? [];
  const isSurname = matching.isSurname ?? false;
  if (!isSurname && excludedPrefixes.length === 0 && excludedSuffixes.length === 0) return undefined;
  const words = (forms: readonly (string | FormSpec)[]) => alternation(forms.map((form) => (typeof form === 'string' ? { form } : form)));
  return {
    excludedBefore: excludedPrefixes.length
      ? new RegExp(`${WORD_START}(?:${words(excludedPrefixes)})\\s*${QUOTE}\\s*$`, 'iu')
      : undefined,
    // "Ushakov Street", "Ushakov’s dictionary", "Uschakow-Straße".
    excludedAfter: excludedSuffixes.length
      ? new RegExp(`^(?:['\u2019]s)?(?:${SPACE}|-)(?:${words(excludedSuffixes)})(?!${WORD_CHAR})`, 'iu')
      : undefined,
    isSurname,
    ownInitials: new Set((matching.ownInitials ?? []).map(compactInitials)),
    ownTitleBefore: ownTitles.length ? new RegExp(`${WORD_START}(?:${words(ownTitles)})${SPACE}$`, 'iu') : undefined,
    // Any word ending like a patronymic, with up to three letters of case ending ("Федоровича").
    patronymicBefore: endings.length
      ? new RegExp(`${WORD_START}\\p{L}+(?:${words(endings)})\\p{L}{0,3}${SPACE}$`, 'iu')
      : undefined,
    otherBearerAfter:
      isSurname && (excludedPrefixes.length || endings.length)
        ? new RegExp(
            `^${SPACE}\\(?(?:${[
              ...(excludedPrefixes.length ? [`(?:${words(excludedPrefixes)})`] : []),
              ...(endings.length ? [`\\p{L}+(?:${words(endings)})\\p{L}{0,3}`] : []),
            ].join('|')})(?!${WORD_CHAR})`,
            'iu',
          )
        : undefined,
    ownNameAfter: isSurname && prefixes.length ? new RegExp(`^${SPACE}(?:${alternation(prefixes)})(?!${WORD_CHAR})`, 'iu') : undefined,
  };
}

/** Initials as compared: without spaces ("Ю. В." → "Ю.В."). */
export function compactInitials(initials: string): string {
  return initials.replace(/\s+/g, '');
}
