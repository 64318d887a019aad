import type { Matcher } from '../match/mention';
import type { MentionIndex, PageMention } from './page-mention';
import { MentionStore } from './mention-store';
import { scanSubtree, slicedScan, type SubtreeScan } from './scan-subtree';
import { collectDirtyRoots } from './dirty-roots';
import { createIdleScheduler, type IdleSlice } from './idle-scheduler';

/** A slice with all the time it wants: the first pass does the whole page at once. */
const UNHURRIED: IdleSlice = { timeRemaining: () => Infinity };
// Keep a slice of each idle period for the page itself.
const MIN_SLICE_MS = 2;
const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  // Visibility flips that can show or hide text without touching it.
  attributeFilter: ['hidden', 'class', 'style', 'open'],
};

/** Options for {@link trackMentions}. */
export interface TrackOptions {
  root: Node;
  matcher: Matcher;
  signal: AbortSignal;
  /** Called after each batch of work that changed the mention list. */
  onChange(mentions: readonly PageMention[]): void;
}

/**
 * Keeps an up-to-date list of the page's mentions: one full scan in idle time,
 * then incremental rescans of what mutations touched, batched into idle slices.
 * Everything stops and disconnects when `signal` aborts.
 *
 * Test pages: tests/e2e/fixtures (dynamic.html, shadow.html), ../shared/corpus/pages.
 */
export function trackMentions({ root, matcher, signal, onChange }: TrackOptions): MentionIndex {
  const store = new MentionStore();
  const dirty = new Set<Node>([root]);
  const observed = new WeakSet<Node>();
  let records: MutationRecord[] = [];
  let hasRemovals = false;
  // True at start: the first pass publishes even an empty page (the badge and popup wait for it).
  let hasChanged = true;

  // A rescan under way across idle slices (a large subtree); other dirty roots wait for it,
  // so that none of them is overwritten by its older view of their text.
  let current: { root: Node; step: ReturnType<typeof slicedScan> } | undefined;

  const observer = new MutationObserver((batch) => {
    records.push(...batch);
    scheduler.schedule();
  });
  const observe = (node: Node) => {
    if (observed.has(node)) return;
    observed.add(node);
    observer.observe(node, OBSERVED);
  };
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  const apply = (node: Node, { mentions, shadowRoots }: SubtreeScan) => {
    // An append with no mention changes nothing: no publish, no repaint, no badge message.
    if (store.replaceWithin(node, mentions)) hasChanged = true;
    for (const shadow of shadowRoots) {
      observe(shadow);
      dirty.add(shadow);
    }
  };

  const work = (slice: IdleSlice): boolean => {
    if (records.length > 0) {
      // Taken before use: a batch that throws must not poison every later one.
      const batch = records;
      records = [];
      const found = collectDirtyRoots(batch);
      hasRemovals ||= found.hasRemovals;
      for (const node of found.roots) dirty.add(node);
    }
    const isOutOfTime = () => slice.timeRemaining() < MIN_SLICE_MS;
    // At least some work per slice, so a busy page cannot starve the scan.
    while (current || dirty.size > 0) {
      if (!current) {
        const node: Node = dirty.values().next().value!;
        dirty.delete(node);
        if (!node.isConnected) continue;
        // The first pass may take all the time it wants: one exact scan, the fastest there is.
        if (slice === UNHURRIED) {
          apply(node, scanSubtree(node, matcher));
          continue;
        }
        current = { root: node, step: slicedScan(node, matcher) };
      }
      if (!current.root.isConnected) {
        current = undefined;
        continue;
      }
      const scan = current.step(isOutOfTime);
      if (!scan) break;
      apply(current.root, scan);
      current = undefined;
      if (isOutOfTime()) break;
    }
    if (hasRemovals) {
      hasRemovals = false;
      if (store.dropDisconnected()) hasChanged = true;
    }
    if (!current && dirty.size === 0 && hasChanged) {
      hasChanged = false;
      onChange(store.publish());
    }
    return current !== undefined || dirty.size > 0;
  };

  const scheduler = createIdleScheduler(signal, work);
  observe(root);
  // The first pass runs as soon as the caller is set up, not at the next idle
  // period: the page is loaded already, and a background tab (or a busy one)
  // may see no idle period for seconds after the extension is switched on.
  queueMicrotask(() => {
    if (!signal.aborted && work(UNHURRIED)) scheduler.schedule();
  });
  return store;
}
