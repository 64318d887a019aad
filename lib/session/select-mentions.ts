import type { EntityKey } from '../entity-key';
import type { PageMention } from '../page/page-mention';

/** The settings that decide which mentions count and which are marked. */
export interface MentionFilter {
  disabledEntities: readonly EntityKey[];
  markMode: 'all' | 'first';
}

/** What the page shows: mentions that count (badge, popup list) and those that are marked. */
export interface MentionSelection {
  counted: PageMention[];
  marked: PageMention[];
}

/** Applies per-entity switches and the "first mention only" mode to a page's mentions (in document order). */
export function selectMentions(all: readonly PageMention[], filter: MentionFilter): MentionSelection {
  const counted = all.filter((m) => !filter.disabledEntities.includes(m.entity));
  if (filter.markMode === 'all') return { counted, marked: counted };
  const seen = new Set<EntityKey>();
  const marked = counted.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
  return { counted, marked };
}
