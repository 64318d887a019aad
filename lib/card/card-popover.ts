/** The element the card renders into, shown and hidden through the Popover API. */
export interface CardPopover {
  readonly element: HTMLElement;
  /** Shows (top layer) or hides the element. */
  setShown(isShown: boolean): void;
  remove(): void;
}

/**
 * Creates the card's manual popover in `container`. A manual popover sits in
 * the top layer, above any page z-index and outside every page overflow clip,
 * and the browser never light-dismisses it: our own intent logic decides.
 */
export function createCardPopover(container: HTMLElement): CardPopover {
  const element = container.ownerDocument.createElement('div');
  element.className = 'fn-popover';
  // Feature check: without the Popover API (happy-dom, old engines) CSS falls back to a fixed box.
  const hasPopoverApi = typeof element.showPopover === 'function';
  if (hasPopoverApi) element.setAttribute('popover', 'manual');
  else element.hidden = true;
  container.append(element);

  return {
    element,
    setShown(isShown) {
      if (!hasPopoverApi) {
        element.hidden = !isShown;
        return;
      }
      if (element.matches(':popover-open') === isShown) return;
      try {
        if (isShown) element.showPopover();
        else element.hidePopover();
      } catch {
        // Throws only when the host is out of the document; the next mount starts afresh.
      }
    },
    remove: () => element.remove(),
  };
}
