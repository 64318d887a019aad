import type { Article } from '../summary/schema';

/** What the card footer needs to know about the source. */
export type SourceFacts = Pick<Article, 'title' | 'isTitleDerived' | 'author' | 'date'>;

/**
 * One honest line about where a card's content comes from: a single bundled
 * article, with whatever it lacks (title, author, date) said out loud.
 */
export function sourceNote(article: SourceFacts): string {
  const title = article.isTitleDerived ? 'untitled' : `“${article.title}”`;
  const byline = [article.author ? `by ${article.author}` : '', article.date ?? ''].filter(Boolean);
  const missing = [article.author ? '' : 'author', article.date ? '' : 'date'].filter(Boolean);
  const known = [`From one bundled article, ${title}`, ...byline].join(', ');
  return missing.length > 0 ? `${known}; no ${missing.join(' or ')} given.` : `${known}.`;
}
