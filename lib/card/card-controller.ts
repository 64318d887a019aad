import type { MentionIndex, PageMention } from '../page/page-mention';
import type { Subject } from '../pack/compile-packs';
import type { EntityKey } from '../entity-key';
import { createAnnouncer, type Announcer } from './announcer';
import type { CardLabels } from './card-labels';
import { createCardPopover, type CardPopover } from './card-popover';
import { createFocusReturn, type FocusReturn } from './focus-return';
import { forgetHitTestMemo, hitTest } from './hit-test';
import { createInputTracker } from './input-tracker';
import { createHoverIntent, type IntentCause, type OpenOn } from './hover-intent';
import { nextMention, type LastVisit } from './next-mention';
import { placeCard, type Point } from './place-card';
import { renderCard } from './render-card';
import { revealRange } from './reveal-range';
import { sourceNote } from './source-note';
import { tryLiveRange } from './try-live-range';

/** Card settings, read at each open so popup changes apply without a reload. */
export interface CardOptions {
  openOn: OpenOn;
  theme: 'system' | 'light' | 'dark';
}

/** Where the card goes: the `<fact-notes-ui>` shadow root and an element inside it. */
export interface CardUi {
  root: ShadowRoot;
  /** Element inside `root` that the card lives in; gets `data-theme`. */
  container: HTMLElement;
}

export interface CardControllerConfig {
  /** The `<fact-notes-ui>` shadow root, when the UI exists already. */
  root?: ShadowRoot;
  /** Element inside `root` that the card lives in; gets `data-theme`. */
  container?: HTMLElement;
  /**
   * Makes the UI on first need instead (issue 10: no host, stylesheet or Preact on a page until a
   * card opens); called at each open, so it can also put back a host the page removed.
   */
  mountUi?(): CardUi;
  index: MentionIndex;
  /** The person or place a key names: the notes of every enabled pack on it. */
  getSubject(key: EntityKey): Subject | undefined;
  /** Aborting removes every listener and the card. */
  signal: AbortSignal;
  onOpenArticle(id: EntityKey): void;
  getOptions(): CardOptions;
  /** The mention the open card belongs to, or undefined once it closes (to paint it as active). */
  onActiveChange?(mention: PageMention | undefined): void;
  /** Interface words in the browser's language: `cardLabels(t)`. */
  labels: CardLabels;
  /** Brings the index up to date (around `node`, the text under the pointer) before a hit test or when the anchor is lost. */
  syncAt?(node?: Node): void;
  /** Replaces caret-based hit testing; for tests. */
  findMention?(x: number, y: number): PageMention | undefined;
}

/** `hover` opens like a dwell (closes when the pointer leaves); `pin` like a click. */
export type OpenHow = 'hover' | 'pin';

export interface CardController {
  /** Opens `mention`'s card; `pointer` picks the line of a wrapped name. */
  open(mention: PageMention, how?: OpenHow, pointer?: Point): void;
  /** Closes the card, returning focus if it was inside. */
  close(): void;
  /** Opens the mention after the last opened one (document order, wrapping) from the keyboard; returns it. */
  nextMention(): PageMention | undefined;
  /** Scrolls `mention` into view and opens its card pinned, with focus on its heading. */
  openFromKeyboard(mention: PageMention): void;
  /** The page re-rendered the open mention's text: keep the card open, anchored to `mention`, its equal. */
  follow(mention: PageMention): void;
  /** The entity shown (a related entity after switching), or undefined when closed. */
  readonly openEntity: EntityKey | undefined;
  /** The mention the open card is anchored to. */
  readonly openMention: PageMention | undefined;
}

/**
 * Owns the entity card: one delegated set of document listeners turns pointer,
 * click and Escape into hover intent; it renders the card into a manual popover
 * (top layer, so no page z-index or overflow hides it), keeps it placed, and
 * remembers and restores focus. Components only render; this touches the page.
 */
export function createCardController(config: CardControllerConfig): CardController {
  const { index, signal } = config;
  const doc = config.container?.ownerDocument ?? document;
  // The card's DOM: made at the first open, not when the first mention is found.
  let view: { container: HTMLElement; popover: CardPopover; focus: FocusReturn; announcer: Announcer } | undefined;
  const mountView = (): NonNullable<typeof view> => {
    const ui = config.mountUi?.() ?? ({ root: config.root, container: config.container } as CardUi);
    if (view) return view;
    const popover = createCardPopover(ui.container);
    const announcer = createAnnouncer(ui.container);
    return (view = { container: ui.container, popover, focus: createFocusReturn(ui.root, popover.element), announcer });
  };
  let anchor: PageMention | undefined;
  let entityId: EntityKey | undefined;
  let lastOpened: LastVisit<PageMention> | undefined;
  let stopPlacing: (() => void) | undefined;
  let apiPointer: Point | undefined;
  const find = config.findMention ?? ((x: number, y: number) => hitTest(x, y, index, doc, config.syncAt));
  // The anchor's text left the page: a re-render not yet rescanned may have put its twin there, which
  // bringing the index up to date follows (see follow); only text really gone closes the card.
  const onLost = (): void => {
    config.syncAt?.();
    if (anchor && !anchor.range.startContainer.isConnected) intent.hide();
  };

  const intent = createHoverIntent<PageMention>({
    getOpenOn: () => config.getOptions().openOn,
    onChange: (current, pinned, cause) => (current ? show(current, pinned, cause) : hide()),
  });
  const input = createInputTracker({
    target: doc,
    signal,
    getPopover: () => view?.popover.element,
    find: (x, y) => (config.getOptions().openOn === 'click' ? undefined : find(x, y)),
    findOnPress: find,
    intent,
  });

  function show(mention: PageMention, pinned: boolean, cause: IntentCause): void {
    if (mention === anchor && view) {
      view.popover.element.dataset.state = pinned ? 'pinned' : 'hover';
      // Clicking the mention again brings back its own entity after a switch to a related one.
      if (cause === 'press' && entityId !== mention.entity) switchTo(mention.entity);
      return;
    }
    const entity = config.getSubject(mention.entity);
    const range = tryLiveRange(mention.range);
    if (!entity || !range || signal.aborted) return intent.hide();
    const { popover, focus } = mountView();
    popover.element.dataset.state = pinned ? 'pinned' : 'hover';
    focus.remember();
    anchor = mention;
    entityId = entity.key;
    lastOpened = { item: mention, position: index.list().indexOf(mention) };
    draw();
    popover.setShown(true);
    stopPlacing?.();
    const at = cause === 'api' ? apiPointer : input.last;
    stopPlacing = placeCard(popover.element, range, { pointer: at, onLost });
    config.onActiveChange?.(mention);
  }

  function hide(): void {
    if (!anchor || !view) return;
    const { popover, focus } = view;
    const hadFocus = focus.isInCard();
    stopPlacing?.();
    stopPlacing = undefined;
    renderCard(popover.element, null);
    popover.setShown(false);
    anchor = undefined;
    entityId = undefined;
    if (hadFocus) focus.restore();
    config.onActiveChange?.(undefined);
  }

  function draw(): void {
    const subject = entityId && config.getSubject(entityId);
    if (!subject || !view) return;
    const { popover, container } = view;
    container.dataset.theme = config.getOptions().theme;
    const relatedKeys = new Set(subject.notes.flatMap((notes) => notes.entity.related));
    const related = [...relatedKeys].flatMap((id) => {
      const other = id !== subject.key && config.getSubject(id);
      return other ? [{ id, name: other.name }] : [];
    });
    renderCard(popover.element, {
      subject,
      related,
      sourceNotes: subject.notes.map((notes) => sourceNote(notes.source)),
      labels: config.labels,
      onRelated: switchTo,
      onOpenArticle: (id) => config.onOpenArticle(id),
      onClose: () => intent.hide(),
    });
  }

  /** A related entity replaces the content in place; the card stays anchored to the same mention. */
  function switchTo(id: EntityKey): void {
    if (!anchor || !view || !config.getSubject(id)) return;
    const hadFocus = view.focus.isInCard();
    intent.press('card');
    entityId = id;
    draw();
    // The pressed button may be gone from the new card; keep keyboard users inside it.
    if (hadFocus) focusHeading();
  }

  function focusHeading(): void {
    view?.popover.element.querySelector<HTMLElement>('[role="dialog"] h2')?.focus({ preventScroll: true });
  }

  function openFromKeyboard(mention: PageMention): void {
    const range = signal.aborted ? undefined : tryLiveRange(mention.range);
    if (!range) return;
    revealRange(range);
    mountView().focus.remember();
    apiPointer = undefined;
    intent.show(mention, true);
    if (anchor !== mention) return;
    focusHeading();
    // Marks are invisible to a screen reader: say where the keyboard went.
    const name = config.getSubject(mention.entity)?.name;
    const list = index.list();
    if (name && view) view.announcer.say(config.labels.mentionOf(list.indexOf(mention) + 1, list.length, name));
  }

  const teardown = (): void => {
    forgetHitTestMemo();
    input.stop();
    hide();
    intent.dispose();
    view?.popover.remove();
    view?.announcer.remove();
  };
  if (signal.aborted) teardown();
  else signal.addEventListener('abort', teardown, { once: true });

  return {
    open(mention, how = 'pin', at) {
      apiPointer = at;
      intent.show(mention, how === 'pin');
    },
    close: () => intent.hide(),
    nextMention() {
      const next = nextMention(index.list(), lastOpened);
      if (next) openFromKeyboard(next);
      return next;
    },
    openFromKeyboard,
    follow(mention) {
      const range = anchor && tryLiveRange(mention.range);
      if (!range || !view) return;
      const { popover } = view;
      anchor = mention;
      intent.retarget(mention);
      if (lastOpened) lastOpened = { item: mention, position: index.list().indexOf(mention) };
      stopPlacing?.();
      stopPlacing = placeCard(popover.element, range, { pointer: input.last, onLost });
      config.onActiveChange?.(mention);
    },
    get openEntity() {
      return entityId;
    },
    get openMention() {
      return anchor;
    },
  };
}
