/**
 * Pointer intent for entity cards: when a card should open, stay and close.
 * Pure state and timers, no DOM: the controller feeds it hit-test results.
 * Hover opens after a dwell and closes after a grace period; a press pins.
 */

/** How cards open: on hover and click, or on click (tap) only. */
export type OpenOn = 'hover-and-click' | 'click';

/** Why the open card changed. `api` is a direct `show`/`hide` call. */
export type IntentCause = 'dwell' | 'press' | 'grace' | 'outside' | 'escape' | 'api' | 'leave';

/** What lies under the pointer: a target (a mention), the open card, or nothing of ours. */
export type Over<T> = T | 'card' | undefined;

export interface HoverIntentOptions<T> {
  /** Called whenever the open target or its pinned state changes, and on every press of a target. */
  onChange(current: T | undefined, pinned: boolean, cause: IntentCause): void;
  /** Read on every event so a settings change applies at once. */
  getOpenOn(): OpenOn;
  /** Rest this long on a target before it opens. */
  dwellMs?: number;
  /** Time allowed to travel from the target into the card (or back) before an unpinned card closes. */
  graceMs?: number;
  /** Above this pointer speed (px/ms) the pointer is sweeping, not resting: the dwell restarts. */
  sweepSpeed?: number;
}

export interface HoverIntent<T> {
  /** The pointer is over `over` at viewport point (x, y) at `time` ms (event.timeStamp). */
  move(over: Over<T>, x: number, y: number, time: number): void;
  /** A click or tap on `on`: a target opens pinned, the card pins, anything else closes. */
  press(on: Over<T>): void;
  /** Escape: closes the card; returns whether one was open. */
  escape(): boolean;
  /**
   * The page was hidden (navigated away from, perhaps into the back/forward cache): the pointer
   * left with it. A pending dwell is dropped and a card not pinned closes, so neither is
   * waiting when the page is shown again; a pinned card stays as the reader left it.
   */
  leave(): void;
  /** Opens `target` now, pinned or not. */
  show(target: T, pinned: boolean): void;
  /** Closes the card now. */
  hide(): void;
  /** The open target was replaced by its equal (the page re-rendered it): follow it without a change. */
  retarget(target: T): void;
  readonly current: T | undefined;
  readonly pinned: boolean;
  /** Clears the timers; the machine ignores everything afterwards. */
  dispose(): void;
}

interface Sample {
  x: number;
  y: number;
  time: number;
}

/** Creates the hover-intent state machine. */
export function createHoverIntent<T extends object>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { onChange, getOpenOn, dwellMs = 150, graceMs = 300, sweepSpeed = 0.6 } = options;
  let current: T | undefined;
  let pinned = false;
  let candidate: T | undefined;
  let dwellTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let last: Sample | undefined;
  let isDisposed = false;

  const set = (next: T | undefined, nextPinned: boolean, cause: IntentCause, isForced = false): void => {
    if (isDisposed) return;
    stopGrace();
    const changed = next !== current || nextPinned !== pinned;
    current = next;
    pinned = next !== undefined && nextPinned;
    if (changed || isForced) onChange(current, pinned, cause);
  };
  const stopDwell = (): void => {
    clearTimeout(dwellTimer);
    dwellTimer = undefined;
    candidate = undefined;
  };
  const stopGrace = (): void => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = (): void => {
    if (current === undefined || pinned || graceTimer !== undefined) return;
    graceTimer = setTimeout(() => set(undefined, false, 'grace'), graceMs);
  };
  const startDwell = (target: T): void => {
    clearTimeout(dwellTimer);
    candidate = target;
    dwellTimer = setTimeout(() => {
      dwellTimer = undefined;
      candidate = undefined;
      set(target, false, 'dwell');
    }, dwellMs);
  };
  const speedTo = (sample: Sample): number => {
    const prev = last;
    last = sample;
    if (!prev) return 0;
    const distance = Math.hypot(sample.x - prev.x, sample.y - prev.y);
    return distance / Math.max(sample.time - prev.time, 1);
  };

  return {
    move(over, x, y, time) {
      const speed = speedTo({ x, y, time });
      if (isDisposed || getOpenOn() === 'click') return;
      if (over === 'card' || (over !== undefined && over === current)) {
        stopDwell();
        stopGrace();
        return;
      }
      if (over === undefined) {
        stopDwell();
        startGrace();
        return;
      }
      // A pinned card was chosen on purpose: passing over other mentions must not replace it.
      if (pinned) return;
      startGrace();
      if (over !== candidate || speed > sweepSpeed) startDwell(over);
    },
    press(on) {
      if (isDisposed) return;
      stopDwell();
      if (on === 'card') {
        if (current !== undefined) set(current, true, 'press');
      } else if (on !== undefined) {
        // Reported even when already open and pinned: a press on a mention can mean "show me this one again".
        set(on, true, 'press', true);
      } else if (current !== undefined) {
        set(undefined, false, 'outside');
      }
    },
    leave() {
      stopDwell();
      last = undefined;
      if (current !== undefined && !pinned) set(undefined, false, 'leave');
    },
    escape() {
      stopDwell();
      if (current === undefined) return false;
      set(undefined, false, 'escape');
      return true;
    },
    show(target, isPinned) {
      stopDwell();
      set(target, isPinned, 'api');
    },
    hide() {
      stopDwell();
      set(undefined, false, 'api');
    },
    retarget(target) {
      if (current !== undefined) current = target;
    },
    get current() {
      return current;
    },
    get pinned() {
      return pinned;
    },
    dispose() {
      stopDwell();
      stopGrace();
      isDisposed = true;
    },
  };
}
