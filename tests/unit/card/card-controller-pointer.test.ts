// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { manualFrames, mouse, setUpPage } from './controller-fixture';
import type { PageMention } from '../../../lib/page/page-mention';

let page: ReturnType<typeof setUpPage>;
let flushFrames: () => void;
beforeEach(() => {
  vi.useFakeTimers();
  flushFrames = manualFrames();
});
afterEach(() => {
  page?.teardown();
  vi.useRealTimers();
});

/** Moves the pointer over `over` and lets the next animation frame hit-test it. */
function hover(over: (typeof page.mentions)[number] | undefined, x = 10) {
  page.pointer.over = over;
  mouse(document.body, 'pointermove', x, 10);
  flushFrames();
}

describe('card controller: pointer', () => {
  it('opens a card when the pointer rests on a mention, within a second', () => {
    page = setUpPage();
    hover(page.mentions[1]);
    expect(page.dialog()).toBeNull();
    vi.advanceTimersByTime(200);
    expect(page.dialog()?.dataset.entity).toBe('ushakov');
  });

  it('hit-tests once per animation frame, on the latest move', () => {
    page = setUpPage();
    const find = vi.fn(() => page.mentions[0]);
    page.pointer.over = undefined;
    Object.defineProperty(page.pointer, 'over', { get: find });
    for (let x = 0; x < 5; x++) mouse(document.body, 'pointermove', x, 10);
    expect(find).not.toHaveBeenCalled();
    flushFrames();
    expect(find).toHaveBeenCalledOnce();
  });

  it('closes a hovered card after the pointer leaves, but not while it is over the card', () => {
    page = setUpPage();
    hover(page.mentions[0]);
    vi.advanceTimersByTime(200);
    const card = page.dialog()!;
    page.pointer.over = undefined;
    mouse(card, 'pointermove', 20, 40);
    flushFrames();
    vi.advanceTimersByTime(1000);
    expect(page.dialog()).not.toBeNull();
    hover(undefined, 400);
    vi.advanceTimersByTime(350);
    expect(page.dialog()).toBeNull();
  });

  it('ignores touch moves (they scroll)', () => {
    page = setUpPage();
    page.pointer.over = page.mentions[0];
    mouse(document.body, 'pointermove', 10, 10, 'touch');
    flushFrames();
    vi.advanceTimersByTime(1000);
    expect(page.dialog()).toBeNull();
  });

  it('opens on click at once, pinned, without preventing the click (links still work)', () => {
    page = setUpPage();
    page.pointer.over = page.mentions[0];
    const click = mouse(document.querySelector('a')!, 'click');
    expect(click.defaultPrevented).toBe(false);
    expect(page.dialog()?.dataset.entity).toBe('witkoff');
    hover(undefined, 500);
    vi.advanceTimersByTime(5000);
    expect(page.dialog()).not.toBeNull();
  });

  describe('a press whose element the page replaced before the release (the browser fires no click)', () => {
    /** Presses on the page's button, lets the page rebuild it, releases over the new one (the mention's text stays). */
    function pressAcrossRebuild(pointerType = 'mouse') {
      const button = document.querySelector('#page-button')!;
      mouse(button, 'pointerdown', 10, 10, pointerType);
      button.replaceWith(button.cloneNode(true));
      return mouse(document.querySelector('#page-button')!, 'pointerup', 12, 11, pointerType);
    }

    it('opens the card from the release, at the release point, and a click after it does not toggle it', () => {
      const find = vi.fn((): PageMention | undefined => page.mentions[0]);
      page = setUpPage({}, undefined, { findMention: find });
      pressAcrossRebuild();
      expect(page.dialog()?.dataset.entity).toBe('witkoff');
      expect(find).toHaveBeenLastCalledWith(12, 11);
      // Should a browser fire the click after all, the press is not taken twice (a second press would close it).
      mouse(document.querySelector('a')!, 'click', 12, 11);
      expect(page.dialog()?.dataset.entity).toBe('witkoff');
      // The next click is a click again: outside any mention it closes the card.
      find.mockReturnValue(undefined);
      mouse(document.body, 'pointerdown', 600, 600);
      mouse(document.body, 'pointerup', 600, 600);
      mouse(document.body, 'click', 600, 600);
      expect(page.dialog()).toBeNull();
    });

    it('takes nothing from the release when the pressed element is still there (its click follows)', () => {
      page = setUpPage();
      page.pointer.over = page.mentions[0];
      mouse(document.querySelector('a')!, 'pointerdown');
      mouse(document.querySelector('a')!, 'pointerup');
      expect(page.dialog()).toBeNull();
      mouse(document.querySelector('a')!, 'click');
      expect(page.dialog()?.dataset.entity).toBe('witkoff');
    });

    it('takes nothing from a touch (its click is hit-tested after the touch) or from ending a selection', () => {
      page = setUpPage();
      page.pointer.over = page.mentions[0];
      pressAcrossRebuild('touch');
      expect(page.dialog()).toBeNull();
      const text = document.querySelector('a')!.firstChild!;
      document.getSelection()!.setBaseAndExtent(text, 0, text, 5);
      pressAcrossRebuild();
      expect(page.dialog()).toBeNull();
      document.getSelection()!.removeAllRanges();
      pressAcrossRebuild();
      expect(page.dialog()?.dataset.entity).toBe('witkoff');
    });
  });

  it('closes on a click outside mention and card, not on one inside the card', () => {
    page = setUpPage();
    page.pointer.over = page.mentions[2];
    mouse(document.body, 'click');
    page.pointer.over = undefined;
    mouse(page.root.querySelector('.fn-statement')!, 'click');
    expect(page.dialog()).not.toBeNull();
    mouse(document.body, 'click', 600, 600);
    expect(page.dialog()).toBeNull();
  });

  it('ignores clicks the keyboard synthesizes (no pointer position)', () => {
    page = setUpPage();
    page.controller.open(page.mentions[0]);
    document.querySelector('a')!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 0 }));
    expect(page.dialog()).not.toBeNull();
  });

  it('opens only on click when the setting says so', () => {
    page = setUpPage({ openOn: 'click' });
    hover(page.mentions[1]);
    vi.advanceTimersByTime(2000);
    expect(page.dialog()).toBeNull();
    mouse(document.body, 'click');
    expect(page.dialog()?.dataset.entity).toBe('ushakov');
  });

  it('closes when the mention text leaves the page', () => {
    page = setUpPage();
    page.controller.open(page.mentions[0]);
    document.querySelector('p')!.remove();
    window.dispatchEvent(new Event('resize'));
    // Placement follows resize and scroll once per animation frame.
    flushFrames();
    expect(page.dialog()).toBeNull();
  });
});

describe('card controller: teardown', () => {
  it('removes the card and every listener when the signal aborts', () => {
    page = setUpPage();
    page.controller.open(page.mentions[0]);
    page.abort.abort();
    expect(page.container.childElementCount).toBe(0);
    expect(page.onActiveChange).toHaveBeenLastCalledWith(undefined);
    page.pointer.over = page.mentions[1];
    mouse(document.body, 'click');
    hover(page.mentions[1]);
    vi.advanceTimersByTime(1000);
    page.controller.open(page.mentions[1]);
    page.controller.nextMention();
    expect(page.container.childElementCount).toBe(0);
    expect(page.onActiveChange).toHaveBeenCalledTimes(2);
  });

  // Issue 9: a page hidden into the back/forward cache keeps its timers and listeners; the pointer does not stay.
  const pagehide = () => window.dispatchEvent(Object.assign(new Event('pagehide'), { persisted: true }));

  it('leaving the page closes a hovered card, so it is not waiting when the page is shown again', () => {
    page = setUpPage();
    hover(page.mentions[0]);
    vi.advanceTimersByTime(200);
    expect(page.dialog()).not.toBeNull();
    pagehide();
    expect(page.dialog()).toBeNull();
  });

  it('leaving the page drops a dwell under way and a move waiting for its frame', () => {
    page = setUpPage();
    hover(page.mentions[0]);
    page.pointer.over = page.mentions[1];
    mouse(document.body, 'pointermove', 40, 10);
    pagehide();
    flushFrames();
    vi.advanceTimersByTime(1000);
    expect(page.dialog()).toBeNull();
  });

  it('a pinned card stays open across leaving the page, as the reader left it', () => {
    page = setUpPage();
    page.pointer.over = page.mentions[0];
    mouse(document.querySelector('a')!, 'click');
    pagehide();
    vi.advanceTimersByTime(1000);
    expect(page.dialog()?.dataset.entity).toBe('witkoff');
  });
});
