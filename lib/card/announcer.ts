/** Says short texts to screen readers through a polite live region. */
export interface Announcer {
  say(text: string): void;
  remove(): void;
}

// A live region announces changes, not content it was created with; and a
// reader given the same text twice may stay silent. So the text is cleared at
// once and set a moment later, after the region is in the accessibility tree.
const SETTLE_MS = 100;

/**
 * A visually hidden `role="status"` region in `container` (our shadow root, never
 * the page). Custom Highlight API marks are invisible to assistive technology;
 * this is how the next-mention command tells a screen-reader user where it went.
 */
export function createAnnouncer(container: HTMLElement): Announcer {
  const region = container.ownerDocument.createElement('div');
  region.className = 'fn-announcer';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('aria-atomic', 'true');
  container.append(region);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    say(text) {
      clearTimeout(timer);
      region.textContent = '';
      timer = setTimeout(() => (region.textContent = text), SETTLE_MS);
    },
    remove() {
      clearTimeout(timer);
      region.remove();
    },
  };
}
