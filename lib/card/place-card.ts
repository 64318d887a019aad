import { computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

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
  const anchor: VirtualElement = {
    getBoundingClientRect: () => lineRect(range, options.pointer),
    // Lets Floating UI find the clipping ancestors around the mention.
    contextElement: (startContainer.nodeType === Node.ELEMENT_NODE ? (startContainer as Element) : startContainer.parentElement) ?? undefined,
  };
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
    void computePosition(anchor, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // When neither side has room for the whole card, it scrolls inside instead of leaving the screen.
        size({
          padding: 8,
          apply: ({ availableHeight }) => card.style.setProperty('--fn-fit-height', `${Math.max(160, Math.floor(availableHeight))}px`),
        }),
      ],
    }).then(({ x, y }) => {
      if (isStopped) return;
      card.style.left = `${Math.round(x)}px`;
      card.style.top = `${Math.round(y)}px`;
    });
  };

  // Scroll anywhere (capture) or a resize moves the mention: re-place once per frame.
  // Cheaper in bytes than Floating UI's autoUpdate, which the content-script budget cannot afford.
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
  const under = pointer && rects.find((r) => pointer.x >= r.left - 1 && pointer.x <= r.right + 1 && pointer.y >= r.top - 1 && pointer.y <= r.bottom + 1);
  return under ?? rects[0] ?? range.getBoundingClientRect();
}
