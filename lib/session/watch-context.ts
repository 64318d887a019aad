/** What {@link watchContext} needs of WXT's content-script context. */
export interface WatchedContext {
  readonly signal: AbortSignal;
  /** Reading it aborts `signal` once the extension's context is gone. */
  readonly isInvalid: boolean;
}

/** How often an orphaned instance looks whether its extension is still there. */
export const CONTEXT_CHECK_MS = 1000;

/**
 * After an extension reload, update or disable, Chromium keeps an orphaned
 * content script running with no event to tell it: its highlights and host
 * would stay on the page. While something of ours is on the page, look once
 * a second (a property read) and let the context abort when it is gone. A page
 * without mentions gets no timer.
 */
export function watchContext(ctx: WatchedContext): { watchWhile(isNeeded: boolean): void } {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
  };
  ctx.signal.addEventListener('abort', stop, { once: true });
  return {
    watchWhile(isNeeded) {
      if (!isNeeded || ctx.signal.aborted) return stop();
      timer ??= setInterval(() => {
        if (ctx.isInvalid) stop();
      }, CONTEXT_CHECK_MS);
    },
  };
}
