import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent, type IntentCause, type OpenOn } from '../../../lib/card/hover-intent';

interface Target {
  name: string;
}

const a: Target = { name: 'a' };
const b: Target = { name: 'b' };

function setUp(openOn: OpenOn = 'hover-and-click') {
  const changes: Array<[string | undefined, boolean, IntentCause]> = [];
  const settings = { openOn };
  const intent = createHoverIntent<Target>({
    getOpenOn: () => settings.openOn,
    onChange: (current, pinned, cause) => changes.push([current?.name, pinned, cause]),
  });
  // The clock for speed: each move happens "now" on the fake timeline.
  const move = (over: Target | 'card' | undefined, x: number, y = 100) => intent.move(over, x, y, Date.now());
  /** Rests on `over` with tiny moves (a hand on a mouse is never perfectly still). */
  const rest = (over: Target | 'card' | undefined, ms: number, x = 100) => {
    for (let t = 0; t < ms; t += 16) {
      move(over, x + (t % 32 === 0 ? 0 : 1));
      vi.advanceTimersByTime(16);
    }
  };
  return { intent, changes, move, rest, settings };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent: dwell', () => {
  it('opens after the pointer rests on a target for 150 ms, unpinned', () => {
    const { intent, changes, move } = setUp();
    move(a, 100);
    vi.advanceTimersByTime(149);
    expect(intent.current).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(changes).toEqual([['a', false, 'dwell']]);
    expect(intent.pinned).toBe(false);
  });

  it('keeps the dwell running through slow moves over the same target', () => {
    const { intent, move } = setUp();
    move(a, 100);
    vi.advanceTimersByTime(100);
    move(a, 102); // 2 px in 100 ms: resting
    vi.advanceTimersByTime(50);
    expect(intent.current).toBe(a);
  });

  it('does not open while the pointer sweeps fast across text', () => {
    const { intent, move } = setUp();
    // 20 px every 16 ms (1.25 px/ms) for a second, over a then b then a again.
    for (let i = 0; i < 60; i++) {
      move(i % 20 < 10 ? a : b, 100 + i * 20);
      vi.advanceTimersByTime(16);
    }
    expect(intent.current).toBeUndefined();
  });

  it('restarts the dwell while moving fast and opens once the pointer settles', () => {
    const { intent, move } = setUp();
    for (let i = 0; i < 20; i++) {
      move(a, 100 + i * 20);
      vi.advanceTimersByTime(16);
    }
    expect(intent.current).toBeUndefined();
    // The last fast move restarted the dwell 16 ms ago; resting completes it.
    vi.advanceTimersByTime(134);
    expect(intent.current).toBe(a);
  });

  it('cancels the dwell when the pointer leaves before it completes', () => {
    const { intent, move } = setUp();
    move(a, 100);
    vi.advanceTimersByTime(100);
    move(undefined, 101);
    vi.advanceTimersByTime(500);
    expect(intent.current).toBeUndefined();
  });

  it('switches an unpinned card to another target the pointer rests on', () => {
    const { intent, changes, move, rest } = setUp();
    rest(a, 200);
    move(b, 300);
    vi.advanceTimersByTime(150);
    expect(intent.current).toBe(b);
    expect(changes.map((c) => c[0])).toEqual(['a', 'b']);
  });
});

describe('hover intent: grace', () => {
  it('closes an unpinned card 300 ms after the pointer leaves target and card', () => {
    const { intent, changes, move, rest } = setUp();
    rest(a, 200);
    move(undefined, 130);
    vi.advanceTimersByTime(299);
    expect(intent.current).toBe(a);
    vi.advanceTimersByTime(1);
    expect(intent.current).toBeUndefined();
    expect(changes.at(-1)).toEqual([undefined, false, 'grace']);
  });

  it('stays open while the pointer travels from the target into the card', () => {
    const { intent, move, rest } = setUp();
    rest(a, 200);
    move(undefined, 110, 120); // the gap between text and card
    vi.advanceTimersByTime(120);
    rest('card', 2000, 120);
    expect(intent.current).toBe(a);
    move(undefined, 600, 600);
    vi.advanceTimersByTime(300);
    expect(intent.current).toBeUndefined();
  });

  it('stays open when the pointer comes back to the target within the grace period', () => {
    const { intent, move, rest } = setUp();
    rest(a, 200);
    move(undefined, 150);
    vi.advanceTimersByTime(200);
    rest(a, 1000);
    expect(intent.current).toBe(a);
  });
});

describe('hover intent: presses and keys', () => {
  it('opens a pressed target at once, pinned, and keeps it when the pointer leaves', () => {
    const { intent, changes, move } = setUp();
    intent.press(a);
    expect(changes).toEqual([['a', true, 'press']]);
    move(undefined, 500);
    vi.advanceTimersByTime(5000);
    expect(intent.current).toBe(a);
  });

  it('does not let hovering another target replace a pinned card', () => {
    const { intent, rest } = setUp();
    intent.press(a);
    rest(b, 1000);
    expect(intent.current).toBe(a);
  });

  it('pins a hover-opened card when it is pressed', () => {
    const { intent, move, rest } = setUp();
    rest(a, 200);
    intent.press('card');
    expect(intent.pinned).toBe(true);
    move(undefined, 900);
    vi.advanceTimersByTime(1000);
    expect(intent.current).toBe(a);
  });

  it('reports a press on the open target, though nothing changes', () => {
    const { intent, changes } = setUp();
    intent.press(a);
    intent.press(a);
    intent.press('card');
    expect(changes).toEqual([
      ['a', true, 'press'],
      ['a', true, 'press'],
    ]);
  });

  it('switches a pinned card to another pressed target', () => {
    const { intent } = setUp();
    intent.press(a);
    intent.press(b);
    expect(intent.current).toBe(b);
    expect(intent.pinned).toBe(true);
  });

  it('closes on a press outside target and card', () => {
    const { intent, changes } = setUp();
    intent.press(a);
    intent.press(undefined);
    expect(intent.current).toBeUndefined();
    expect(changes.at(-1)).toEqual([undefined, false, 'outside']);
  });

  it('closes on Escape and reports whether anything was open', () => {
    const { intent, changes } = setUp();
    expect(intent.escape()).toBe(false);
    intent.press(a);
    expect(intent.escape()).toBe(true);
    expect(changes.at(-1)).toEqual([undefined, false, 'escape']);
  });

  it('cancels a pending dwell on Escape', () => {
    const { intent, move } = setUp();
    move(a, 100);
    intent.escape();
    vi.advanceTimersByTime(500);
    expect(intent.current).toBeUndefined();
  });
});

describe('hover intent: settings and lifetime', () => {
  it('never opens on hover when cards open on click only, but opens on press', () => {
    const { intent, rest } = setUp('click');
    rest(a, 1000);
    expect(intent.current).toBeUndefined();
    intent.press(a);
    expect(intent.current).toBe(a);
  });

  it('reads the setting on every event', () => {
    const { intent, rest, settings } = setUp('click');
    rest(a, 300);
    settings.openOn = 'hover-and-click';
    rest(a, 300);
    expect(intent.current).toBe(a);
  });

  it('opens and closes through show and hide without timers', () => {
    const { intent, changes } = setUp();
    intent.show(a, false);
    intent.hide();
    expect(changes).toEqual([
      ['a', false, 'api'],
      [undefined, false, 'api'],
    ]);
  });

  it('does nothing after dispose, even with timers pending', () => {
    const { intent, changes, move, rest } = setUp();
    rest(a, 200);
    move(undefined, 500);
    move(b, 600);
    intent.dispose();
    vi.advanceTimersByTime(5000);
    intent.press(b);
    expect(changes).toEqual([['a', false, 'dwell']]);
  });
});

describe('hover intent: retarget', () => {
  it('follows an equal target silently and keeps it open under the pointer', () => {
    const { intent, changes, rest } = setUp();
    rest(a, 200);
    expect(changes).toEqual([['a', false, 'dwell']]);
    const rerendered: Target = { name: 'a2' };
    intent.retarget(rerendered);
    expect(intent.current).toBe(rerendered);
    rest(rerendered, 600);
    expect(changes).toHaveLength(1);
  });

  it('does nothing while closed', () => {
    const { intent, changes } = setUp();
    intent.retarget(b);
    expect(intent.current).toBeUndefined();
    expect(changes).toEqual([]);
  });
});

describe('hover intent: leaving the page', () => {
  it('drops a pending dwell and closes an unpinned card; a pinned one stays', () => {
    const { intent, changes, move, rest } = setUp();
    rest(a, 200);
    expect(changes).toEqual([['a', false, 'dwell']]);
    move(b, 300);
    intent.leave();
    vi.advanceTimersByTime(1000);
    expect(changes).toEqual([
      ['a', false, 'dwell'],
      [undefined, false, 'leave'],
    ]);
    intent.press(a);
    intent.leave();
    expect(intent.current).toBe(a);
    expect(intent.pinned).toBe(true);
  });
});
