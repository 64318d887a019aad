// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, joinedText, RUN_SEPARATOR, blockOf } from '../../../lib/page/text-collector';

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
