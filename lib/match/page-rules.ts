import type { EntityKey } from '../entity-key';
import type { MentionKind } from './mention';

/**
 * The page-level rules of the spec, applied to all of a page's finds (not to
 * one text run): sightings of other bearers never count and, on a page that
 * has one and never names the entity in full, neither do its bare surnames;
 * an acronym counts only where the page also names its entity (DPR beside
 * Donetsk). Generic so page-level mention types keep their extra fields.
 */
export function applyPageRules<M extends { readonly entity: EntityKey; readonly kind: MentionKind }>(finds: readonly M[]): M[] {
  const named = new Set<EntityKey>();
  const otherBearers = new Set<EntityKey>();
  for (const find of finds) {
    if (find.kind === 'name') named.add(find.entity);
    else if (find.kind === 'other') otherBearers.add(find.entity);
  }
  const countsAsName = (find: M) =>
    find.kind === 'name' || (find.kind === 'surname' && (named.has(find.entity) || !otherBearers.has(find.entity)));
  const supported = new Set<EntityKey>();
  for (const find of finds) if (countsAsName(find)) supported.add(find.entity);
  return finds.filter((find) => countsAsName(find) || (find.kind === 'acronym' && supported.has(find.entity)));
}
