// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { revealRange } from '../../../lib/card/reveal-range';

let range: Range;

function rectAt(top: number, height = 20) {
  return { top, bottom: top + height, left: 10, right: 90, width: 80, height } as DOMRect;
}

beforeEach(() => {
  document.body.innerHTML = '<p>Steve <b>Witkoff</b></p>';
  range = document.createRange();
  range.selectNodeContents(document.querySelector('b')!);
});

describe('revealRange', () => {
  it('leaves text that is already on screen where it is', () => {
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValue(rectAt(100));
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const scrollBy = vi.spyOn(window, 'scrollBy');
    revealRange(range);
    expect(scroll).not.toHaveBeenCalled();
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('centres the element holding off-screen text', () => {
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValueOnce(rectAt(2000)).mockReturnValue(rectAt(300));
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView');
    const scrollBy = vi.spyOn(window, 'scrollBy');
    revealRange(range);
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest' });
    expect(scroll.mock.contexts[0]).toBe(document.querySelector('b'));
    expect(scrollBy).not.toHaveBeenCalled();
  });

  it('scrolls the window further when the element is taller than the viewport', () => {
    vi.spyOn(range, 'getBoundingClientRect').mockReturnValueOnce(rectAt(5000)).mockReturnValue(rectAt(1500));
    vi.spyOn(Element.prototype, 'scrollIntoView');
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => undefined);
    revealRange(range);
    expect(scrollBy).toHaveBeenCalledWith(0, 1500 - window.innerHeight / 2);
  });
});
