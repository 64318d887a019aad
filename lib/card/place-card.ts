import { autoUpdate, computePosition, flip, inline, offset, shift, size, type VirtualElement } from '@floating-ui/dom';

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
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    // Lets autoUpdate find the scroll containers around the mention.
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
        inline(options.pointer),
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

  const stopAutoUpdate = autoUpdate(anchor, card, update);
  return () => {
    isStopped = true;
    stopAutoUpdate();
  };
}
