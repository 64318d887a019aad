import fc from 'fast-check';
import { CLUB, INVISIBLE, OTHER_GIVEN, OWN_GIVEN, PLACES, STRESS, SURNAMES } from './reference-mentions';

/**
 * Random text for the property tests: names, traps and filler words in Latin
 * and Cyrillic, any letter case, invisible characters inside words, any
 * whitespace inside a name. Every name stands between filler words, which are
 * never titles, given names, initials or patronymics: the context rules the
 * reference leaves out (reference-mentions.ts) then never apply.
 */

/** Words that name nothing and change no one's name; three letters or more, so ". " after one never reads as an initial. */
const FILLER = [
  'talks',
  'with',
  'met',
  'said',
  'today',
  'about',
  'near',
  'after',
  'report',
  'news',
  'встреча',
  'сказал',
  'после',
  'около',
  'новости',
  'заявил',
  'тоже',
  'зустріч',
];
/** Words that look like a name and are not one (spec "does NOT count"), and mixed-script homoglyphs. */
const TRAPS = [
  ['sievierodonetsk'],
  ['severodonetsk'],
  ['donets'],
  ['donbas'],
  ['donetskyi'],
  ['volchanskyi'],
  ['vovchanski', 'khutory'],
  ['северодонецк'],
  ['донбасс'],
  ['донецкий'],
  ['волчанские', 'хутора'],
  ['witkoffian'],
  // One letter from the other script: not the name (Cyrillic о, а; Latin c, a, o).
  ['witk\u043Eff'],
  ['ush\u0430kov'],
  ['d\u043Enetsk'],
  ['волчан\u0063к'],
  ['уиткo\u0444ф'],
  ['уш\u0061ков'],
];
/** Between a name's words: any whitespace the spec allows. */
const NAME_GAP = fc.constantFrom(' ', '\u00A0', '\u2009', '\u202F', '\n', ' \n  ');
/** Between words and names. */
const SEPARATOR = fc.constantFrom(' ', ', ', '. ', ' (', ') ', ' «', '» ', ' — ', '\n', ': ', '; ', ' "', '" ');

const both = (table: { latin: string[]; cyrillic: string[] }, script: 'latin' | 'cyrillic') => table[script];

/** A name or trap as lower-case words, before case and invisible characters. */
const nameWords: fc.Arbitrary<string[]> = fc.oneof(
  fc
    .tuple(fc.constantFrom('witkoff' as const, 'ushakov' as const), fc.constantFrom('latin' as const, 'cyrillic' as const))
    .chain(([entity, script]) => {
      const surnames = both(SURNAMES[entity], script);
      const own = both(OWN_GIVEN[entity], script);
      const other = both(OTHER_GIVEN[entity], script);
      const surname = fc.constantFrom(...surnames);
      const options = [surname.map((s) => [s]), fc.tuple(fc.constantFrom(...own), surname).map((words) => [...words])];
      if (other.length > 0) options.push(fc.tuple(fc.constantFrom(...other), surname).map((words) => [...words]));
      return fc.oneof(...options);
    }),
  fc.constantFrom(...PLACES.donetsk, ...PLACES.volchansk, ...CLUB).map((words) => [...words]),
  fc.constantFrom(...TRAPS).map((words) => [...words]),
);

const letterCase = fc.constantFrom(
  (w: string) => w,
  (w: string) => w.toUpperCase(),
  (w: string) => w.charAt(0).toUpperCase() + w.slice(1),
);

/** One word in some letter case, perhaps with one invisible character (or a stress mark in Cyrillic) between two of its letters. */
function decorated(word: string): fc.Arbitrary<string> {
  const isCyrillic = /\p{Script=Cyrillic}/u.test(word);
  const marks = isCyrillic ? [...INVISIBLE, STRESS] : INVISIBLE;
  return fc
    .tuple(
      letterCase,
      fc.option(fc.tuple(fc.constantFrom(...marks), fc.integer({ min: 1, max: Math.max(1, word.length - 1) })), { freq: 2 }),
    )
    .map(([toCase, mark]) => {
      const cased = toCase(word);
      if (!mark || word.length < 2) return cased;
      const [char, at] = mark;
      // The stress mark goes after a letter of the word, never after one from the other script.
      return cased.slice(0, at) + char + cased.slice(at);
    });
}

/** A name or trap as written: decorated words joined by whitespace, sometimes with a possessive. */
const writtenName: fc.Arbitrary<string> = nameWords.chain((words) =>
  fc
    .tuple(
      fc.tuple(...words.map(decorated)),
      fc.array(NAME_GAP, { minLength: words.length, maxLength: words.length }),
      fc.constantFrom('', '', "'s", '’s'),
    )
    .map(([parts, gaps, possessive]) => {
      const latinEnd = /[a-z]$/i.test(parts.at(-1)!);
      return parts.reduce((text, part, i) => (i === 0 ? part : text + gaps[i]! + part), '') + (latinEnd ? possessive : '');
    }),
);

const filler: fc.Arbitrary<string> = fc.constantFrom(...FILLER).chain(decorated);

/** Random text: names and traps, each between filler words, joined by punctuation and spaces. */
export const randomText: fc.Arbitrary<string> = fc
  .array(fc.tuple(fc.array(filler, { minLength: 1, maxLength: 3 }), fc.option(writtenName, { freq: 4, nil: undefined })), {
    minLength: 1,
    maxLength: 8,
  })
  .chain((groups) => {
    const pieces = groups.flatMap(([fillers, name]) => (name === undefined ? fillers : [...fillers, name]));
    pieces.push('end');
    return fc
      .array(SEPARATOR, { minLength: pieces.length, maxLength: pieces.length })
      .map((seps) => pieces.reduce((text, piece, i) => (i === 0 ? piece : text + seps[i]! + piece), ''));
  });
