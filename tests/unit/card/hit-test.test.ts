// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hitTest, memoizedList } from '../../../lib/card/hit-test';
import { setUpPage } from './controller-fixture';
import { MentionStore } from '../../../lib/page/mention-store';
import { mentionNamed, rescan, storeOf } from './mention-fixture';

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
    const store = storeOf();
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, store)).toBe(mentionNamed(store, 'Steve Witkoff'));
  });

  it('finds it when the caret lands at the mention end (right half of its last letter)', () => {
    const store = storeOf();
    caretAt(text, 13);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(108, 20, store)).toBe(mentionNamed(store, 'Steve Witkoff'));
  });

  it('rejects a caret that snapped to a mention from a point outside its rects', () => {
    const store = storeOf();
    caretAt(text, 30); // past the end of the line, the caret snaps to the end of the last name
    rangeRects([{ left: 200, right: 260, top: 10, bottom: 30 }]);
    expect(hitTest(500, 20, store)).toBeUndefined();
  });

  it('finds nothing between two mentions, where the store has none', () => {
    const store = storeOf();
    const fn = caretAt(text, 15); // in "met"
    rangeRects([{ left: 0, right: 400, top: 10, bottom: 30 }]);
    expect(hitTest(150, 20, store)).toBeUndefined();
    expect(fn).toHaveBeenCalledOnce();
  });

  it('accepts a point on either line of a name wrapped over two lines', () => {
    const store = storeOf();
    caretAt(text, 10);
    rangeRects([
      { left: 300, right: 340, top: 10, bottom: 30 },
      { left: 0, right: 60, top: 30, bottom: 50 },
    ]);
    expect(hitTest(20, 40, store)).toBe(mentionNamed(store, 'Steve Witkoff'));
  });

  it('passes the open shadow roots that hold mentions to the caret API', () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span>Donetsk</span>';
    document.body.append(host);
    const store = storeOf(document.body, shadow);
    const inShadow = mentionNamed(store, 'Donetsk');
    const fn = caretAt(inShadow.range.startContainer, 3);
    rangeRects([{ left: 0, right: 50, top: 0, bottom: 20 }]);
    expect(hitTest(10, 10, store)).toBe(inShadow);
    expect(fn).toHaveBeenCalledWith(10, 10, { shadowRoots: [shadow] });
  });

  it('falls back to caretRangeFromPoint', () => {
    const store = storeOf();
    const range = document.createRange();
    range.setStart(text, 9);
    docWithCaret.caretRangeFromPoint = vi.fn(() => range);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(50, 20, store)).toBe(mentionNamed(store, 'Steve Witkoff'));
  });

  it('finds nothing without caret APIs, off text, or with no mentions (and then asks nothing)', () => {
    const store = storeOf();
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(50, 20, store)).toBeUndefined();
    docWithCaret.caretPositionFromPoint = vi.fn(() => null);
    expect(hitTest(50, 20, store)).toBeUndefined();
    const fn = caretAt(text, 8);
    expect(hitTest(50, 20, new MentionStore())).toBeUndefined();
    expect(fn).not.toHaveBeenCalled();
  });

  it('ignores a stale static range that points past its text', () => {
    const store = storeOf();
    // The page shortened the text; the store has not rescanned it yet.
    text.data = 'Steve';
    caretAt(text, 3);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(store.at(text, 3)).toBe(store.list()[0]);
    expect(hitTest(50, 20, store)).toBeUndefined();
  });
});

describe('hitTest on text the page has just re-rendered', () => {
  it('brings the index up to date at the caret node before looking the caret up', () => {
    // The store knows only the old node; the point is over its re-rendered copy.
    const store = storeOf();
    const fresh = document.createTextNode(text.data);
    text.replaceWith(fresh);
    const syncAt = vi.fn((node?: Node) => {
      if (node === fresh) rescan(store, fresh.parentNode!);
    });
    caretAt(fresh, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, store)).toBeUndefined();
    const twin = hitTest(80, 20, store, document, syncAt);
    expect(twin?.text).toBe('Steve Witkoff');
    expect(twin?.range.startContainer).toBe(fresh);
    expect(syncAt).toHaveBeenCalledWith(fresh);
  });

  it('asks for pending work when the index is still empty, and finds a mention added just now', () => {
    const store = new MentionStore();
    const syncAt = vi.fn(() => void (store.list().length === 0 && rescan(store, document.body)));
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    expect(hitTest(80, 20, store, document, syncAt)).toBe(mentionNamed(store, 'Steve Witkoff'));
  });
});

describe('hitTest memo', () => {
  it('lets go of the last mention list when the card controller stops', () => {
    const page = setUpPage();
    const store = storeOf();
    caretAt(text, 8);
    rangeRects([{ left: 0, right: 110, top: 10, bottom: 30 }]);
    hitTest(80, 20, store);
    expect(memoizedList()).toBe(store.list());
    page.teardown();
    expect(memoizedList()).toBeUndefined();
  });
});
