// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hitTest, memoizedList } from '../../../lib/card/hit-test';
import { setUpPage } from './controller-fixture';
import { indexOf, mentionOf } from './mention-fixture';

type CaretFn = (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => CaretPosition | null;

let text: Text;
const docWithCaret = document as unknown as { caretPositionFromPoint?: CaretFn; caretRangeFromPoint?: unknown };

function caretAt(node: Node, offset: number) {
  const fn = vi.fn<CaretFn>(() => ({ offsetNode: node, offset }) as CaretPosition);
  docWithCaret.caretPositionFromPoint = fn;
  return fn;
}

/** Every live range reports this one rect: "Witkoff" at x 60..110, y 10..30. */
function rangeRects(rects: Array<{ left: number; right: number; top: number; bottom: number }>) {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(() => rects as unknown as DOMRectList);
}

beforeEach(() => {
  document.body.innerHTML = '<p>Steve Witkoff met Yury Ushakov.</p>';
  text = document.querySelector('p')!.firstChild as Text;
});
afterEach(() => {
  delete docWithCaret.caretPositionFromPoint;
  delete docWithCaret.caretRangeFromPoint;
});

describe('hitTest', () => {
  it('finds the mention under the point', () => {
    const witkoff = mentionOf('witkoff', text, 0, 13);
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, indexOf([witkoff]))).toBe(witkoff);
  });

  it('finds it when the caret lands at the mention end (right half of its last letter)', () => {
    const witkoff = mentionOf('witkoff', text, 0, 13);
    caretAt(text, 13);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(108, 20, indexOf([witkoff]))).toBe(witkoff);
  });

  it('rejects a caret that snapped to a mention from a point outside its rects', () => {
    const ushakov = mentionOf('ushakov', text, 23, 31);
    caretAt(text, 31); // past the end of the line, the caret snaps to the last character
    rangeRects([{ left: 200, right: 260, top: 10, bottom: 30 }]);
    expect(hitTest(500, 20, indexOf([ushakov]))).toBeUndefined();
  });

  it('accepts a point on either line of a name wrapped over two lines', () => {
    const witkoff = mentionOf('witkoff', text, 0, 13);
    caretAt(text, 10);
    rangeRects([
      { left: 300, right: 340, top: 10, bottom: 30 },
      { left: 0, right: 60, top: 30, bottom: 50 },
    ]);
    expect(hitTest(20, 40, indexOf([witkoff]))).toBe(witkoff);
  });

  it('passes the open shadow roots that hold mentions to the caret API', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Donetsk</span>';
    document.body.append(host);
    const inShadow = mentionOf('donetsk', shadow.querySelector('span')!.firstChild as Text, 0, 7);
    const fn = caretAt(inShadow.range.startContainer, 3);
    rangeRects([{ left: 0, right: 50, top: 0, bottom: 20 }]);
    expect(hitTest(10, 10, indexOf([mentionOf('witkoff', text, 6, 13), inShadow]))).toBe(inShadow);
    expect(fn).toHaveBeenCalledWith(10, 10, { shadowRoots: [shadow] });
  });

  it('falls back to caretRangeFromPoint', () => {
    const witkoff = mentionOf('witkoff', text, 6, 13);
    const range = document.createRange();
    range.setStart(text, 9);
    docWithCaret.caretRangeFromPoint = vi.fn(() => range);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(50, 20, indexOf([witkoff]))).toBe(witkoff);
  });

  it('finds nothing without caret APIs, off text, or with no mentions (and then asks nothing)', () => {
    const witkoff = mentionOf('witkoff', text, 6, 13);
    expect(hitTest(50, 20, indexOf([witkoff]))).toBeUndefined();
    docWithCaret.caretPositionFromPoint = vi.fn(() => null);
    expect(hitTest(50, 20, indexOf([witkoff]))).toBeUndefined();
    const fn = caretAt(text, 8);
    expect(hitTest(50, 20, indexOf([]))).toBeUndefined();
    expect(fn).not.toHaveBeenCalled();
  });

  it('ignores a stale static range that points past its text', () => {
    const stale = mentionOf('witkoff', text, 6, 13);
    text.data = 'Steve';
    caretAt(text, 3);
    const index = { list: () => [stale], at: () => stale };
    expect(hitTest(50, 20, index)).toBeUndefined();
  });
});

describe('hitTest on text the page has just re-rendered', () => {
  it('brings the index up to date at the caret node before looking the caret up', () => {
    // The index knows only the old node; the point is over its re-rendered copy.
    const old = mentionOf('witkoff', text, 0, 13);
    const list = [old];
    const fresh = document.createTextNode(text.data);
    text.replaceWith(fresh);
    const twin = mentionOf('witkoff', fresh, 0, 13);
    const syncAt = vi.fn((node?: Node) => {
      if (node === fresh) list.splice(0, 1, twin);
    });
    caretAt(fresh, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, indexOf(list))).toBeUndefined();
    expect(hitTest(80, 20, indexOf(list), document, syncAt)).toBe(twin);
    expect(syncAt).toHaveBeenCalledWith(fresh);
  });

  it('asks for pending work when the index is still empty, and finds a mention added just now', () => {
    const list: ReturnType<typeof mentionOf>[] = [];
    const witkoff = mentionOf('witkoff', text, 0, 13);
    const syncAt = vi.fn(() => void (list.length === 0 && list.push(witkoff)));
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, indexOf(list), document, syncAt)).toBe(witkoff);
  });
});

describe('hitTest memo', () => {
  it('lets go of the last mention list when the card controller stops', () => {
    const page = setUpPage();
    const list = [mentionOf('witkoff', text, 0, 13)];
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    hitTest(80, 20, indexOf(list));
    expect(memoizedList()).toBe(list);
    page.teardown();
    expect(memoizedList()).toBeUndefined();
  });
});
