import type { PageMention } from '../page/page-mention';
import highlightCss from '../../assets/highlights.css?inline';

/** How mentions are marked; `none` still lets cards open from the keyboard. */
export type HighlightStyle = 'soft' | 'underline' | 'none';

const PREFIX = 'fact-notes';
const ACTIVE = `${PREFIX}-active`;
// Every name we may register. Listed, not found by iterating CSS.highlights:
// Firefox content scripts cannot iterate the page's registry through Xrays.
const NAMES = [`${PREFIX}-soft`, `${PREFIX}-underline`, ACTIVE];

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
  // What `all` holds: each paint changes only the difference, so appending mentions to
  // a long page costs per new mention, not per mention on the page (issue 6).
  let painted = new Set<AbstractRange>();
  // Nothing tells us when a page replaces a root's adopted sheets; a cheap look
  // twice a second puts ours back (contract item 4). Firefox only, roots we paint in only:
  // a root is dropped once no mention is painted in it or its host leaves the page (the
  // next paint adds it again if it comes back), and the timer runs only while one is left (issue 9).
  let sheetKeeper: ReturnType<typeof setInterval> | undefined;
  const drop = (root: ShadowRoot, sheet: CSSStyleSheet) => {
    adopted.delete(root);
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
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
      clearInterval(sheetKeeper);
      sheetKeeper = undefined;
      for (const [root, sheet] of adopted) drop(root, sheet);
    },
    { once: true },
  );

  return {
    paint(mentions) {
      const next = new Set<AbstractRange>();
      const roots = new Set<ShadowRoot>();
      for (const mention of mentions) {
        next.add(mention.range);
        if (!painted.has(mention.range)) all.add(mention.range);
        // Firefox does not apply the manifest's ::highlight rules inside shadow trees.
        if (adoptsSheets) {
          const root = mention.range.startContainer.getRootNode();
          if (root instanceof ShadowRoot && root.host.isConnected) roots.add(root);
        }
      }
      for (const range of painted) if (!next.has(range)) all.delete(range);
      painted = next;
      for (const [root, sheet] of adopted) if (!roots.has(root)) drop(root, sheet);
      for (const root of roots) if (!adopted.has(root)) adopted.set(root, markSheet());
      if (adopted.size > 0 && !signal.aborted) sheetKeeper ??= setInterval(keepSheets, 500);
      keepSheets();
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
