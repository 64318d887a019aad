import type { PageMention } from '../page/page-mention';
import highlightCss from '../../assets/highlights.css?inline';

/** How mentions are marked; `none` still lets cards open from the keyboard. */
export type HighlightStyle = 'soft' | 'underline' | 'none';

const PREFIX = 'fact-notes';
const ACTIVE = `${PREFIX}-active`;
// Every name we may register. Listed, not found by iterating CSS.highlights:
// Firefox content scripts cannot iterate the page's registry through Xrays.
const NAMES = [`${PREFIX}-soft`, `${PREFIX}-underline`, ACTIVE];
/**
 * How long one task may spend adding ranges to the highlight. Firefox takes ~10 µs a
 * range through the content script's Xrays, so a page of 10,000 mentions would hold
 * the main thread for 100 ms at once; past this, the rest is added in later frames.
 */
const ADD_SLICE_MS = 8;

/** Paints mentions with the CSS Custom Highlight API. */
export interface Painter {
  paint(mentions: readonly PageMention[]): void;
  /** Marks the mention whose card is open, or none. */
  setActive(mention: PageMention | undefined): void;
  setStyle(style: HighlightStyle): void;
  /** How many shadow roots hold our constructed sheet (Firefox): for tests, which check nothing is kept. */
  readonly adoptedRootCount: number;
}

/** Options for {@link createPainter}. */
export interface PainterOptions {
  /** Put our sheet into the shadow roots painted in; default: in Firefox only (tests choose). */
  adoptsSheets?: boolean;
}

/**
 * Registers our highlights in `CSS.highlights` and removes them when `signal`
 * aborts. Page nodes are never touched: contract item 4.
 */
export function createPainter(signal: AbortSignal, { adoptsSheets = import.meta.env.FIREFOX }: PainterOptions = {}): Painter {
  const all = new Highlight();
  const active = new Highlight();
  active.priority = 1;
  let style: HighlightStyle = 'soft';
  const adopted = new Map<ShadowRoot, CSSStyleSheet>();
  // What `all` holds, kept on our side (reading `all` crosses Xrays in Firefox): each paint
  // changes only the difference, so appending mentions to a long page costs per new mention,
  // not per mention on the page (issue 6). Removals are done at once; additions wait in
  // `queue`, rebuilt from each paint's mentions, when there are many.
  const held = new Set<AbstractRange>();
  // The shadow root of each held range inside one (Firefox): found once, as the range is
  // added, since getRootNode() through Xrays costs as much as the add itself.
  const rootOf = new Map<AbstractRange, ShadowRoot>();
  let queue: AbstractRange[] = [];
  let queueAt = 0;
  let adder: number | undefined;
  const addQueued = () => {
    adder = undefined;
    const started = performance.now();
    while (queueAt < queue.length) {
      const range = queue[queueAt++]!;
      if (!held.has(range)) {
        all.add(range);
        held.add(range);
        // Firefox does not apply the manifest's ::highlight rules inside shadow trees.
        if (adoptsSheets) {
          const root = range.startContainer.getRootNode();
          if (root instanceof ShadowRoot) rootOf.set(range, root);
        }
      }
      if ((queueAt & 15) === 0 && performance.now() - started > ADD_SLICE_MS) break;
    }
    if (adoptsSheets) syncSheets();
    // One slice a frame, not back-to-back tasks or idle time: each frame shows the marks
    // added so far, the page's own frame work still fits beside ours, and a hidden tab,
    // where no frame comes, spends nothing on marks no one sees until it is shown.
    if (queueAt < queue.length) adder = requestAnimationFrame(addQueued);
    else queue = [];
  };
  // Nothing tells us when a page replaces a root's adopted sheets; a cheap look
  // twice a second puts ours back (contract item 4). Firefox only, roots we paint in only:
  // a root is dropped once no mention is painted in it or its host leaves the page (the
  // next paint adds it again if it comes back), and the timer runs only while one is left (issue 9).
  let sheetKeeper: ReturnType<typeof setInterval> | undefined;
  const drop = (root: ShadowRoot, sheet: CSSStyleSheet) => {
    adopted.delete(root);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
  };
  // One sheet in each root a held range is in, while its host is in the page.
  const syncSheets = () => {
    const roots = new Set<ShadowRoot>();
    for (const root of rootOf.values()) if (root.host.isConnected) roots.add(root);
    for (const [root, sheet] of adopted) if (!roots.has(root)) drop(root, sheet);
    for (const root of roots) if (!adopted.has(root)) adopted.set(root, markSheet());
    if (adopted.size > 0 && !signal.aborted) sheetKeeper ??= setInterval(keepSheets, 500);
    keepSheets();
  };
  const keepSheets = () => {
    for (const [root, sheet] of adopted) {
      if (root.host.isConnected) adoptSheet(root, sheet);
      else drop(root, sheet);
    }
    if (adopted.size === 0) {
      clearInterval(sheetKeeper);
      sheetKeeper = undefined;
    }
  };

  const unregister = clearHighlights;
  const register = () => {
    unregister();
    if (style !== 'none') CSS.highlights.set(`${PREFIX}-${style}`, all);
    CSS.highlights.set(ACTIVE, active);
  };
  register();
  signal.addEventListener(
    'abort',
    () => {
      unregister();
      if (adder !== undefined) cancelAnimationFrame(adder);
      clearInterval(sheetKeeper);
      sheetKeeper = undefined;
      for (const [root, sheet] of adopted) drop(root, sheet);
    },
    { once: true },
  );

  return {
    paint(mentions) {
      const next = new Set<AbstractRange>();
      queue = [];
      queueAt = 0;
      for (const mention of mentions) {
        next.add(mention.range);
        if (!held.has(mention.range)) queue.push(mention.range);
      }
      for (const range of held) {
        if (next.has(range)) continue;
        all.delete(range);
        held.delete(range);
        rootOf.delete(range);
      }
      if (adder !== undefined) cancelAnimationFrame(adder);
      // Sheets are synced there too, so a root whose host came back gets ours again.
      if (!signal.aborted) addQueued();
    },
    setActive(mention) {
      active.clear();
      if (mention) active.add(mention.range);
    },
    setStyle(next) {
      if (next === style) return;
      style = next;
      register();
    },
    get adoptedRootCount() {
      return adopted.size;
    },
  };
}

/** Takes every highlight we may register out of `CSS.highlights`, whoever registered it. */
export function clearHighlights(): void {
  for (const name of NAMES) CSS.highlights.delete(name);
}

function markSheet(): CSSStyleSheet {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(highlightCss);
  return sheet;
}

/** Appends our sheet to a root's adopted sheets unless it is there: after the page's own, never replacing them. */
function adoptSheet(root: ShadowRoot, sheet: CSSStyleSheet): void {
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
