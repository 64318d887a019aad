import { z } from 'zod';
import { Caveat, entitySchema, KeyPoint, NonEmpty } from '../summary/schema.ts';

/**
 * A summary pack, format version 1: notes on one article in one JSON file,
 * exported as JSON Schema to `docs/pack.schema.json` (`npm run schema`). It
 * reuses the bundled summary's pieces (lib/summary/schema.ts: facts, caveats,
 * matching data, key points) with two differences: entity ids are free slugs,
 * unique within the pack, and the article carries the SHA-256 of its text
 * (see {@link articleText}) and an optional source URL. What the schema cannot
 * say (quotes verbatim, cited paragraphs naming the entity, …) is checked by
 * `checkPack` (lib/pack/check-pack.ts).
 */

export const PACK_FORMAT = 'fact-notes-pack';
export const PACK_VERSION = 1;
/** The `$id` of docs/pack.schema.json: names the format and its version (a URN, since the schema is published in the repository, not at a URL). */
export const PACK_SCHEMA_ID = 'urn:fact-notes:pack-schema:v1';

/** Lower-case letters and digits in words joined by single hyphens: `harbour-ferry`, `mayor-okafor`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

/** A pack's or an entity's id. */
export const Slug = z.string().regex(SLUG_PATTERN).max(64);

/** An entity id inside a pack: a slug, unique within the pack (grounding check `duplicate-id`). */
export const PackEntityId = Slug;

export const PackEntity = entitySchema(PackEntityId);
export type PackEntity = z.infer<typeof PackEntity>;

/**
 * The text a pack's hash covers: its paragraphs joined with a blank line
 * ("\n\n"), no trailing newline. This is the form `npm run pack:new` reads
 * (paragraphs separated by blank lines), so a clean source file hashes the same.
 */
export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n\n');
}

export const PackArticle = z.strictObject({
  title: NonEmpty,
  /** The source has no title (or not this one); ours is derived and must say so. */
  isTitleDerived: z.boolean(),
  /** Where the article was published, if anywhere (http or https). */
  sourceUrl: z
    .url({ protocol: /^https?$/ })
    .nullable()
    .default(null),
  author: z.string().nullable(),
  date: z.string().nullable(),
  /** SHA-256 of `articleText(paragraphs)` as UTF-8, 64 lower-case hex digits: which text the notes were written against. */
  sha256: z.string().regex(SHA256_PATTERN),
  /** The article's text, one entry per paragraph; facts cite them by 1-based number. */
  paragraphs: z.array(NonEmpty).min(1),
  /** Up to five main points of the article (the bundled summary has 3–5; a pack may have none). */
  keyPoints: z.array(KeyPoint).max(5).default([]),
  caveats: z.array(Caveat).default([]),
});
export type PackArticle = z.infer<typeof PackArticle>;

export const Pack = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  /** The pack's id, a slug; the bundled summary's pack is `built-in`. */
  id: Slug,
  article: PackArticle,
  /** The people and places the pack has notes on; a pack without any fails the check (`no-entities`). */
  entities: z.array(PackEntity),
});
/** A checked pack, defaults filled. */
export type Pack = z.infer<typeof Pack>;
/** What pack authors write: defaulted fields may be left out. */
export type PackInput = z.input<typeof Pack>;
