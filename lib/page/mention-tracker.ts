import type { Matcher } from '../match/mention';
import type { MentionIndex, PageMention } from './page-mention';
import { MentionStore } from './mention-store';
import { scanSubtree, slicedScan, type SubtreeScan } from './scan-subtree';
import { collectDirtyRoots } from './dirty-roots';
import { createIdleScheduler, type IdleSlice } from './idle-scheduler';

/**
 * The most any one task of ours may work, the first pass included: well under the 50 ms of a
 * long task (issue 14), with room for the last few hundred nodes walked after the clock says
 * stop, and enough for a whole ordinary page, so its badge comes at once. A 200,000-node page
 * took 260 ms of CPU in one task when the first pass had no limit, and 45 ms in an idle slice
 * given a 50 ms idle period. 20, not 30: Firefox may start the next idle period at once, or
 * run the painter's frame slice (lib/paint/painter.ts) right after ours, so two slices can run
 * back to back with nothing of the page's between them, and together they still stay under 50 ms.
 */
const MAX_TASK_MS = 20;
/** A slice with all the time a task may take: the first pass, which runs at once. */
const AT_ONCE: IdleSlice = { timeRemaining: () => Infinity };
/** Up to this many new mentions, publishing costs a few ms and never waits for another slice. */
const PUBLISH_AT_ONCE_MAX = 500;
// Keep a slice of each idle period for the page itself.
const MIN_SLICE_MS = 2;
// What a click or hover may spend bringing other pending work up to date (the block under it is always done).
const SYNC_BUDGET_MS = 4;
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

/** The tracker's index, and a way to bring it up to date at once. */
export interface MentionTracker extends MentionIndex {
  /**
   * Takes the observer's pending records and rescans at once what they touched
   * around `node` (the text under a pointer), then what else fits a short
   * budget, and publishes if the list changed: a click on text the page has
   * just re-rendered finds its mention, instead of waiting for idle time.
   */
  syncAt(node?: Node): void;
}

/**
 * Keeps an up-to-date list of the page's mentions: one full scan in idle time,
 * then incremental rescans of what mutations touched, batched into idle slices.
 * Everything stops and disconnects when `signal` aborts.
 *
 * Test pages: tests/e2e/fixtures (dynamic.html, shadow.html), ../shared/corpus/pages.
 */
export function trackMentions({ root, matcher, signal, onChange }: TrackOptions): MentionTracker {
  const store = new MentionStore();
  const dirty = new Set<Node>([root]);
  let records: MutationRecord[] = [];
  let hasRemovals = false;
  // True at start: the first pass publishes even an empty page (the badge and popup wait for it).
  let hasChanged = true;
  // A publish too large to add to a slice that scanned, waiting for the next slice.
  let isPublishHeld = false;

  // A rescan under way across idle slices (a large subtree); other dirty roots wait for it,
  // so that none of them is overwritten by its older view of their text.
  let current: { root: Node; step: ReturnType<typeof slicedScan> } | undefined;

  const observer = new MutationObserver((batch) => {
    records.push(...batch);
    scheduler.schedule();
  });
  // Observing a node again only sets the same options again: no record comes twice.
  const observe = (node: Node) => observer.observe(node, OBSERVED);
  // An AbortSignal aborts once: its listener needs no `once`.
  signal.addEventListener('abort', () => observer.disconnect());

  const apply = (node: Node, { mentions, shadowRoots }: SubtreeScan) => {
    // An append with no mention changes nothing: no publish, no repaint, no badge message.
    if (store.replaceWithin(node, mentions)) hasChanged = true;
    for (const shadow of shadowRoots) {
      observe(shadow);
      dirty.add(shadow);
    }
  };

  const absorb = () => {
    // Taken before use: a batch that throws must not poison every later one.
    const batch = records;
    records = [];
    const found = collectDirtyRoots(batch);
    hasRemovals ||= found.hasRemovals;
    for (const node of found.roots) dirty.add(node);
  };

  const publish = () => {
    hasChanged = false;
    onChange(store.publish());
  };

  const work = (slice: IdleSlice): boolean => {
    absorb();
    // A large publish held back by the last slice goes first, in a slice of its own: a page
    // that keeps changing, and so gives every slice something to scan, cannot hold it back for good.
    if (isPublishHeld) {
      isPublishHeld = false;
      if (hasChanged) publish();
      // No rescan was under way (a publish waits for the last one), but changes may have come since.
      return dirty.size > 0;
    }
    const startedAt = performance.now();
    const until = startedAt + MAX_TASK_MS;
    const isOutOfTime = () => slice.timeRemaining() < MIN_SLICE_MS || performance.now() > until;
    // At least some work per slice, so a busy page cannot starve the scan.
    let hasScanned = false;
    while (current || dirty.size > 0) {
      if (!current) {
        const node: Node = dirty.values().next().value!;
        dirty.delete(node);
        current = { root: node, step: slicedScan(node, matcher) };
      }
      // Removed before its scan, or during it.
      if (!current.root.isConnected) {
        current = undefined;
        continue;
      }
      const scan = current.step(isOutOfTime, hasScanned ? startedAt : undefined);
      hasScanned = true;
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
      // Publishing orders, filters and paints the new mentions: for thousands (10,000 mentions,
      // issue 14: ~30 ms in Firefox) that is a slice's work by itself, so a slice that scanned
      // leaves it to the next. A few are published at once, even out of time: a busy or
      // background tab may wait long for its next slice.
      if (hasScanned && store.pendingCount > PUBLISH_AT_ONCE_MAX) {
        isPublishHeld = true;
        return true;
      }
      publish();
    }
    return current !== undefined || dirty.size > 0;
  };

  const syncAt = (node?: Node): void => {
    if (signal.aborted) return;
    records.push(...observer.takeRecords());
    absorb();
    if (node) {
      for (const dirtyRoot of dirty) {
        if (!dirtyRoot.contains(node)) continue;
        // Inside a rescan under way, it is done again after that one (which may hold older text).
        if (!current?.root.contains(dirtyRoot)) dirty.delete(dirtyRoot);
        apply(dirtyRoot, scanSubtree(dirtyRoot, matcher));
      }
    }
    const until = performance.now() + SYNC_BUDGET_MS;
    if (work({ timeRemaining: () => until - performance.now() })) scheduler.schedule();
    // The text under the pointer is current even if other work waits.
    if (hasChanged) publish();
  };

  const scheduler = createIdleScheduler(signal, work);
  observe(root);
  // The first pass runs as soon as the caller is set up, not at the next idle
  // period: the page is loaded already, and a background tab (or a busy one)
  // may see no idle period for seconds after the extension is switched on.
  queueMicrotask(() => scheduler.schedule(AT_ONCE));
  return { list: () => store.list(), at: (node, offset) => store.at(node, offset), syncAt };
}
