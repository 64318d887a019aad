import { entityIds, type EntityId } from '../summary/entity-ids';

const PARAGRAPH_HASH = /^#p[1-9]\d*$/;

/**
 * The entity to mark for a URL hash: `#witkoff` marks Steve Witkoff, a
 * paragraph anchor (`#p3`, from a key point) keeps the current marking,
 * anything else clears it.
 */
export function entityFromHash(hash: string, current: EntityId | undefined): EntityId | undefined {
  // Following a key point's link is reading on, not asking to drop the marking.
  if (PARAGRAPH_HASH.test(hash)) return current;
  const id = decodeURIComponent(hash.slice(1));
  return (entityIds as readonly string[]).includes(id) ? (id as EntityId) : undefined;
}

/** The paragraph a hash such as `#p3` points at, or undefined for any other hash. */
export function paragraphFromHash(hash: string): number | undefined {
  return PARAGRAPH_HASH.test(hash) ? Number(hash.slice(2)) : undefined;
}
