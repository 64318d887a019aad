/**
 * Times the tracker's real work without touching its code: wraps the page's
 * requestIdleCallback, queueMicrotask (its first pass) and MutationObserver so
 * every callback the tracker schedules is timed, and counts callbacks still queued.
 */

/** Busy time spent in timed callbacks, and whether any are still queued. */
export interface WorkMeter {
  /** Milliseconds spent in idle and mutation callbacks since install. */
  readonly busyMs: number;
  /** Idle callbacks and microtasks still to run. */
  readonly pending: number;
  /** Resolves once nothing is queued, checked across a few frames. */
  settle(): Promise<void>;
}

/** Installs the wrappers (once per page); code that schedules work afterwards is measured. */
export function installWorkMeter(): WorkMeter {
  let busyMs = 0;
  let pending = 0;
  const timed =
    <A extends unknown[]>(fn: (...args: A) => void) =>
    (...args: A) => {
      const start = performance.now();
      try {
        fn(...args);
      } finally {
        busyMs += performance.now() - start;
      }
    };

  const nativeRequest = window.requestIdleCallback.bind(window);
  const nativeCancel = window.cancelIdleCallback.bind(window);
  const live = new Set<number>();
  window.requestIdleCallback = (callback, options) => {
    pending++;
    const id = nativeRequest((deadline) => {
      live.delete(id);
      pending--;
      timed(callback)(deadline);
    }, options);
    live.add(id);
    return id;
  };
  window.cancelIdleCallback = (id) => {
    if (live.delete(id)) pending--;
    nativeCancel(id);
  };

  const nativeMicrotask = window.queueMicrotask.bind(window);
  window.queueMicrotask = (callback) => {
    pending++;
    nativeMicrotask(() => {
      pending--;
      timed(callback)();
    });
  };

  const NativeObserver = window.MutationObserver;
  window.MutationObserver = class extends NativeObserver {
    constructor(callback: MutationCallback) {
      super(timed(callback));
    }
  };

  return {
    get busyMs() {
      return busyMs;
    },
    get pending() {
      return pending;
    },
    async settle() {
      // Mutation callbacks run as microtasks and may queue idle work; idle work may queue more.
      for (let quiet = 0; quiet < 3;) {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        quiet = pending === 0 ? quiet + 1 : 0;
      }
    },
  };
}
