// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { scanSubtree } from '../../../lib/page/scan-subtree';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';

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
