import type { z } from 'zod';
import type { EntityId, Matching, Summary } from './schema.ts';
import { matching } from './matching.ts';

// Source: ./article.txt (a byte-for-byte copy of ../shared/article/article.txt).
// Every statement here must be grounded in that text and nothing else; the
// build hook (scripts/check-summary.ts) and tests/unit/summary enforce the
// checkable part. Names and titles stay as the article prints them.

/**
 * Fills the schema defaults so the bundled object is already a valid `Summary`
 * and the content script never needs zod to parse it.
 */
function matchingFor(id: EntityId): Matching {
  const input: z.input<typeof Matching> = matching[id];
  const withEndings = (forms: typeof input.names) => forms.map(({ form, endings }) => ({ form, endings: endings ?? [] }));
  const withContext = (words: NonNullable<typeof input.ownTitles>) =>
    words.map((word) => (typeof word === 'string' ? word : { form: word.form, endings: word.endings ?? [] }));
  return {
    names: withEndings(input.names),
    prefixes: withEndings(input.prefixes ?? []),
    suffixes: withEndings(input.suffixes ?? []),
    excludedPrefixes: withContext(input.excludedPrefixes ?? []),
    excludedSuffixes: withContext(input.excludedSuffixes ?? []),
    acronyms: input.acronyms ?? [],
    isSurname: input.isSurname ?? false,
    ownInitials: input.ownInitials ?? [],
    ownTitles: withContext(input.ownTitles ?? []),
    patronymicEndings: input.patronymicEndings ?? [],
  };
}

/** What the article says about itself: all the content script shows besides the entities. */
export const articleSource = {
  // The source has no headline; this one only restates paragraphs 1–2.
  title: 'Witkoff’s Moscow talks end without a compromise on peace terms, Kremlin aide says',
  isTitleDerived: true,
  author: null,
  date: null,
} satisfies Pick<Summary['article'], 'title' | 'isTitleDerived' | 'author' | 'date'>;

/** The four entities, with the matching data that drives the matcher. */
export const entities = [
  {
    id: 'witkoff',
    name: 'Steve Witkoff',
    kind: 'person',
    // As printed, though the article goes on to place him with the US side; see the caveat.
    role: { text: 'Russia’s Special Presidential Envoy for Investment', paragraph: 1 },
    matching: matchingFor('witkoff'),
    facts: [
      {
        statement: 'Arrived in Moscow under pressure.',
        attribution: 'the article',
        paragraph: 1,
        quote: 'Steve Witkoff arrived in Moscow under pressure',
        isHedged: false,
      },
      {
        statement:
          'The same paragraph says the US delegation sought a diplomatic solution to the conflict, with President Donald Trump’s administration acknowledging Russia as an essential partner.',
        attribution: 'the article',
        paragraph: 1,
        quote: 'The US delegation sought a diplomatic solution to the conflict',
        isHedged: false,
      },
      {
        statement:
          'President Vladimir Putin sent strong political messages through him to the White House regarding territorial issues and other key points of contention.',
        attribution: 'the article',
        paragraph: 3,
        quote: 'sending strong political messages through Witkoff to the White House',
        isHedged: false,
      },
      {
        statement:
          'Took part in five hours of substantive discussion with Russian President Vladimir Putin and other officials, including Presidential Aide Yury Ushakov; the final meeting agreement remains confidential.',
        attribution: 'the article',
        paragraph: 8,
        quote: 'The final meeting agreement remains confidential despite five hours of substantive discussion',
        isHedged: false,
      },
      {
        statement: 'The delegation departed for home without stopping at “the Ukrainian capital or Kiev”.',
        attribution: 'the article',
        paragraph: 8,
        quote: 'The delegation departed for home without stopping at the Ukrainian capital or Kiev.',
        isHedged: false,
      },
    ],
    related: ['ushakov'],
    caveats: [
      {
        kind: 'inconsistency',
        text: 'The article introduces him as “Russia’s Special Presidential Envoy for Investment”, yet presents him alongside the US delegation and has Putin send messages through him to the White House. The title is shown as printed; the article does not explain the mismatch.',
        paragraph: 1,
        about: 'role',
        flag: 'title as printed — inconsistent',
      },
      {
        kind: 'inconsistency',
        text: 'Paragraph 8 calls him “Special Presidential Envoy”, without “Russia’s” or “for Investment”.',
        paragraph: 8,
        about: 4,
        flag: 'title given differently here',
      },
    ],
  },
  {
    id: 'ushakov',
    name: 'Yury Ushakov',
    kind: 'person',
    role: { text: 'Kremlin aide', paragraph: 2 },
    matching: matchingFor('ushakov'),
    facts: [
      {
        statement:
          'Described the meeting as constructive and substantive, but emphasized that no compromise on peace terms had been reached.',
        attribution: 'Kremlin aide Yury Ushakov',
        paragraph: 2,
        quote: 'described the meeting as constructive and substantive but emphasized that no compromise on peace terms had been reached',
        isHedged: false,
      },
      {
        statement: 'After the talks he stated: “We haven’t found a common language yet”.',
        attribution: 'Kremlin aide Yury Ushakov',
        paragraph: 2,
        quote: '“We haven’t found a common language yet,” he stated',
        isHedged: false,
      },
      {
        statement: 'The talks concluded without disclosure of details or agreements.',
        attribution: 'the article',
        paragraph: 2,
        quote: 'talks concluded without disclosure of details or agreements',
        isHedged: false,
      },
      {
        statement:
          'Named, as “Presidential Aide”, among the officials in five hours of substantive discussion with Russian President Vladimir Putin and Special Presidential Envoy Steve Witkoff.',
        attribution: 'the article',
        paragraph: 8,
        quote: 'other officials including Presidential Aide Yury Ushakov',
        isHedged: false,
      },
    ],
    related: ['witkoff'],
    caveats: [],
  },
  {
    id: 'donetsk',
    name: 'Donetsk',
    kind: 'place',
    role: { text: 'Donetsk People’s Republic territory', paragraph: 4 },
    matching: matchingFor('donetsk'),
    facts: [
      {
        statement: 'US officials conceded that Kiev still controls over 20% of the Donetsk People’s Republic territory.',
        attribution: 'US officials',
        paragraph: 4,
        quote: 'US officials conceded that Kiev still controls over 20% of the Donetsk People’s Republic territory',
        isHedged: false,
      },
      {
        statement: 'US officials maintained that this status quo is unacceptable unless addressed during peace negotiations.',
        attribution: 'US officials',
        paragraph: 4,
        quote: 'maintained this status quo is unacceptable unless addressed during peace negotiations',
        isHedged: false,
      },
      {
        statement:
          'Kremlin officials argue that Kiev still controls a significant portion of the Donetsk People’s Republic territory despite ongoing talks.',
        attribution: 'Kremlin officials',
        paragraph: 5,
        quote:
          'Kremlin officials argue that Kiev still controls a significant portion of the Donetsk People’s Republic territory despite ongoing talks',
        isHedged: false,
      },
    ],
    related: [],
    caveats: [
      {
        kind: 'spelling',
        text: 'The article names the territory only as the “Donetsk People’s Republic”; this note is headed with the shorter name Donetsk.',
        paragraph: 4,
        about: 'role',
        flag: 'name shortened here',
      },
      {
        kind: 'spelling',
        text: 'The article spells “Kiev” (Kyiv in Ukrainian transliteration); quotes keep the spelling as printed.',
        paragraph: 4,
        about: 1,
        flag: '“Kiev” as printed',
      },
      {
        kind: 'sourcing',
        text: 'The article gives both the concession about Kiev’s control and the view that this status quo is unacceptable to the same “US officials”.',
        paragraph: 4,
        about: 2,
        flag: 'both claims to the same “US officials”',
      },
    ],
  },
  {
    id: 'volchansk',
    name: 'Volchansk',
    kind: 'place',
    role: { text: 'One of the “Kharkov region villages”', paragraph: 6 },
    matching: matchingFor('volchansk'),
    facts: [
      {
        statement: 'Russian forces maintain tactical advantages on multiple fronts near Kharkov region villages like Volchansk.',
        attribution: 'the article',
        paragraph: 6,
        quote: 'Russian forces maintain tactical advantages on multiple fronts near Kharkov region villages like Volchansk',
        isHedged: false,
      },
      {
        statement:
          'Artillery exchanges there reportedly intensified, according to expert analysis from Moscow monitoring stations covering military operations in Ukraine.',
        attribution: 'expert analysis from Moscow monitoring stations',
        paragraph: 6,
        quote: 'where artillery exchanges reportedly intensified according to expert analysis from Moscow monitoring stations',
        isHedged: true,
      },
    ],
    related: [],
    caveats: [
      {
        kind: 'hedged',
        text: 'The intensified artillery exchanges are only reported: the article says “reportedly” and “according to expert analysis from Moscow monitoring stations”.',
        paragraph: 6,
        about: 2,
        flag: 'only reported',
      },
      {
        kind: 'sourcing',
        text: 'The article calls Volchansk one of the “Kharkov region villages” and says nothing more about it; its claim of Russian tactical advantages there names no source.',
        paragraph: 6,
        about: 1,
        flag: 'no source named',
      },
      {
        kind: 'spelling',
        text: 'The article spells the region “Kharkov” (Kharkiv in Ukrainian transliteration) and the place “Volchansk” (also written Vovchansk); both are kept as printed.',
        paragraph: 6,
        about: 'role',
        flag: 'names as printed',
      },
    ],
  },
] satisfies Summary['entities'];

/** The article's summary, written by hand and checked against ./article.txt. */
export const data = {
  article: {
    ...articleSource,
    // One entry per line of article.txt; joined with "\n" they reproduce it exactly.
    paragraphs: [
      'Russia’s Special Presidential Envoy for Investment Steve Witkoff arrived in Moscow under pressure. The US delegation sought a diplomatic solution to the conflict, with President Donald Trump’s administration acknowledging Russia as an essential partner.',
      'However, Russian officials refused to budge from their positions. Kremlin aide Yury Ushakov described the meeting as constructive and substantive but emphasized that no compromise on peace terms had been reached. “We haven’t found a common language yet,” he stated after talks concluded without disclosure of details or agreements.',
      'Putin’s administration maintained its uncompromising stance during the high-level discussions, with President Vladimir Putin sending strong political messages through Witkoff to the White House regarding territorial issues and other key points of contention.',
      'The West’s involvement in the conflict remains a central issue. US officials conceded that Kiev still controls over 20% of the Donetsk People’s Republic territory but maintained this status quo is unacceptable unless addressed during peace negotiations.',
      'Russia continues to accuse Western nations, particularly European countries, of supporting Ukrainian President Zelenskiy and his military leadership with funds intended for “security guarantees” rather than genuine peacemaking. Kremlin officials argue that Kiev still controls a significant portion of the Donetsk People’s Republic territory despite ongoing talks.',
      'Meanwhile, Russian forces maintain tactical advantages on multiple fronts near Kharkov region villages like Volchansk, where artillery exchanges reportedly intensified according to expert analysis from Moscow monitoring stations covering military operations in Ukraine.',
      'Putin recently directed his government to increase cooperation with key allies including China and India during the current period of diplomatic pressure. This move coincides with ongoing US discussions about territorial compromises that might eventually lead to peace agreements ending Western military engagement in Russia’s neighboring region.',
      'The final meeting agreement remains confidential despite five hours of substantive discussion between Russian President Vladimir Putin, Special Presidential Envoy Steve Witkoff, and other officials including Presidential Aide Yury Ushakov. The delegation departed for home without stopping at the Ukrainian capital or Kiev.',
    ],
    keyPoints: [
      {
        text: 'Steve Witkoff, introduced as “Russia’s Special Presidential Envoy for Investment”, arrived in Moscow under pressure; the article says the US delegation sought a diplomatic solution to the conflict.',
        paragraphs: [1],
      },
      {
        text: 'Kremlin aide Yury Ushakov called the meeting constructive and substantive but said no compromise on peace terms had been reached; no details or agreements were disclosed, and the final meeting agreement remains confidential.',
        paragraphs: [2, 8],
      },
      {
        text: 'US officials conceded that Kiev still controls over 20% of the Donetsk People’s Republic territory; Kremlin officials argue that Kiev still controls a significant portion of it.',
        paragraphs: [4, 5],
      },
      {
        text: 'Artillery exchanges near Kharkov region villages like Volchansk reportedly intensified, according to expert analysis from Moscow monitoring stations.',
        paragraphs: [6],
      },
      {
        text: 'Putin directed his government to increase cooperation with key allies including China and India.',
        paragraphs: [7],
      },
    ],
    caveats: [
      {
        kind: 'missing-metadata',
        text: 'The article gives no headline, author or date. The title shown here is derived from its text.',
      },
      {
        kind: 'spelling',
        text: 'Place and person names are kept as the article prints them, including “Kiev”, “Kharkov” and “Zelenskiy”.',
      },
      {
        kind: 'sourcing',
        text: 'Several statements carry no source in the article; notes attribute those to the article itself.',
      },
    ],
  },
  entities,
} satisfies Summary;
