import { fitCard } from './fit-card';

/** A viewport point, e.g. where the pointer was when the card opened. */
export interface Point {
  x: number;
  y: number;
}

/** Narrow or touch-first screens get a bottom sheet: a floating card would cover the very text it explains. */
const sheetQuery = '(max-width: 480px), (pointer: coarse)';

export interface PlaceCardOptions {
  /** The pointer position, so a name wrapped over two lines anchors to the line under the pointer. */
  pointer?: Point | undefined;
  /** Called when the anchor text has left the document; the card should close. */
  onLost(): void;
}

function isSheetLayout(view: Window | null): boolean {
  return typeof view?.matchMedia === 'function' && view.matchMedia(sheetQuery).matches;
}

/**
 * Keeps `card` (a fixed, top-layer element) next to `range`, or docked as a bottom
 * sheet on small screens, following scroll and resize until the returned stop().
 */
export function placeCard(card: HTMLElement, range: Range, options: PlaceCardOptions): () => void {
  const { startContainer } = range;
  const view = card.ownerDocument.defaultView;
  let isStopped = false;

  const update = (): void => {
    if (isStopped) return;
    if (!startContainer.isConnected) {
      options.onLost();
      return;
    }
    if (isSheetLayout(view)) {
      card.dataset.layout = 'sheet';
      for (const property of ['left', 'top', '--fn-fit-height']) card.style.removeProperty(property);
      return;
    }
    card.dataset.layout = 'float';
    // The card's own height (up to the stylesheet's cap), not the one the last placement allowed it.
    card.style.setProperty('--fn-fit-height', '100000px');
    const root = card.ownerDocument.documentElement;
    const fit = fitCard(
      lineRect(range, options.pointer),
      { width: card.offsetWidth, height: card.offsetHeight },
      // In quirks mode <html> is as tall as the document; the window bounds it (scrollbars excluded in standards mode).
      {
        width: Math.min(root.clientWidth || Infinity, view?.innerWidth ?? Infinity),
        height: Math.min(root.clientHeight || Infinity, view?.innerHeight ?? Infinity),
      },
    );
    card.style.setProperty('--fn-fit-height', `${fit.maxHeight}px`);
    card.style.left = `${fit.x}px`;
    card.style.top = `${fit.y}px`;
  };

  // Scroll anywhere (capture) or a resize moves the mention: re-place once per frame.
  let frame = 0;
  const schedule = (): void => {
    if (!frame) frame = requestAnimationFrame(() => ((frame = 0), update()));
  };
  const listening = new AbortController();
  view?.addEventListener('scroll', schedule, { capture: true, passive: true, signal: listening.signal });
  view?.addEventListener('resize', schedule, { passive: true, signal: listening.signal });
  update();
  return () => {
    isStopped = true;
    cancelAnimationFrame(frame);
    listening.abort();
  };
}

/**
 * The rectangle of the mention's line under the pointer (a name can wrap over
 * two lines), else its first line: the box a reader's eye is on.
 */
function lineRect(range: Range, pointer: Point | undefined): DOMRect {
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  const under =
    pointer &&
    rects.find((r) => pointer.x >= r.left - 1 && pointer.x <= r.right + 1 && pointer.y >= r.top - 1 && pointer.y <= r.bottom + 1);
  return under ?? rects[0] ?? range.getBoundingClientRect();
}
