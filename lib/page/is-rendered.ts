/**
 * The costly half of "text a reader can see": checked only for elements that
 * hold a candidate mention, so pages without mentions never pay for it.
 */

const OUT_OF_TEXT = 'select, textarea, option, [contenteditable]:not([contenteditable="false"])';

/** Whether the text inside `el` is rendered and readable (not hidden, not editable, not a form control). */
export function isRendered(el: Element): boolean {
  if ((el as HTMLElement).isContentEditable) return false;
  if (el.closest(OUT_OF_TEXT)) return false;
  return isVisible(el);
}

function isVisible(el: Element): boolean {
  if (typeof el.checkVisibility !== 'function') return true;
  if (el.checkVisibility({ visibilityProperty: true })) return true;
  // `display: contents` has no box of its own, so checkVisibility says false while its text shows.
  const view = el.ownerDocument.defaultView;
  const parent = el.parentElement;
  if (view && parent && view.getComputedStyle(el).display === 'contents') {
    return view.getComputedStyle(el).visibility !== 'hidden' && isVisible(parent);
  }
  return false;
}
