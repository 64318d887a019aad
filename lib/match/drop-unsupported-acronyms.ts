import type { EntityId } from '../summary/schema';
import type { Mention } from './mention';

/**
 * Keeps an acronym mention only if the same list names its entity in full
 * (spec: DPR counts only on a page that also names Donetsk). Pass all
 * mentions of a page, not of one text run. Generic so page-level mention
 * types with extra fields keep their type.
 */
export function dropUnsupportedAcronyms<M extends Pick<Mention, 'entity' | 'isAcronym'>>(mentions: readonly M[]): M[] {
  const named = new Set<EntityId>();
  for (const mention of mentions) if (!mention.isAcronym) named.add(mention.entity);
  return mentions.filter((mention) => !mention.isAcronym || named.has(mention.entity));
}
