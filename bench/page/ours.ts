/**
 * "Ours": the extension's initial pass, made of the real modules the tracker
 * runs (scanSubtree per root and shadow root, MentionStore, the painter),
 * called synchronously so a run can be timed to the microsecond and repeated.
 * The painter is made once per page, as a session does; tracked.ts times the
 * real trackMentions, setup included, as a cross-check.
 */
import type { Matcher } from '../../lib/match/mention';
import { MentionStore } from '../../lib/page/mention-store';
import { scanSubtree } from '../../lib/page/scan-subtree';
import type { Painter } from '../../lib/paint/painter';

/** One initial pass over `root` that paints into CSS.highlights; returns how many mentions it painted. */
export function oursPass(root: Node, matcher: Matcher, painter: Painter): number {
  const store = new MentionStore();
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const { mentions, shadowRoots } = scanSubtree(node, matcher);
    store.replaceWithin(node, mentions);
    pending.push(...shadowRoots);
  }
  const list = store.publish();
  painter.paint(list);
  return list.length;
}
