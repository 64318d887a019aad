import { BUILT_IN_PACK_ID } from '../entity-key';
import type { NotesSource } from '../pack/compile-packs';

/** What the card footer needs to know about the source. */
export type SourceFacts = Pick<NotesSource, 'title' | 'isTitleDerived' | 'author' | 'date'> & { packId?: string };

/**
 * One honest line about where a card's content comes from: the bundled
 * article or one the reader imported (a pack), with whatever it lacks (title,
 * author, date) said out loud.
 */
export function sourceNote(article: SourceFacts): string {
  const title = article.isTitleDerived ? 'untitled' : `“${article.title}”`;
  const byline = [article.author ? `by ${article.author}` : '', article.date ?? ''].filter(Boolean);
  const missing = [article.author ? '' : 'author', article.date ? '' : 'date'].filter(Boolean);
  const origin = (article.packId ?? BUILT_IN_PACK_ID) === BUILT_IN_PACK_ID ? 'From one bundled article' : 'From an imported article';
  const known = [`${origin}, ${title}`, ...byline].join(', ');
  return missing.length > 0 ? `${known}; no ${missing.join(' or ')} given.` : `${known}.`;
}
