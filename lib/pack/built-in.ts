import { data } from '../summary/data.ts';
import { articleHash } from './check-pack.ts';
import { BUILT_IN_PACK_ID } from '../entity-key.ts';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './schema.ts';

export { BUILT_IN_PACK_ID };

/**
 * The bundled summary (lib/summary/data.ts) as a pack, id `built-in`. The
 * mapping: the article's title, isTitleDerived, author, date, paragraphs, key
 * points and caveats carry over unchanged; `sourceUrl` is null (the article
 * came as text, lib/summary/article.txt); `sha256` is computed as for any pack,
 * over the paragraphs joined with "\n\n" (so it is not the hash of
 * article.txt, whose lines are joined with "\n"); the four entities carry over
 * unchanged, their fixed ids (`witkoff`, …) being valid slugs. A copy: changing
 * it does not change the bundled summary.
 */
export function builtInPack(): Pack {
  const { article, entities } = structuredClone(data);
  return {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    id: BUILT_IN_PACK_ID,
    article: {
      title: article.title,
      isTitleDerived: article.isTitleDerived,
      sourceUrl: null,
      author: article.author,
      date: article.date,
      sha256: articleHash(article.paragraphs),
      paragraphs: article.paragraphs,
      keyPoints: article.keyPoints,
      caveats: article.caveats,
    },
    entities,
  };
}
