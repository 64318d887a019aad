// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findCandidateBlocks, UNFINISHED, walkCandidates } from '../../../lib/page/candidate-blocks';
import { scanSubtree } from '../../../lib/page/scan-subtree';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';

const matcher = getDefaultMatcher();
const wordGate = matcher.wordGate!;

function blockIds(html: string): string[] {
  document.body.innerHTML = html;
  return findCandidateBlocks(document.body, wordGate)!.blocks.map((block) => (block as Element).id || block.nodeName);
}

describe('findCandidateBlocks', () => {
  it('needs the matcher to promise whitespace-free names', () => {
    expect([wordGate.test('Wit\u00ADkoff'), wordGate.test('nothing here')]).toEqual([true, false]);
  });

  it('returns nothing for text without a name', () => {
    expect(blockIds('<p id="a">Nothing <b>here</b></p><p>Donets river, Sievierodonet<i>s</i></p>')).toEqual([]);
  });

  it('finds the block of a name inside one text node', () => {
    expect(blockIds('<p id="a">x</p><div id="b"><span>Envoy Witkoff</span></div>')).toEqual(['b']);
  });

  it('finds names split across inline elements, in two nodes or three', () => {
    expect(blockIds('<p id="a">Wit<b>koff</b></p>')).toEqual(['a']);
    expect(blockIds('<p id="a">The Don<i>ets</i>k region</p>')).toEqual(['a']);
    expect(blockIds('<li id="a"><a>Ush</a><a>a</a><a>kov</a></li>')).toEqual(['a']);
  });

  it('finds a name with an invisible character at the join', () => {
    expect(blockIds('<p id="a">Wit\u00AD<b>koff</b></p>')).toEqual(['a']);
  });

  it('does not join words across whitespace', () => {
    expect(blockIds('<p id="a">Wit <b>koff</b></p>')).toEqual([]);
    // A name that ends one block does not make the next block, which starts with a space, a candidate.
    expect(blockIds('<p id="a">Envoy Witkoff</p><p id="b"> plain words</p>')).toEqual(['a']);
  });

  it('joins a split name across an empty text node', () => {
    document.body.innerHTML = '<p id="a"></p>';
    const p = document.getElementById('a')!;
    p.append('Envoy Wit', '', 'koff said');
    expect(findCandidateBlocks(document.body, wordGate)!.blocks).toEqual([p]);
  });

  it('leaves out the text of script and style', () => {
    expect(blockIds('<p id="a">Wit<script>x</script>koff</p><style>.Witkoff{}</style>')).toEqual(['a']);
    expect(blockIds('<script>Witkoff</script><style>.Donetsk{}</style>')).toEqual([]);
  });

  it('keeps only the outermost of nested candidate blocks', () => {
    expect(blockIds('<div id="a">Witkoff <p id="b">Ushakov</p></div><p id="c">Donetsk</p>')).toEqual(['a', 'c']);
  });

  it('gives up when most of the subtree may hold mentions, so the caller scans it whole', () => {
    document.body.innerHTML = '<p>Witkoff</p>'.repeat(100);
    expect(findCandidateBlocks(document.body, wordGate)).toBeUndefined();
    expect(scanSubtree(document.body, matcher).mentions).toHaveLength(100);
  });

  it('reports open shadow roots without entering them', () => {
    document.body.innerHTML = '<div id="host"></div><x-card id="card"></x-card>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const custom = document.getElementById('card')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Witkoff</p>';
    const { blocks, shadowRoots } = findCandidateBlocks(document.body, wordGate)!;
    expect(blocks).toEqual([]);
    expect(shadowRoots).toEqual([shadow, custom]);
  });
});

describe('findCandidateBlocks at its limits', () => {
  it('takes up to 64 candidate blocks, and gives up past that', () => {
    // (A trailing space each: words of neighbouring blocks are joined, which would count twice.)
    document.body.innerHTML = '<p>Witkoff </p>'.repeat(64);
    expect(findCandidateBlocks(document.body, wordGate)!.blocks).toHaveLength(64);
    document.body.insertAdjacentHTML('beforeend', '<p>Witkoff </p>');
    expect(findCandidateBlocks(document.body, wordGate)).toBeUndefined();
  });

  it('walks a subtree of thousands of nodes to the end when given no deadline', () => {
    document.body.innerHTML = `${'<p>nobody <b>at</b> all</p>'.repeat(400)}<p id="last">Volchansk</p>`;
    expect(findCandidateBlocks(document.body, wordGate)!.blocks).toEqual([document.getElementById('last')]);
  });

  it('reports the shadow root of the root itself', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    expect(findCandidateBlocks(host, wordGate)!.shadowRoots).toEqual([shadow]);
  });

  it('gives only the root when a name sits in the root’s own text, whatever blocks inside it hold', () => {
    document.body.innerHTML = '<div id="root">Witkoff <p>Donetsk</p> and <p>Ushakov</p></div>';
    const root = document.getElementById('root')!;
    expect(findCandidateBlocks(root, wordGate)!.blocks).toEqual([root]);
  });

  it('carries a split name across an empty text node', () => {
    document.body.innerHTML = '<p>Nobody.</p><p id="a">Wit<b></b>koff</p>';
    document.querySelector('#a b')!.append(document.createTextNode(''));
    const blocks = findCandidateBlocks(document.body, wordGate)!.blocks;
    expect(blocks.map((block) => (block as Element).id)).toEqual(['a']);
  });

  it('gives the root itself for a name in inline content whose block lies above the root', () => {
    document.body.innerHTML = '<p>Steve <span id="s">met <b>Witkoff</b></span></p>';
    const span = document.getElementById('s')!;
    expect(findCandidateBlocks(span, wordGate)!.blocks).toEqual([span]);
  });
});

describe('walkCandidates, resumed', () => {
  it('stops when out of time, and goes on from there when called again', () => {
    document.body.innerHTML = `${'<p>nobody <b>at</b> all</p>'.repeat(400)}<p id="last">Volchansk</p>`;
    const step = walkCandidates(document.body, wordGate);
    expect(step(() => true)).toBe(UNFINISHED);
    expect(step(() => false)).toEqual({ blocks: [document.getElementById('last')], shadowRoots: [] });
  });

  it('starts again when the page took away the node it stopped at', () => {
    document.body.innerHTML = `<div id="old">${'<p>nobody <b>at</b> all</p>'.repeat(400)}</div><p id="last">Volchansk</p>`;
    const step = walkCandidates(document.body, wordGate);
    expect(step(() => true)).toBe(UNFINISHED);
    document.getElementById('old')!.remove();
    expect(step(() => false)).toEqual({ blocks: [document.getElementById('last')], shadowRoots: [] });
  });
});

describe('scanSubtree with and without the fast pass', () => {
  const exact = { find: matcher.find };
  const pieces = [
    'Steve ',
    'Witkoff',
    'Wit',
    'koff',
    'Don',
    'ets',
    'k',
    ' region',
    'DPR',
    ' ',
    '\u00A0',
    '\u00AD',
    '\u200B',
    'Yury',
    'Ushakov',
    'Донецк',
    'ом',
    'Volchansk',
    'said',
    '. ',
    'Zach ',
    'Mr. ',
  ];
  const tags = [
    ['<b>', '</b>'],
    ['<a href="#">', '</a>'],
    ['<p>', '</p>'],
    ['<div>', '</div>'],
    ['', '<br>'],
    ['<script>', '</script>'],
    ['<span hidden>', '</span>'],
  ];

  // A seeded mix of name fragments, spaces and inline or block tags: both paths must agree.
  it('finds the same mentions on 300 generated fragments', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
    const describeAll = (m: typeof matcher) =>
      scanSubtree(document.body, m).mentions.map((x) => `${x.entity}:${x.text}:${x.range.startOffset}-${x.range.endOffset}`);
    let found = 0;
    for (let i = 0; i < 300; i++) {
      let html = '';
      for (let j = 0; j < 12; j++) {
        const [open, close] = random() < 0.4 ? pick(tags) : ['', ''];
        html += open + pick(pieces) + (random() < 0.5 ? pick(pieces) : '') + close;
      }
      document.body.innerHTML = `<div>${html}</div>`;
      const expected = describeAll(exact);
      found += expected.length;
      expect(describeAll(matcher), html).toEqual(expected);
    }
    expect(found).toBeGreaterThan(150);
  });
});
