/**
 * Rendered-text collection: one pass over a subtree that gathers its text
 * nodes into inline runs, split wherever a block boundary or `<br>` splits
 * words, so one regex pass over each run sees every name in it.
 *
 * Test pages: tests/e2e/fixtures/*.html, ../shared/corpus/pages (incl. hidden-nodes.html).
 */

/** Stands between inline runs: not a letter and not whitespace, so no mention crosses it. */
export const RUN_SEPARATOR = '\u0000';

// Names are `localName`s: lowercase for HTML, and a little cheaper to read than `nodeName`.
/**
 * Elements whose text never renders as page text (spec: "Text that counts"), by localName.
 * `fact-notes-ui` is our own host; it sits outside <body> but a page could move it.
 */
export const SKIPPED: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'select',
  'option',
  'optgroup',
  'title',
  'iframe',
  'object',
  'fact-notes-ui',
]);

// Phrasing elements that do not split words. Everything else is treated as a block,
// except custom elements, which are inline by default.
const INLINE = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  'rb',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
  'output',
  'meter',
]);

/** Empty elements that sit inside a line of text (replaced or form-control boxes), so they split no word. */
const REPLACED_INLINE = new Set(['img', 'input', 'button', 'embed', 'video', 'audio', 'canvas', 'picture', 'svg', 'math']);

/**
 * The only elements attachShadow() accepts besides custom elements (DOM spec), by localName;
 * asking every other element for its shadowRoot would cost a DOM call each for nothing.
 */
export const SHADOW_HOSTS: ReadonlySet<string> = new Set([
  'article',
  'aside',
  'blockquote',
  'body',
  'div',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'main',
  'nav',
  'p',
  'section',
  'span',
]);

/** One run of inline text: what a reader sees as unbroken words between block boundaries. */
export interface TextRun {
  /** The run's text: its nodes' data, concatenated. */
  readonly text: string;
  /** Index in `nodes` of the run's first node. */
  readonly first: number;
  /** Where the run starts in the joined `text`. */
  readonly start: number;
}

/** The text of one subtree, ready for matching. */
export interface CollectedText {
  /** The inline runs, in document order; each is matched on its own. */
  readonly runs: readonly TextRun[];
  /** The text nodes, in order, that make up `text`. */
  readonly nodes: Text[];
  /** Where each node's data starts in `text`. */
  readonly starts: number[];
  /** Open shadow roots met inside the subtree (not scanned here; callers recurse). */
  readonly shadowRoots: ShadowRoot[];
}

/** Whether an element starts a new run of inline text. */
export function isBlockBoundary(el: Element): boolean {
  const name = el.localName;
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

/**
 * The run owner of text directly inside `el`: its nearest block (or the
 * shadow root or document above it), or null when an element that never
 * renders text (script, style, …) comes first.
 */
function ownerFrom(el: Node | null): Node | null {
  while (el && el.nodeType === Node.ELEMENT_NODE) {
    const name = (el as Element).localName;
    if (SKIPPED.has(name)) return null;
    if (!INLINE.has(name) && !name.includes('-')) return el;
    el = el.parentNode;
  }
  return el;
}

/** How many nodes the collector walks between two readings of the clock. */
const NODES_PER_CLOCK_READ = 256;

/**
 * Collects the rendered-text candidates of `root` (an element, document or shadow root).
 *
 * Built for speed, as it runs over every page (bench/, `npm run bench`): one walk by
 * firstChild/nextSibling that carries each element's run owner down, instead of walking
 * up from every text node; and runs stay separate strings, because matching each alone
 * keeps most of them one-byte strings, which V8 scans several times faster than one
 * joined page-long string (a single curly quote makes that two-byte).
 */
export function collectText(root: Node): CollectedText {
  return textCollector(root)(() => false)!;
}

/**
 * {@link collectText} spread over as many calls as it takes: each call walks on
 * (always some nodes) until done or `isOutOfTime()`, read every few hundred
 * nodes, and returns the collection once done. One block can hold a whole page
 * (5,000 nested inline elements, in Firefox ~10 µs each through the content
 * script's Xray wrappers), so a block is no unit of work small enough to be
 * done in one idle slice. The walk's state lives in the closure and is copied
 * into locals for each call, which keeps the loop as fast as a plain function.
 */
export function textCollector(root: Node): (isOutOfTime: () => boolean) => CollectedText | undefined {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const runs: TextRun[] = [];
  const shadowRoots: ShadowRoot[] = [];
  // The open elements below root, and the owner outside each, restored on the way back up.
  const parents: Node[] = [];
  const outerOwners: (Node | null)[] = [];
  const state = {
    node: root.firstChild as Node | null,
    owner: ownerFrom(root),
    lastOwner: null as Node | null,
    isBroken: false,
    length: 0,
    runText: '',
    runFirst: 0,
    runStart: 0,
  };
  if (root.nodeType === Node.ELEMENT_NODE && (root as Element).shadowRoot) {
    shadowRoots.push((root as Element).shadowRoot!);
  }
  let result: CollectedText | undefined;
  return (isOutOfTime) => {
    if (result) return result;
    let { node, owner, lastOwner, isBroken, length, runText, runFirst, runStart } = state;
    let budget = NODES_PER_CLOCK_READ;
    while (node) {
      if (--budget === 0) {
        if (isOutOfTime()) {
          Object.assign(state, { node, owner, lastOwner, isBroken, length, runText, runFirst, runStart });
          return undefined;
        }
        budget = NODES_PER_CLOCK_READ;
      }
      const type = node.nodeType;
      if (type === Node.TEXT_NODE) {
        if (owner) {
          if (owner !== lastOwner || isBroken) {
            if (nodes.length > runFirst) runs.push({ text: runText, first: runFirst, start: runStart });
            if (length > 0) length++;
            runText = '';
            runFirst = nodes.length;
            runStart = length;
            lastOwner = owner;
            isBroken = false;
          }
          const data = (node as Text).data;
          nodes.push(node as Text);
          starts.push(length);
          runText += data;
          length += data.length;
        }
      } else if (type === Node.ELEMENT_NODE) {
        const el = node as Element;
        const name = el.localName;
        const isCustom = name.includes('-');
        if ((isCustom || SHADOW_HOSTS.has(name)) && el.shadowRoot) shadowRoots.push(el.shadowRoot);
        const child = el.firstChild;
        // An empty block (<hr>, an emptied <div>) splits words as <br> does; images and controls are inline boxes.
        if (!child && !isCustom && !INLINE.has(name) && !SKIPPED.has(name) && !REPLACED_INLINE.has(name)) isBroken = true;
        if (child) {
          parents.push(el);
          outerOwners.push(owner);
          // The decision ownerFrom makes, one level at a time.
          if (SKIPPED.has(name)) owner = null;
          else if (!isCustom && !INLINE.has(name)) owner = el;
          node = child;
          continue;
        }
      }
      // Next in document order: a sibling, or the sibling of the nearest open element that has one.
      while (node && !node.nextSibling) {
        node = parents.pop() ?? null;
        owner = outerOwners.pop() ?? null;
      }
      node = node?.nextSibling ?? null;
    }
    if (nodes.length > runFirst) runs.push({ text: runText, first: runFirst, start: runStart });
    result = { runs, nodes, starts, shadowRoots };
    return result;
  };
}

/** All runs of `collected` joined with RUN_SEPARATOR, as `starts` counts them (for tests and debugging; not shipped). */
export function joinedText({ runs }: CollectedText): string {
  let text = '';
  for (const run of runs) text += (run.start > text.length ? RUN_SEPARATOR : '') + run.text;
  return text;
}
