import type { CardEntity } from '../summary/schema';
import { compileRegexes, type CompiledMatcher, type MatchingInput } from '../match/compile-matcher.ts';
import { encodeValue, type Encoded } from '../match/serialized-value.ts';
import { entityKey, type EntityKey } from '../entity-key.ts';
import type { Pack, PackEntity } from './schema.ts';

/** Where a card's notes come from: enough for its heading and its honest source line. */
export interface NotesSource {
  packId: string;
  title: string;
  isTitleDerived: boolean;
  author: string | null;
  date: string | null;
}

/** What one pack's article says about an entity; `related` holds entity keys. */
export interface EntityNotes {
  source: NotesSource;
  entity: CardEntity;
}

/**
 * One person or place as pages see it: the notes of every enabled pack that
 * names it (two packs on the same person give one subject with two sets of
 * notes, shown under their articles' headings), first pack first.
 */
export interface Subject {
  key: EntityKey;
  name: string;
  kind: 'person' | 'place';
  notes: EntityNotes[];
}

/**
 * The enabled packs made ready for pages: the matcher's regexes as
 * `compileRegexes` gives them, encoded (the gate apart, so a page whose text
 * never passes it never builds the rest), and the cards' subjects. The
 * built-in pack alone is compiled like this at build time
 * (scripts/build-time-modules.ts); any other choice of packs by the
 * background, once per change of packs, into `storage.local`.
 */
export interface CompiledNotes {
  /** `{ gate, hasWordCores }`, encoded; null when no entity is enabled (nothing to find). */
  gate: Encoded;
  /** The rest of the compiled matcher, encoded; null when no entity is enabled. */
  matcher: Encoded;
  subjects: Subject[];
}

/** A name as two packs may write it: letter case, accents and spacing aside. */
export function sameNameKey(kind: string, name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  return `${kind}:${folded}`;
}

/** One entity's matching data with another's added: two authors' forms of the same name. */
function mergeMatching(a: MatchingInput, b: MatchingInput): MatchingInput {
  const join = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined): T[] => {
    const seen = new Set<string>();
    return [...(x ?? []), ...(y ?? [])].filter((item) => {
      const id = JSON.stringify(item);
      return !seen.has(id) && seen.add(id);
    });
  };
  return {
    names: join(a.names, b.names),
    prefixes: join(a.prefixes, b.prefixes),
    suffixes: join(a.suffixes, b.suffixes),
    excludedPrefixes: join(a.excludedPrefixes, b.excludedPrefixes),
    excludedSuffixes: join(a.excludedSuffixes, b.excludedSuffixes),
    acronyms: join(a.acronyms, b.acronyms),
    isSurname: Boolean(a.isSurname || b.isSurname),
    ownInitials: join(a.ownInitials, b.ownInitials),
    ownTitles: join(a.ownTitles, b.ownTitles),
    patronymicEndings: join(a.patronymicEndings, b.patronymicEndings),
  };
}

/**
 * Compiles the packs, in order (the built-in one first when enabled), into
 * one matcher and the cards' subjects. Entities of different packs with the
 * same kind and name (letter case and accents aside) become one subject,
 * under the key of the first: its matching data is both packs' joined, its
 * card shows each pack's notes. Packs must be checked already (`checkPack`).
 */
export function compilePacks(packs: readonly Pack[]): CompiledNotes {
  const subjects: Subject[] = [];
  const byName = new Map<string, Subject>();
  const matching = new Map<EntityKey, MatchingInput>();

  for (const pack of packs) {
    // Within a pack, ids map to the subjects they joined (a related id may name a merged one).
    const subjectOf = new Map<string, Subject>();
    for (const entity of pack.entities) {
      const sameName = sameNameKey(entity.kind, entity.name);
      let subject = byName.get(sameName);
      if (subject) {
        matching.set(subject.key, mergeMatching(matching.get(subject.key)!, entity.matching));
      } else {
        subject = { key: entityKey(pack.id, entity.id), name: entity.name, kind: entity.kind, notes: [] };
        matching.set(subject.key, entity.matching);
        subjects.push(subject);
        byName.set(sameName, subject);
      }
      subjectOf.set(entity.id, subject);
    }
    const source: NotesSource = {
      packId: pack.id,
      title: pack.article.title,
      isTitleDerived: pack.article.isTitleDerived,
      author: pack.article.author,
      date: pack.article.date,
    };
    // Every related id is the pack's own (checkPack), so each has a subject.
    const keyOf = (id: string) => subjectOf.get(id)!.key;
    for (const entity of pack.entities) {
      const subject = subjectOf.get(entity.id)!;
      subject.notes.push({ source, entity: cardEntity(entity, subject.key, keyOf) });
    }
  }

  if (subjects.length === 0) return { gate: null, matcher: null, subjects };
  const { gate, hasWordCores, ...rest } = compileRegexes(Object.fromEntries(matching)) satisfies CompiledMatcher;
  return { gate: encodeValue({ gate, hasWordCores }), matcher: encodeValue(rest), subjects };
}

function cardEntity({ role, facts, caveats, related }: PackEntity, key: EntityKey, keyOf: (id: string) => EntityKey): CardEntity {
  const keys = [...new Set(related.map(keyOf))].filter((other) => other !== key);
  return { role, facts, caveats, related: keys };
}
