/** How long queued page work may wait before it runs anyway: keeps the badge within its one-second promise. */
const MAX_WAIT_MS = 250;
/**
 * Without requestIdleCallback, or when its timeout fired (no idle period came: a busy page, a
 * background tab), a slice gets what fits in a frame. A timed-out callback reports 0 ms left,
 * which would leave a busy page's scan a few hundred nodes per wait, minutes for a large page.
 */
const FALLBACK_SLICE_MS = 8;

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

  const run = (slice: IdleSlice) => {
    pending = undefined;
    if (!signal.aborted && work(slice)) schedule();
  };

  function schedule(): void {
    if (pending || signal.aborted) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => run(deadline.didTimeout ? frameSlice() : deadline), { timeout: MAX_WAIT_MS });
      pending = { cancel: () => cancelIdleCallback(id) };
    } else {
      const id = setTimeout(() => run(frameSlice()), 16);
      pending = { cancel: () => clearTimeout(id) };
    }
  }

  return { schedule };
}

function frameSlice(): IdleSlice {
  const startedAt = performance.now();
  return { timeRemaining: () => Math.max(0, FALLBACK_SLICE_MS - (performance.now() - startedAt)) };
}
