// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, joinedText, RUN_SEPARATOR, blockOf, textCollector } from '../../../lib/page/text-collector';

function textOf(html: string): string {
  document.body.innerHTML = html;
  return joinedText(collectText(document.body)).split(RUN_SEPARATOR).join('|');
}

describe('collectText', () => {
  it('joins text split across inline elements into one run', () => {
    expect(textOf('<p>Steve <a href="#">Witkoff</a> and Wit<b>koff</b></p>')).toBe('Steve Witkoff and Witkoff');
  });

  it('splits runs at block boundaries and <br>', () => {
    expect(textOf('<p>Steve</p><p>Witkoff</p>')).toBe('Steve|Witkoff');
    expect(textOf('<div>Steve<br>Witkoff</div>')).toBe('Steve|Witkoff');
    expect(textOf('<ul><li>Steve</li><li>Witkoff</li></ul>')).toBe('Steve|Witkoff');
    expect(textOf('<table><tr><td>Steve</td><td>Witkoff</td></tr></table>')).toBe('Steve|Witkoff');
  });

  it('splits where a block ends inside an inline parent', () => {
    expect(textOf('<span>Steve<div>x</div>Witkoff</span>')).toBe('Steve|x|Witkoff');
  });

  it('leaves out text that never renders as page text', () => {
    const html =
      '<p>a</p><script>Witkoff</script><style>.Witkoff{}</style><noscript>Witkoff</noscript>' +
      '<template>Witkoff</template><textarea>Witkoff</textarea><select><option>Witkoff</option></select><p>b</p>';
    expect(textOf(html)).toBe('a|b');
  });

  it('maps every node to its start offset', () => {
    document.body.innerHTML = '<p>Steve <a>Witkoff</a></p><p>Donetsk</p>';
    const collected = collectText(document.body);
    const { nodes, starts } = collected;
    const text = joinedText(collected);
    expect(nodes.map((n) => n.data)).toEqual(['Steve ', 'Witkoff', 'Donetsk']);
    nodes.forEach((node, i) => expect(text.slice(starts[i], starts[i]! + node.data.length)).toBe(node.data));
  });

  it('reports open shadow roots without entering them', () => {
    document.body.innerHTML = '<p>light</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Witkoff</p>';
    const collected = collectText(document.body);
    expect(joinedText(collected)).toBe('light');
    expect(collected.shadowRoots).toEqual([shadow]);
    expect(joinedText(collectText(shadow))).toBe('Witkoff');
  });
});

describe('blockOf', () => {
  it('finds the nearest block around inline content', () => {
    document.body.innerHTML = '<p id="p">Steve <a><b>Wit</b></a></p>';
    const bold = document.querySelector('b')!;
    expect(blockOf(bold.firstChild!)).toBe(document.getElementById('p'));
    expect(blockOf(bold)).toBe(document.getElementById('p'));
  });
});

// Every tag of each list, one by one: a tag dropped from a list changes what a reader's words are.
const PHRASING = [
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
  'output',
  'meter',
];
const NEVER_TEXT = [
  'script',
  'style',
  'noscript',
  'textarea',
  'select',
  'option',
  'optgroup',
  'title',
  'iframe',
  'object',
  'fact-notes-ui',
];
const HOSTS = [
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
];

/** An element of `tag` made by the DOM API (the parser would move some of them, e.g. <option> outside <select>). */
function paragraphWith(tag: string, text: string): HTMLElement {
  document.body.innerHTML = '<div id="p">Wit</div>';
  const p = document.getElementById('p')!;
  const el = document.createElement(tag);
  el.textContent = text;
  p.append(el, 'koff');
  return p;
}

describe('collectText, tag by tag', () => {
  it.each(PHRASING)('keeps a word whole across <%s>', (tag) => {
    paragraphWith(tag, 'k');
    expect(joinedText(collectText(document.body))).toBe('Witkkoff');
  });

  it.each(['section', 'li', 'td', 'article', 'h3', 'figure'])('splits words at <%s>', (tag) => {
    paragraphWith(tag, 'k');
    expect(joinedText(collectText(document.body)).split(RUN_SEPARATOR)).toEqual(['Wit', 'k', 'koff']);
  });

  it('keeps a word whole across a custom element (inline by default)', () => {
    paragraphWith('x-note', 'k');
    expect(joinedText(collectText(document.body))).toBe('Witkkoff');
  });

  it.each(NEVER_TEXT)('leaves out the text of <%s>, and the words around it stay whole', (tag) => {
    paragraphWith(tag, 'Donetsk');
    expect(joinedText(collectText(document.body))).toBe('Witkoff');
  });

  it.each(NEVER_TEXT)('collects nothing from a subtree rooted in <%s>', (tag) => {
    const p = paragraphWith(tag, 'Donetsk');
    expect(collectText(p.querySelector(tag)!).nodes).toEqual([]);
  });

  it.each(HOSTS)('reports an open shadow root on <%s> inside the subtree, and on the root itself', (tag) => {
    document.body.innerHTML = '<div id="outer"><b>no shadow root here</b></div>';
    const host = document.createElement(tag);
    document.getElementById('outer')!.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    expect(collectText(document.getElementById('outer')!).shadowRoots).toEqual([shadow]);
    expect(collectText(host).shadowRoots).toEqual([shadow]);
  });

  it('starts each run right after the previous one and a separator', () => {
    document.body.innerHTML = '<p>Wit<b>koff</b></p><p></p><p>Don<!-- a comment --><i>etsk</i> and</p>';
    const { runs, nodes, starts } = collectText(document.body);
    expect(runs).toEqual([
      { text: 'Witkoff', first: 0, start: 0 },
      { text: 'Donetsk and', first: 2, start: 8 },
    ]);
    expect(starts).toEqual([0, 3, 8, 11, 15]);
    expect(nodes.map((n) => n.data)).toEqual(['Wit', 'koff', 'Don', 'etsk', ' and']);
  });
});

describe('collectText, empty elements', () => {
  it.each(['img', 'input', 'button', 'embed', 'video', 'audio', 'canvas', 'picture', 'svg', 'math', 'wbr', 'span'])(
    'keeps a word whole across an empty <%s> (an inline box)',
    (tag) => {
      document.body.innerHTML = '<div id="p">Wit</div>';
      document.getElementById('p')!.append(document.createElement(tag), 'koff');
      expect(joinedText(collectText(document.body))).toBe('Witkoff');
    },
  );

  it.each(['hr', 'div', 'p', 'li'])('splits words at an empty <%s> (a block)', (tag) => {
    document.body.innerHTML = '<div id="p">Wit</div>';
    document.getElementById('p')!.append(document.createElement(tag), 'koff');
    expect(joinedText(collectText(document.body)).split(RUN_SEPARATOR)).toEqual(['Wit', 'koff']);
  });

  it('has no runs for a subtree without text', () => {
    document.body.innerHTML = '<div id="p"><b></b><!-- only a comment --></div>';
    expect(collectText(document.getElementById('p')!)).toEqual({ runs: [], nodes: [], starts: [], shadowRoots: [] });
  });
});

describe('blockOf, outside blocks', () => {
  it('is the shadow root for inline text at the top of a shadow tree', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<b><i>Donetsk</i></b>';
    expect(blockOf(shadow.querySelector('i')!.firstChild!)).toBe(shadow);
    expect(blockOf(shadow.querySelector('b')!)).toBe(shadow);
  });

  it('is the element itself for a block, and the node itself for detached inline text', () => {
    document.body.innerHTML = '<p id="p">x</p>';
    expect(blockOf(document.getElementById('p')!)).toBe(document.getElementById('p'));
    const loose = document.createElement('b');
    loose.append('Witkoff');
    expect(blockOf(loose.firstChild!)).toBe(loose.firstChild);
  });
});

describe('textCollector, resumed', () => {
  /** One block holding `depth` nested inline elements, each with a word: the shape no block-by-block slicing can split. */
  function deepBlock(depth: number): HTMLElement {
    document.body.innerHTML = '<p id="deep"></p>';
    let at: Element = document.getElementById('deep')!;
    for (let i = 0; i < depth; i++) {
      const span = document.createElement(i % 2 ? 'b' : 'span');
      span.append(i === depth - 1 ? 'Witkoff' : `w${i} `);
      at = at.appendChild(span);
    }
    return document.getElementById('deep')!;
  }

  it('walks some nodes per call when always out of time, and ends with what one call collects', () => {
    const block = deepBlock(3000);
    const whole = collectText(block);
    const step = textCollector(block);
    let calls = 1;
    let collected = step(() => true);
    while (!collected) {
      calls++;
      collected = step(() => true);
    }
    // 6,000 nodes, the clock read every 256: about two dozen calls, each one making progress.
    expect(calls).toBeGreaterThan(20);
    expect(calls).toBeLessThan(30);
    expect(joinedText(collected)).toBe(joinedText(whole));
    expect(collected.nodes).toEqual(whole.nodes);
    expect(collected.starts).toEqual(whole.starts);
    expect(joinedText(collected).endsWith('w2998 Witkoff')).toBe(true);
    expect(step(() => true)).toBe(collected);
  });

  it('keeps run boundaries and skipped elements right across the points where it stops', () => {
    document.body.innerHTML = Array.from({ length: 400 }, (_, i) => `<p>a${i} <b>b</b><script>x</script>c<br>d</p>`).join('');
    const step = textCollector(document.body);
    let collected = step(() => true);
    while (!collected) collected = step(() => true);
    expect(joinedText(collected)).toBe(joinedText(collectText(document.body)));
    expect(collected.runs).toHaveLength(800);
  });
});
