import type { HoverIntent } from './hover-intent';
import type { Point } from './place-card';

export interface InputTrackerOptions<T extends object> {
  /** Where the delegated listeners go (the page's document). */
  target: Document;
  /** Aborting removes the listeners. */
  signal: AbortSignal;
  /** The card's popover element, once made: events inside it are "on the card". */
  getPopover(): Element | undefined;
  /** Hit test for hover; may return undefined cheaply when hover is off. */
  find(x: number, y: number): T | undefined;
  /** Hit test for clicks and taps. */
  findOnPress(x: number, y: number): T | undefined;
  intent: Pick<HoverIntent<T>, 'move' | 'press' | 'escape' | 'leave'>;
}

export interface InputTracker {
  /** The last pointer position seen, for placing a card by the line under the pointer. */
  readonly last: Point | undefined;
  /** Cancels a pending frame (listeners go with the signal). */
  stop(): void;
}

interface Sample extends Point {
  time: number;
  isOnCard: boolean;
}

/**
 * Feeds page input to hover intent through one delegated listener per event
 * type: pointer moves, presses, clicks and Escape. Hit testing runs at most once per animation frame, on the latest move.
 * Clicks are observed in the capture phase and never prevented, so a mention
 * inside a link still follows the link.
 */
export function createInputTracker<T extends object>(options: InputTrackerOptions<T>): InputTracker {
  const { target, signal, getPopover, intent } = options;
  const view = target.defaultView;
  let last: Point | undefined;
  let latest: Sample | undefined;
  let frame = 0;
  const isOnCard = (event: Event): boolean => {
    const popover = getPopover();
    return popover !== undefined && event.composedPath().includes(popover);
  };

  const flush = (): void => {
    frame = 0;
    const sample = latest;
    latest = undefined;
    if (!sample || signal.aborted) return;
    last = { x: sample.x, y: sample.y };
    const over = sample.isOnCard ? 'card' : options.find(sample.x, sample.y);
    intent.move(over, sample.x, sample.y, sample.time);
  };

  const listen = { capture: true, passive: true, signal };
  target.addEventListener(
    'pointermove',
    (event) => {
      // Touch moves are scrolls and drags, not hovering.
      if (event.pointerType === 'touch') return;
      // composedPath is empty once dispatch ends, so read it now.
      latest = { x: event.clientX, y: event.clientY, time: event.timeStamp, isOnCard: isOnCard(event) };
      if (frame === 0 && view) frame = view.requestAnimationFrame(flush);
    },
    listen,
  );
  const pressAt = (x: number, y: number): void => {
    // Ending a text selection (a drag, a double-click on a word) neither opens nor closes a card.
    const selection = target.getSelection();
    if (selection !== null && !selection.isCollapsed) return;
    last = { x, y };
    intent.press(options.findOnPress(x, y));
  };

  // A page that re-renders between press and release (a list rebuilt every few hundred ms)
  // replaces the element pressed: neither Chromium nor Firefox then fires a click (w3c/uievents#141),
  // so the press is taken from the release instead. Touch is left to its click: a tap's
  // compatibility mouse events are hit-tested afresh after the touch ends. Like a click after a
  // drag, the press counts where it is released (every byte counts against the 30 KB budget here).
  let pressed: Node | undefined;
  let isClickTaken = false;
  target.addEventListener(
    'pointerdown',
    (event) => {
      isClickTaken = false;
      pressed = event.button === 0 && event.pointerType !== 'touch' ? (event.composedPath()[0] as Node) : undefined;
      // Starting to press inside the card (say, to select its text) pins it, so it cannot fade away mid-drag.
      if (isOnCard(event)) intent.press('card');
    },
    listen,
  );
  target.addEventListener(
    'pointerup',
    (event) => {
      if (pressed?.isConnected === false && event.button === 0) {
        isClickTaken = true;
        pressAt(event.clientX, event.clientY);
      }
      pressed = undefined;
    },
    listen,
  );
  target.addEventListener(
    'click',
    (event) => {
      if (isOnCard(event)) return intent.press('card');
      // detail 0: a click synthesized by the keyboard (Enter on a link) or by script, with no real point.
      if (event.detail === 0) return;
      // Its press was taken from the release already (should a browser fire it after all).
      if (isClickTaken) {
        isClickTaken = false;
        return;
      }
      pressAt(event.clientX, event.clientY);
    },
    listen,
  );

  target.addEventListener('keydown', (event) => event.key === 'Escape' && !event.isComposing && intent.escape(), { capture: true, signal });
  // Leaving the page (into the back/forward cache, say): a move still waiting for its frame is
  // from a pointer that is gone, and hover state must not outlive it (issue 9).
  view?.addEventListener(
    'pagehide',
    () => {
      if (frame !== 0) view.cancelAnimationFrame(frame);
      frame = 0;
      latest = undefined;
      intent.leave();
    },
    { signal },
  );

  return {
    get last() {
      return last;
    },
    stop() {
      if (frame !== 0) view?.cancelAnimationFrame(frame);
      frame = 0;
    },
  };
}
