/**
 * Rendered-text collection: one pass over a subtree that concatenates its text
 * nodes into one string, with a separator wherever a block boundary or `<br>`
 * splits words, so one regex pass over the string sees every inline run.
 *
 * Test pages: tests/e2e/fixtures/*.html, ../shared/corpus/pages (incl. hidden-nodes.html).
 */

/** Stands between inline runs: not a letter and not whitespace, so no mention crosses it. */
export const RUN_SEPARATOR = '\u0000';

// Elements whose text never renders as page text (spec: "Text that counts").
// `fact-notes-ui` is our own host; it sits outside <body> but a page could move it.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'OPTGROUP',
  'TITLE', 'IFRAME', 'OBJECT', 'FACT-NOTES-UI',
]);

// Phrasing elements that do not split words. Everything else is treated as a block,
// except custom elements, which are inline by default.
const INLINE = new Set([
  'A', 'ABBR', 'ACRONYM', 'B', 'BDI', 'BDO', 'BIG', 'CITE', 'CODE', 'DATA', 'DEL', 'DFN', 'EM',
  'FONT', 'I', 'INS', 'KBD', 'LABEL', 'MARK', 'NOBR', 'Q', 'RUBY', 'RB', 'S', 'SAMP', 'SMALL',
  'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'TT', 'U', 'VAR', 'WBR', 'OUTPUT', 'METER',
]);

/** The text of one subtree, ready for matching. */
export interface CollectedText {
  /** All text, with RUN_SEPARATOR between inline runs. */
  readonly text: string;
  /** The text nodes, in order, that make up `text`. */
  readonly nodes: Text[];
  /** Where each node's data starts in `text`. */
  readonly starts: number[];
  /** Open shadow roots met inside the subtree (not scanned here; callers recurse). */
  readonly shadowRoots: ShadowRoot[];
}

/** Whether an element starts a new run of inline text. */
export function isBlockBoundary(el: Element): boolean {
  const name = el.nodeName;
  return !INLINE.has(name) && !name.includes('-');
}

/** The nearest ancestor (or the node itself) whose text forms whole runs: a block, a shadow root or the document. */
export function blockOf(node: Node): Node {
  let current: Node | null = node.nodeType === Node.TEXT_NODE ? node.parentNode : node;
  while (current && current.nodeType === Node.ELEMENT_NODE && !isBlockBoundary(current as Element)) {
    current = current.parentNode;
  }
  return current ?? node;
}

/** Whether a text node's parent chain puts it out of the rendered text by element type alone. */
function runOwner(text: Text): Node | null {
  let el = text.parentNode;
  while (el && el.nodeType === Node.ELEMENT_NODE) {
    const name = el.nodeName;
    if (SKIPPED.has(name)) return null;
    if (!INLINE.has(name) && !name.includes('-')) return el;
    el = el.parentNode;
  }
  return el;
}

/** Collects the rendered-text candidates of `root` (an element, document or shadow root). */
export function collectText(root: Node): CollectedText {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const shadowRoots: ShadowRoot[] = [];
  let text = '';
  let lastOwner: Node | null = null;
  let isBroken = false;
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) {
    shadowRoots.push((root as Element).shadowRoot!);
  }
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const owner = runOwner(node as Text);
      if (!owner) continue;
      if (owner !== lastOwner || isBroken) {
        if (text.length > 0) text += RUN_SEPARATOR;
        lastOwner = owner;
        isBroken = false;
      }
      nodes.push(node as Text);
      starts.push(text.length);
      text += (node as Text).data;
    } else {
      const el = node as Element;
      if (el.shadowRoot) shadowRoots.push(el.shadowRoot);
      if (el.nodeName === 'BR') isBroken = true;
    }
  }
  return { text, nodes, starts, shadowRoots };
}
