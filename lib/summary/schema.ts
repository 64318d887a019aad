import { z } from 'zod';
import { entityIds } from './entity-ids.ts';

/**
 * The shape of a bundled article summary. Validated at build time (see
 * `scripts/check-summary.ts`) and in unit tests; exported as JSON Schema to
 * `docs/summary.schema.json` so the format is documented outside the code.
 */

export { entityIds };
export const EntityId = z.enum(entityIds);
export type EntityId = z.infer<typeof EntityId>;

/** 1-based index into `article.paragraphs`. */
export const ParagraphNumber = z.number().int().min(1);

/** Text that is not blank once trimmed (zod trims it). */
export const NonEmpty = z.string().trim().min(1);

export const NameForm = z.strictObject({
  /** A name as written, possibly several words ("Donetsk People's Republic"); matched case-insensitively as whole words. Spaces match any run of whitespace, apostrophes match ' and ’. */
  form: NonEmpty,
  /** Inflection endings that may follow the form inside the same word (Cyrillic case endings). */
  endings: z.array(z.string().min(1)).default([]),
});
export type NameForm = z.infer<typeof NameForm>;

/** A word or phrase around a name: written out, or as a form with its endings. */
export const ContextWord = z.union([NonEmpty, NameForm]);
export type ContextWord = z.infer<typeof ContextWord>;

export const Matching = z.strictObject({
  /** Names that count on their own. */
  names: z.array(NameForm).min(1),
  /** Words directly before a name that belong to the same mention ("Steve", "Mr.", "Yury Viktorovich"). Longest form wins. */
  prefixes: z.array(NameForm).default([]),
  /** Words directly after a name that belong to the same mention ("Oblast", "People's Republic"). */
  suffixes: z.array(NameForm).default([]),
  /**
   * Words right before a name that make it another bearer's or a named thing's: other given names
   * (with their case endings), titles ("Admiral", "проф."), streets, orders, clubs ("ул.", "Order of", "Shakhtar").
   */
  excludedPrefixes: z.array(ContextWord).default([]),
  /** Words right after a name that make it a named thing ("Street", "dictionary", "угольном"); a possessive may stand between. */
  excludedSuffixes: z.array(ContextWord).default([]),
  /** Acronyms, matched in capitals only and only on a page that also names the entity in full. */
  acronyms: z.array(NonEmpty).default([]),
  /**
   * The names are a surname other people bear too (spec "Other bearers"): initials other than
   * `ownInitials` or a patronymic right before it mean another person, and a bare surname counts only
   * on a page that names the entity in full or names no other bearer.
   */
  isSurname: z.boolean().default(false),
  /** The entity's own initials ("Y.", "Ю. В."): they count, as part of the mention. */
  ownInitials: z.array(NonEmpty).default([]),
  /** The entity's own titles right before a bare surname ("Kremlin aide", "спецпосланник"): that names the entity in full. */
  ownTitles: z.array(ContextWord).default([]),
  /** How patronymics end, per language ("ovich", "ович"): any patronymic right before the surname is another bearer's (the entity's own are prefixes). */
  patronymicEndings: z.array(NonEmpty).default([]),
});
export type Matching = z.infer<typeof Matching>;

export const Fact = z.strictObject({
  statement: NonEmpty,
  /** Who claims it, as the article puts it; "the article" when it is unattributed. */
  attribution: NonEmpty,
  paragraph: ParagraphNumber,
  /** Verbatim words from the cited paragraph, curly quotes included. */
  quote: NonEmpty.optional(),
  /** The article itself hedges this ("reportedly", "according to"). */
  isHedged: z.boolean().default(false),
});
export type Fact = z.infer<typeof Fact>;

export const Caveat = z.strictObject({
  kind: z.enum(['inconsistency', 'spelling', 'hedged', 'missing-metadata', 'sourcing']),
  text: NonEmpty,
  paragraph: ParagraphNumber.optional(),
  /** What the caveat qualifies: the entity's role, or one of its facts (1-based). The card shows its flag there. */
  about: z.union([z.literal('role'), z.number().int().min(1)]).optional(),
  /** A few words the card shows beside what the caveat qualifies ("title as printed — inconsistent"). */
  flag: NonEmpty.max(60).optional(),
});
export type Caveat = z.infer<typeof Caveat>;

/**
 * An entity whose ids (its own and those in `related`) follow `id`: the bundled
 * summary's fixed {@link EntityId}s, or a pack's free slugs (lib/pack/schema.ts).
 */
export function entitySchema<Id extends z.ZodType<string>>(id: Id) {
  return z.strictObject({
    id,
    name: NonEmpty,
    kind: z.enum(['person', 'place']),
    /** Who or what this is, in the article's own words (as printed, not corrected). */
    role: z.strictObject({ text: NonEmpty, paragraph: ParagraphNumber }),
    matching: Matching,
    facts: z.array(Fact).min(1),
    related: z.array(id).default([]),
    caveats: z.array(Caveat).default([]),
  });
}

export const Entity = entitySchema(EntityId);
export type Entity = z.infer<typeof Entity>;
/**
 * What a card shows of one pack's notes on an entity: its role, facts, caveats and related
 * entities (as entity keys, lib/entity-key.ts). Not how pages recognise it (they get a
 * compiled matcher), nor its key, name and kind, which the card takes from the subject.
 */
export type CardEntity = Pick<Entity, 'role' | 'facts' | 'caveats'> & { related: string[] };

/** One of the article's main points, citing the paragraphs it sums up. */
export const KeyPoint = z.strictObject({ text: NonEmpty, paragraphs: z.array(ParagraphNumber).min(1) });
export type KeyPoint = z.infer<typeof KeyPoint>;

export const Article = z.strictObject({
  title: NonEmpty,
  /** The source has no title; ours is derived and must say so. */
  isTitleDerived: z.boolean(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  /** The full text, one entry per line of the source. */
  paragraphs: z.array(NonEmpty).min(1),
  keyPoints: z.array(KeyPoint).min(3).max(5),
  caveats: z.array(Caveat).default([]),
});
export type Article = z.infer<typeof Article>;

export const Summary = z.strictObject({
  article: Article,
  entities: z.array(Entity).length(entityIds.length),
});
export type Summary = z.infer<typeof Summary>;
/** What authors write: defaults may be left out. */
export type SummaryInput = z.input<typeof Summary>;
