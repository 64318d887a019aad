// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanSubtree, slicedScan } from '../../../lib/page/scan-subtree';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import { compileMatcher } from '../../../lib/match/compile-matcher';

function scan(html: string) {
  document.body.innerHTML = html;
  return scanSubtree(document.body, getDefaultMatcher()).mentions;
}

describe('scanSubtree', () => {
  it('finds a name split across inline elements as one mention spanning both nodes', () => {
    const [mention, ...rest] = scan('<p>Envoy Steve <a href="#">Witkoff</a> arrived.</p>');
    expect(rest).toEqual([]);
    expect(mention!.entity).toBe('witkoff');
    expect(mention!.text).toBe('Steve Witkoff');
    const { startContainer, startOffset, endContainer, endOffset } = mention!.range;
    expect((startContainer as Text).data.slice(startOffset)).toBe('Steve ');
    expect((endContainer as Text).data.slice(0, endOffset)).toBe('Witkoff');
    expect(mention!.nodes).toHaveLength(2);
  });

  it('never joins words across block boundaries', () => {
    const mentions = scan('<p>Steve</p><p>Witkoff</p>');
    expect(mentions.map((m) => m.text)).toEqual(['Witkoff']);
  });

  it.each([
    '<ul><li>Witkoff</li><li>Ushakov</li></ul>',
    '<table><tr><td>Witkoff</td><td>Ushakov</td></tr></table>',
    '<div>Witkoff</div><div>Ushakov</div>',
    '<p>Witkoff<br>Ushakov</p>',
    '<h2>Witkoff</h2><p>Ushakov</p>',
    // Found by tests/unit/page/scanner.property.test.ts: an empty block between two words used to join them.
    '<div>Witkoff<hr>Ushakov</div>',
    '<div>Witkoff<div></div>Ushakov</div>',
  ])('splits blocks that touch with no whitespace between them: %s', (html) => {
    expect(scan(html).map((m) => m.text)).toEqual(['Witkoff', 'Ushakov']);
  });

  it('keeps sightings of other bearers, for the page-level rule, as kind "other"', () => {
    expect(scan('<p>Admiral <b>Ushakov</b> and Kremlin aide Ushakov</p>').map((m) => [m.text, m.kind])).toEqual([
      ['Ushakov', 'other'],
      ['Ushakov', 'name'],
    ]);
  });

  it('finds mentions in three-node spans with offsets into each node', () => {
    const [mention] = scan('<p>The Don<i>ets</i>k region</p>');
    expect(mention!.text).toBe('Donetsk region');
    expect(mention!.nodes.map((n) => n.data)).toEqual(['The Don', 'ets', 'k region']);
    expect(mention!.range.startOffset).toBe(4);
    expect(mention!.range.endOffset).toBe('k region'.length);
  });

  it('skips editable regions and form controls', () => {
    expect(scan('<div contenteditable="true">Witkoff</div><textarea>Witkoff</textarea>')).toEqual([]);
  });

  it('keeps acronyms flagged so the page-wide rule can decide', () => {
    const mentions = scan('<p>The DPR said</p>');
    expect(mentions.map((m) => [m.text, m.kind])).toEqual([['DPR', 'acronym']]);
  });
});

describe('scanSubtree in a shadow root', () => {
  it('finds a name in text that is a direct child of the shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = 'Envoy Witkoff <b>and</b> Ushakov';
    expect(scanSubtree(shadow, getDefaultMatcher()).mentions.map((m) => m.text)).toEqual(['Witkoff', 'Ushakov']);
  });
});

describe('slicedScan', () => {
  const texts = (scan: ReturnType<ReturnType<typeof slicedScan>>) => scan?.mentions.map((m) => m.text);

  it('stops between candidate blocks when out of time, and skips a block the page removed meanwhile', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p><p id="c">Donetsk</p>';
    const step = slicedScan(document.body, getDefaultMatcher());
    expect(step(() => true)).toBeUndefined();
    document.getElementById('b')!.remove();
    expect(texts(step(() => false))).toEqual(['Witkoff', 'Donetsk']);
  });

  it('without a word gate (a name with a space in every form), collects and matches the whole subtree', () => {
    const matcher = compileMatcher({ witkoff: { names: [{ form: 'Steve Charles' }] } });
    expect(matcher.wordGate).toBeUndefined();
    document.body.innerHTML = '<p>Steve <b>Charles</b> spoke.</p><p>Steve Charles again.</p>';
    expect(texts(slicedScan(document.body, matcher)(() => false))).toEqual(['Steve Charles', 'Steve Charles']);
  });
});
