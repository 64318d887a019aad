// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { applyPageRules } from '../../../lib/match/page-rules';
import { scanSubtree, slicedScan } from '../../../lib/page/scan-subtree';
import { randomText } from '../match/random-text';
import { applyReferencePageRules, referenceFinds } from '../match/reference-mentions';

/**
 * Random DOM trees against a reference of the spec's "Text that counts": blocks of
 * random text (../match/random-text.ts) cut at random points, inside words and
 * names too, into text nodes, nested inline elements, `<br>`s and nested blocks,
 * between hidden blocks and elements that never render text. Left out, because
 * happy-dom has no layout: CSS that changes `display` (inline made block and back),
 * `display: contents`, and hidden elements inside a line of text (they are only
 * whole blocks here).
 */

const RUNS = { seed: 20261203, numRuns: 150 };
const matcher = getDefaultMatcher();

const INLINE_TAGS = ['span', 'b', 'a', 'em', 'strong', 'i', 'x-note'] as const;
const BLOCK_TAGS = ['p', 'div', 'h2', 'blockquote', 'section', 'li'] as const;
const HIDING = ['hidden', 'style="display:none"', 'style="visibility:hidden"'] as const;
const NEVER_RENDERED = ['script', 'style', 'template', 'textarea', 'noscript'] as const;

/** How one piece of a block's text is written into the DOM. */
type Wrap =
  | { kind: 'text' } // a plain text node (two in a row are two nodes)
  | { kind: 'inline'; tags: string[] } // inside nested inline elements
  | { kind: 'br' } // after a line break
  | { kind: 'empty'; tag: string } // after an empty block (a rule, an emptied container)
  | { kind: 'block'; tag: string }; // in a block nested in this one

const wrap: fc.Arbitrary<Wrap> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'text' as const }), weight: 3 },
  {
    arbitrary: fc.array(fc.constantFrom(...INLINE_TAGS), { minLength: 1, maxLength: 3 }).map((tags) => ({ kind: 'inline' as const, tags })),
    weight: 3,
  },
  { arbitrary: fc.constant({ kind: 'br' as const }), weight: 1 },
  { arbitrary: fc.constantFrom('hr', 'div', 'p').map((tag) => ({ kind: 'empty' as const, tag })), weight: 1 },
  { arbitrary: fc.constantFrom(...BLOCK_TAGS).map((tag) => ({ kind: 'block' as const, tag })), weight: 1 },
);

interface Block {
  tag: string;
  pieces: Array<{ text: string; wrap: Wrap }>;
  /** Not rendered: hidden, or an element whose text never renders. */
  hiddenBy?: string;
}

/** A block: random text cut at random points, each piece written its own way. */
const block: fc.Arbitrary<Block> = fc.tuple(fc.constantFrom(...BLOCK_TAGS), randomText).chain(([tag, text]) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: Math.max(1, text.length - 1) }), { maxLength: 6 })
    .map((cuts) => [0, ...cuts.filter((cut) => cut < text.length).sort((a, b) => a - b), text.length])
    .chain((bounds) =>
      fc.array(wrap, { minLength: bounds.length - 1, maxLength: bounds.length - 1 }).map((wraps) => ({
        tag,
        pieces: wraps.map((w, i) => ({ text: text.slice(bounds[i], bounds[i + 1]), wrap: w })),
      })),
    ),
);

const hiddenBlock: fc.Arbitrary<Block> = fc
  .tuple(block, fc.constantFrom<string>(...HIDING, ...NEVER_RENDERED))
  .map(([b, hiddenBy]) => ({ ...b, hiddenBy }));

const page = fc.array(fc.oneof({ arbitrary: block, weight: 4 }, { arbitrary: hiddenBlock, weight: 1 }), { minLength: 1, maxLength: 6 });

function build(blocks: readonly Block[]): void {
  document.body.replaceChildren();
  for (const b of blocks) {
    const isElementHiding = (NEVER_RENDERED as readonly string[]).includes(b.hiddenBy ?? '');
    const outer = document.createElement(isElementHiding ? b.hiddenBy! : b.tag === 'li' ? 'ul' : b.tag);
    if (b.hiddenBy === 'hidden') outer.hidden = true;
    else if (b.hiddenBy?.startsWith('style=')) outer.setAttribute('style', b.hiddenBy.slice(7, -1));
    let el: Element = outer;
    if (b.tag === 'li' && !isElementHiding) el = outer.appendChild(document.createElement('li'));
    if (outer.localName === 'template') el = (outer as HTMLTemplateElement).content as unknown as Element;
    // Browsers parse these elements' content as raw text (template: into its content fragment).
    if (isElementHiding) {
      el.append(b.pieces.map((piece) => piece.text).join(''));
      document.body.append(outer);
      continue;
    }
    for (const { text, wrap: w } of b.pieces) {
      const node = document.createTextNode(text);
      if (w.kind === 'text') el.append(node);
      else if (w.kind === 'br') el.append(document.createElement('br'), node);
      else if (w.kind === 'empty') el.append(document.createElement(w.tag), node);
      else if (w.kind === 'block') el.appendChild(document.createElement(w.tag)).append(node);
      else {
        let parent: Element = el;
        for (const tag of w.tags) parent = parent.appendChild(document.createElement(tag));
        parent.append(node);
      }
    }
    document.body.append(outer);
  }
}

/**
 * The reference's reading of the tree, written from the spec rather than from lib/page:
 * the text of each run between block boundaries and line breaks, hidden blocks and
 * never-rendered elements left out.
 */
function renderedRuns(root: Element): string[] {
  const runs: string[] = [];
  let current = '';
  const end = () => {
    if (current !== '') runs.push(current);
    current = '';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      current += (node as Text).data;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    const name = el.localName;
    if ((NEVER_RENDERED as readonly string[]).includes(name) || el.hasAttribute('hidden') || el.hasAttribute('style')) return;
    if (name === 'br') return end();
    const isBlock = !(INLINE_TAGS as readonly string[]).includes(name);
    if (isBlock) end();
    el.childNodes.forEach(visit);
    if (isBlock) end();
  };
  root.childNodes.forEach(visit);
  end();
  return runs;
}

function referenceOf(root: Element) {
  const finds = renderedRuns(root).flatMap((run) =>
    referenceFinds(run).map((find) => ({ ...find, text: run.slice(find.start, find.end) })),
  );
  return applyReferencePageRules(finds);
}

// happy-dom has no user-agent rule for `hidden` (browsers have `[hidden] { display: none }`): the page states it.
beforeAll(() => {
  const sheet = document.createElement('style');
  sheet.textContent = '[hidden] { display: none; }';
  document.head.append(sheet);
});

describe('the scanner over random DOM trees', () => {
  it('counts the mentions the reference counts in the rendered text, in document order, and leaves the DOM as it was', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        build(blocks);
        const before = document.body.innerHTML;
        const nodeCount = document.body.querySelectorAll('*').length;
        const found = applyPageRules(scanSubtree(document.body, matcher).mentions);
        expect(found.map(({ entity, text }) => ({ entity, text }))).toEqual(
          referenceOf(document.body).map(({ entity, text }) => ({ entity, text })),
        );
        // Each mention's range covers exactly its text in the page.
        for (const mention of found) {
          const { startContainer, startOffset, endContainer, endOffset } = mention.range;
          const covered = mention.nodes
            .map((node, i) =>
              node.data.slice(node === startContainer ? startOffset : 0, i === mention.nodes.length - 1 ? endOffset : undefined),
            )
            .join('');
          expect(mention.nodes[0]).toBe(startContainer);
          expect(mention.nodes.at(-1)).toBe(endContainer);
          expect(covered).toBe(mention.text);
        }
        expect(document.body.innerHTML).toBe(before);
        expect(document.body.querySelectorAll('*').length).toBe(nodeCount);
      }),
      RUNS,
    );
  });

  it('finds the same mentions sliced into the smallest steps as in one scan', () => {
    fc.assert(
      fc.property(page, (blocks) => {
        build(blocks);
        const whole = scanSubtree(document.body, matcher).mentions;
        const step = slicedScan(document.body, matcher);
        let scan = step(() => true);
        for (let calls = 1; !scan; calls++) {
          expect(calls).toBeLessThan(1000);
          scan = step(() => true);
        }
        expect(scan.mentions.map(({ entity, text, kind }) => [entity, text, kind])).toEqual(
          whole.map(({ entity, text, kind }) => [entity, text, kind]),
        );
      }),
      RUNS,
    );
  });
});
