import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { MentionStore } from '../../../lib/page/mention-store';
import type { PageMention } from '../../../lib/page/page-mention';
import { scanSubtree } from '../../../lib/page/scan-subtree';

/**
 * The real mention store over `roots` (the document's body by default; shadow roots are
 * scanned as roots of their own, as the tracker does), scanned and published: card and
 * hit tests then look mentions up by the store's own rules (its `at` includes the end).
 */
export function storeOf(...roots: Node[]): MentionStore {
  const store = new MentionStore();
  for (const root of roots.length > 0 ? roots : [document.body]) rescan(store, root);
  return store;
}

/** Rescans `root` into `store` and publishes, as the tracker does after a page change. */
export function rescan(store: MentionStore, root: Node): readonly PageMention[] {
  store.replaceWithin(root, scanSubtree(root, getDefaultMatcher()).mentions);
  store.dropDisconnected();
  return store.publish();
}

/** The store's mention whose text is `text` (throws when there is none, so a fixture page that no longer matches fails loudly). */
export function mentionNamed(store: MentionStore, text: string): PageMention {
  const mention = store.list().find((m) => m.text === text);
  if (!mention) throw new Error(`no mention "${text}" among ${JSON.stringify(store.list().map((m) => m.text))}`);
  return mention;
}
