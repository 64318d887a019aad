/** How long queued page work may wait before it runs anyway: keeps the badge within its one-second promise. */
const MAX_WAIT_MS = 250;
/**
 * Without requestIdleCallback, or when its timeout fired (no idle period came: a busy page, a
 * background tab), a slice gets what fits in a frame. A timed-out callback reports 0 ms left,
 * which would leave a busy page's scan a few hundred nodes per wait, minutes for a large page.
 */
const FALLBACK_SLICE_MS = 8;

/**
 * After a slice that worked this long, the next one waits {@link PAUSE_MS} first. Browsers run
 * idle callbacks back to back while an idle period lasts (up to 50 ms): slices of ours would
 * otherwise follow each other with nothing between them, a long task in all but name (issue 14's
 * Firefox profiles of a page with 10,000 mentions showed three slices in a row, 47 ms of CPU).
 */
const LONG_SLICE_MS = 10;
/** The main thread left to the page (its tasks, a frame) between two long slices. */
const PAUSE_MS = 4;

/** A slice of idle time: work checks `timeRemaining()` and yields when it runs low. */
export interface IdleSlice {
  timeRemaining(): number;
}

/**
 * Runs `work` in idle time, again and again while it reports more to do.
 * Nothing runs after `signal` aborts.
 */
export function createIdleScheduler(signal: AbortSignal, work: (slice: IdleSlice) => boolean) {
  let pending: { cancel(): void } | undefined;
  signal.addEventListener('abort', () => pending?.cancel());

  /** Runs `then` after `ms` on a timer, which stands as the pending request meanwhile. */
  const after = (ms: number, then: () => void) => {
    const id = setTimeout(() => {
      pending = undefined;
      then();
    }, ms);
    pending = { cancel: () => clearTimeout(id) };
  };

  const run = (slice: IdleSlice) => {
    pending = undefined;
    if (signal.aborted) return;
    const startedAt = performance.now();
    if (!work(slice)) return;
    if (performance.now() - startedAt < LONG_SLICE_MS) schedule();
    else after(PAUSE_MS, schedule);
  };

  /** Asks for a slice of idle time; given `now`, runs that slice at once instead (a first pass that should not wait). */
  function schedule(now?: IdleSlice): void {
    if (now) {
      pending?.cancel();
      return run(now);
    }
    if (pending || signal.aborted) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => run(deadline.didTimeout ? frameSlice() : deadline), { timeout: MAX_WAIT_MS });
      pending = { cancel: () => cancelIdleCallback(id) };
    } else {
      after(16, () => run(frameSlice()));
    }
  }

  return { schedule };
}

function frameSlice(): IdleSlice {
  const startedAt = performance.now();
  return { timeRemaining: () => Math.max(0, FALLBACK_SLICE_MS - (performance.now() - startedAt)) };
}
