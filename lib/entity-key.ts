// Zod-free and apart from lib/pack, so the content script and the card can name entities across packs.

/** The id of the pack made from the bundled summary. */
export const BUILT_IN_PACK_ID = 'built-in';

/**
 * An entity as pages, cards, settings and messages name it, across packs: the
 * built-in pack's entities keep their bare ids (`witkoff`, contract item 2),
 * every other pack's are `<pack id>/<entity id>` (`harbour-ferry/mayor-okafor`).
 * Slugs hold no `/`, so a key names one entity of one pack.
 */
export type EntityKey = string;

/** A slug (lib/pack/schema.ts SLUG_PATTERN), or two joined by a slash. */
const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
/** Two slugs of at most 64 characters and the slash between them. */
const MAX_KEY_LENGTH = 129;

/** The key of entity `entityId` of pack `packId`. */
export function entityKey(packId: string, entityId: string): EntityKey {
  return packId === BUILT_IN_PACK_ID ? entityId : `${packId}/${entityId}`;
}

/** Whether `value` has the form of an {@link EntityKey} (not whether any pack has it). */
export function isEntityKey(value: unknown): value is EntityKey {
  return typeof value === 'string' && value.length <= MAX_KEY_LENGTH && KEY_PATTERN.test(value);
}

/** Whether `key` names an entity of the built-in pack (a bare id; other packs' keys hold a slash). */
export function isBuiltInKey(key: EntityKey): boolean {
  return !key.includes('/');
}
