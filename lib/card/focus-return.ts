import { deepActiveElement } from './deep-active-element';

/** Remembers where focus was before the card took it, and puts it back. */
export interface FocusReturn {
  /** Whether focus is inside the card now. */
  isInCard(): boolean;
  /** Notes the focused element, unless focus is already inside the card. */
  remember(): void;
  /** Refocuses the noted element if it is still in the document. */
  restore(): void;
}

/** Focus bookkeeping for a card element inside `root` (the UI's shadow root). */
export function createFocusReturn(root: ShadowRoot, card: Element): FocusReturn {
  let saved: Element | null = null;
  const isInCard = (): boolean => root.activeElement !== null && card.contains(root.activeElement);
  return {
    isInCard,
    remember() {
      // Switching cards keeps the first place: that is where Escape should go back to.
      if (!isInCard()) saved = deepActiveElement(root.host.ownerDocument);
    },
    restore() {
      const target = saved;
      saved = null;
      if (target?.isConnected && 'focus' in target && typeof target.focus === 'function') {
        (target as HTMLElement).focus({ preventScroll: true });
      }
    },
  };
}
