import type { Driver, Point, Tab } from './driver.ts';
import { pollFor } from './poll-for.ts';

// Everything here reads the page from its main world, as a page script could:
// black-box views of contract items 3–5. Functions passed to evaluate are
// serialized, so they carry their helpers inside.

/** One `CSS.highlights` entry of ours with the text of each range. */
export interface Mark {
  name: string;
  texts: string[];
  /** How many of its ranges start in a node that is no longer in the document. */
  stale: number;
}

/** The extension's highlight entries (names starting with `fact-notes`), texts read through live Ranges. */
export function readMarks(tab: Tab): Promise<Mark[]> {
  return tab.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('fact-notes'))
      .map(([name, highlight]) => {
        const ranges = [...highlight] as AbstractRange[];
        // Highlights may hold StaticRanges, which have no toString.
        const texts = ranges.map((range) => {
          try {
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            return live.toString();
          } catch {
            return '<invalid range>';
          }
        });
        return { name, texts, stale: ranges.filter((range) => !range.startContainer.isConnected).length };
      }),
  );
}

/** Mention text as a reader would compare it: invisible characters dropped, any run of spaces as one space, a possessive 's dropped. */
export function normalizeMention(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/['’]s$/, '');
}

/** The texts painted as marked mentions (every entry but the active one), normalized and sorted. */
export async function markedTexts(tab: Tab): Promise<string[]> {
  const marks = await readMarks(tab);
  return marks
    .filter((mark) => mark.name !== 'fact-notes-active')
    .flatMap((mark) => mark.texts)
    .map(normalizeMention)
    .sort();
}

/** What the open card looks like from the page (contract item 5). */
export interface CardState {
  /** A `role=dialog` element with `data-entity` is rendered in the host's shadow root. */
  isOpen: boolean;
  entity: string | null;
  /** Accessible name from aria-labelledby (or aria-label). */
  name: string;
  /** `:popover-open` of the dialog's popover ancestor (top layer), false if it has none. */
  isInTopLayer: boolean;
  rect: { left: number; top: number; right: number; bottom: number; width: number; height: number } | null;
  /** document.elementFromPoint at the card's centre and inner corners is the host (nothing of the page covers it). */
  isUncovered: boolean;
  /** Focus is on an element inside the dialog. */
  hasFocus: boolean;
  /** The deep active element as `tag#id`, looking into open shadow roots. */
  focused: string;
}

/** Reads the card state. */
export function readCard(tab: Tab): Promise<CardState> {
  return tab.evaluate(() => {
    const host = document.querySelector('fact-notes-ui');
    const root = host?.shadowRoot ?? null;
    const dialog = root?.querySelector<HTMLElement>('[role="dialog"][data-entity]') ?? null;
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const focused = active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : 'none';
    const hasFocus = !!dialog && !!active && dialog.contains(active);
    if (!dialog || !root || !host) {
      return { isOpen: false, entity: null, name: '', isInTopLayer: false, rect: null, isUncovered: false, hasFocus, focused };
    }
    const ids = (dialog.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const labelled = ids
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    const name = labelled || (dialog.getAttribute('aria-label') ?? '');
    const popover = dialog.closest('[popover]');
    const box = dialog.getBoundingClientRect();
    const visible = dialog.checkVisibility({ visibilityProperty: true }) && box.width > 0 && box.height > 0;
    const inset = 4;
    const probes = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + inset, box.top + inset],
      [box.right - inset, box.top + inset],
      [box.left + inset, box.bottom - inset],
      [box.right - inset, box.bottom - inset],
    ];
    const isUncovered = visible && probes.every(([x, y]) => document.elementFromPoint(x!, y!) === host);
    return {
      isOpen: visible,
      entity: dialog.dataset.entity ?? null,
      name,
      isInTopLayer: !!popover && popover.matches(':popover-open'),
      rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom, width: box.width, height: box.height },
      isUncovered,
      hasFocus,
      focused,
    };
  });
}

/** Polls until the card is open (optionally for `entity`) and returns its state; `timeoutMs` defaults to the contract's one second. */
export function waitForCard(tab: Tab, entity?: string, timeoutMs = 1000): Promise<CardState> {
  return pollFor(
    () => readCard(tab),
    (card) => card.isOpen && (!entity || card.entity === entity),
    `the ${entity ?? ''} card to open`,
    timeoutMs,
  );
}

/** Polls until no card is open. */
export function waitForNoCard(tab: Tab, timeoutMs = 1000): Promise<CardState> {
  return pollFor(
    () => readCard(tab),
    (card) => !card.isOpen,
    'the card to close',
    timeoutMs,
  );
}

/** Where a piece of text is, found inside the element a selector path names. */
export interface TextTarget {
  /** Selectors applied in turn; each after the first looks inside the previous match's open shadow root. */
  path: string[];
  /** The text to find (may span several text nodes) and which occurrence (default first). */
  text: string;
  occurrence?: number;
}

/** Centre of the first line box of `target`'s text, in viewport coordinates. */
export async function pointOf(tab: Pick<Tab, 'evaluate'>, target: TextTarget): Promise<Point> {
  const point = await tab.evaluate(
    ({ path, text, occurrence }) => {
      let scope: Document | ShadowRoot = document;
      let element: Element | null = null;
      for (const selector of path) {
        element = scope.querySelector(selector);
        if (!element) return `no element for ${selector}`;
        if (element.shadowRoot) scope = element.shadowRoot;
      }
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const all = nodes.map((node) => node.data).join('');
      let at = -1;
      for (let i = 0; i <= (occurrence ?? 0); i++) at = all.indexOf(text, at + 1);
      if (at < 0) return `no "${text}" in ${path.join(' ')}`;
      const range = document.createRange();
      let offset = 0;
      for (const node of nodes) {
        const end = offset + node.data.length;
        if (at >= offset && at < end) range.setStart(node, at - offset);
        if (at + text.length > offset && at + text.length <= end) range.setEnd(node, at + text.length - offset);
        offset = end;
      }
      const rect = range.getClientRects()[0];
      if (!rect) return `"${text}" has no box`;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    { path: target.path, text: target.text, occurrence: target.occurrence ?? 0 },
  );
  if (typeof point === 'string') throw new Error(`pointOf: ${point}`);
  return point;
}

/** Polls until the badge reads `expected`, within the contract's one second by default. */
export function waitForBadge(tab: Tab, expected: string, timeoutMs = 1000): Promise<string> {
  return pollFor(
    () => tab.badge(),
    (text) => text === expected,
    `the badge to read "${expected}"`,
    timeoutMs,
  );
}

/**
 * Waits until the content script has painted here: our highlights are registered. The
 * `<fact-notes-ui>` host comes only with the first card (issue 10, contract item 4).
 */
export function waitForHost(tab: Tab, timeoutMs = 10_000): Promise<unknown> {
  return pollFor(
    () => tab.evaluate(() => [...CSS.highlights.keys()].some((name) => name.startsWith('fact-notes'))),
    Boolean,
    'the content script to register its highlights',
    timeoutMs,
  );
}

/** Waits until the content script answers here and is active (on a page without mentions it adds nothing to see). */
export function waitForContentScript(tab: Tab, timeoutMs = 10_000): Promise<unknown> {
  return pollFor(
    () => tab.sendMessage<PageMentions>({ type: 'page-mentions' }).catch(() => undefined),
    (answer) => answer?.isActive === true,
    'the content script to answer',
    timeoutMs,
  );
}

/** Per-entity counts the content script reports (the popup's question), plus whether it is active. */
export interface PageMentions {
  isActive: boolean;
  hostname: string;
  counts: Record<string, number>;
}

/** Asks the content script what it counts, like the popup does. */
export function askMentions(tab: Tab): Promise<PageMentions> {
  return tab.sendMessage<PageMentions>({ type: 'page-mentions' });
}

/** Returns a function that lists the extension errors (see Driver.extensionErrors) added since this call. */
export async function errorsSince(driver: Driver): Promise<() => Promise<string[]>> {
  const before = new Set(await driver.extensionErrors());
  return async () => (await driver.extensionErrors()).filter((error) => !before.has(error));
}

/** Resolves after `ms`; only where absence must be shown (nothing may happen within the contract's time). */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The next-mention command's live region in our shadow root, or null before the first card. */
export function readAnnouncement(
  tab: Tab,
): Promise<{ text: string; role: string | null; live: string | null; inShadowRoot: boolean } | null> {
  return tab.evaluate(() => {
    const region = document.querySelector('fact-notes-ui')?.shadowRoot?.querySelector('[aria-live]');
    if (!region) return null;
    return {
      text: region.textContent,
      role: region.getAttribute('role'),
      live: region.getAttribute('aria-live'),
      inShadowRoot: region.getRootNode() instanceof ShadowRoot,
    };
  });
}
