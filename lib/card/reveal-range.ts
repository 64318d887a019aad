/**
 * Scrolls so `range` is in view, near the middle, without touching the page's
 * DOM: first its element (which also scrolls nested scroll boxes), then the
 * window again if the element is taller than the viewport and the text is still
 * off screen. Text already fully on screen stays put: no jump for nothing.
 */
export function revealRange(range: Range): void {
  const node = range.startContainer;
  const view = node.ownerDocument?.defaultView;
  if (!view) return;
  const isOnScreen = (rect: DOMRect): boolean =>
    rect.width + rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= view.innerHeight && rect.right <= view.innerWidth;
  if (isOnScreen(range.getBoundingClientRect())) return;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (typeof element?.scrollIntoView === 'function') element.scrollIntoView({ block: 'center', inline: 'nearest' });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > view.innerHeight) view.scrollBy(0, rect.top - view.innerHeight / 2);
}
