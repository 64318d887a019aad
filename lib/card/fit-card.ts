/** A rectangle in viewport coordinates (a DOMRect will do). */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Where the card goes and how tall it may be. */
export interface CardFit {
  x: number;
  y: number;
  /** Room on the chosen side: the card scrolls inside when it needs more. */
  maxHeight: number;
  side: 'below' | 'above';
}

/** Between the mention and the card. */
const GAP = 6;
/** Kept free at the viewport's edges. */
const EDGE = 8;
/** A card is never squeezed below this; a cramped one scrolls. */
const MIN_HEIGHT = 160;

/**
 * Places a card of `size` under the mention's line box, its left edges
 * aligned; above it when only there the whole card fits (or the room there
 * is larger); shifted sideways to stay on screen. A dozen lines instead of a
 * positioning library, whose 5 KB the content script's budget cannot spare:
 * the card lives in the top layer, so the viewport is the only boundary.
 */
export function fitCard(anchor: Rect, size: { width: number; height: number }, viewport: { width: number; height: number }): CardFit {
  const below = viewport.height - EDGE - (anchor.bottom + GAP);
  const above = anchor.top - GAP - EDGE;
  const side = size.height <= below || (size.height > above && below >= above) ? 'below' : 'above';
  const maxHeight = Math.max(MIN_HEIGHT, Math.floor(side === 'below' ? below : above));
  const height = Math.min(size.height, maxHeight);
  const y = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - height;
  const x = Math.max(EDGE, Math.min(anchor.left, viewport.width - EDGE - size.width));
  return { x: Math.round(x), y: Math.round(y), maxHeight, side };
}
