// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { precompiledGate, precompiledMatcher } from 'virtual:fact-notes-precompiled-matcher';
import { scanSubtree, slicedScan } from '../../../lib/page/scan-subtree';
import { getDefaultMatcher, lazyMatcher } from '../../../lib/match/default-matcher';
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

describe('slicedScan with a matcher still to build', () => {
  afterEach(() => vi.restoreAllMocks());
  /** A fresh lazy matcher (the default one is built by the first test that uses it), and a clock set by hand. */
  function unbuilt() {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    return { matcher: lazyMatcher(precompiledGate(), precompiledMatcher), at: (ms: number) => (now = ms) };
  }
  const texts = (scan: ReturnType<ReturnType<typeof slicedScan>>) => scan?.mentions.map((m) => m.text);

  it('leaves the build to the next call when the caller’s slice has worked more than 5 ms', () => {
    const { matcher, at } = unbuilt();
    document.body.innerHTML = '<p>Witkoff</p><p>Donetsk</p>';
    const step = slicedScan(document.body, matcher);
    at(6);
    expect(step(() => false, 0)).toBeUndefined();
    expect(matcher.isBuilt?.()).toBe(false);
    // The next slice has done nothing else: it builds, and finishes.
    expect(texts(step(() => false))).toEqual(['Witkoff', 'Donetsk']);
    expect(matcher.isBuilt?.()).toBe(true);
  });

  it('builds at once in a slice that has worked 5 ms or less', () => {
    const { matcher, at } = unbuilt();
    document.body.innerHTML = '<p>Witkoff</p>';
    at(105);
    expect(texts(slicedScan(document.body, matcher)(() => false, 100))).toEqual(['Witkoff']);
  });

  it('counts its own walk as work: a walk that took over 5 ms leaves the build to the next call', () => {
    const { matcher, at } = unbuilt();
    // Enough nodes for the walk to ask whether it is out of time: each time, 10 ms have passed.
    document.body.innerHTML = `${'<p>Nothing here.</p>'.repeat(1000)}<p>Ushakov</p>`;
    const step = slicedScan(document.body, matcher);
    const walking = vi.fn(() => (at(10), false));
    expect(step(walking)).toBeUndefined();
    expect(walking).toHaveBeenCalled();
    expect(texts(step(() => false))).toEqual(['Ushakov']);
  });

  it('without a word gate, leaves the build to the next call too, and that call builds however long it takes', () => {
    const { at } = unbuilt();
    const compiled = compileMatcher({ witkoff: { names: [{ form: 'Steve Charles' }] } });
    const matcher = { find: compiled.find, isBuilt: () => false };
    document.body.innerHTML = '<p>Steve Charles spoke.</p>';
    const step = slicedScan(document.body, matcher);
    at(6);
    expect(step(() => false, 0)).toBeUndefined();
    // Every clock read from here is 10 ms later: a call that did nothing else still builds.
    let now = 6;
    vi.mocked(performance.now).mockImplementation(() => (now += 10));
    expect(texts(step(() => false))).toEqual(['Steve Charles']);
  });

  it('never waits for a matcher that is not built in parts', () => {
    const { at } = unbuilt();
    const matcher = compileMatcher({ witkoff: { names: [{ form: 'Witkoff' }] } });
    expect(matcher.isBuilt).toBeUndefined();
    document.body.innerHTML = '<p>Witkoff</p>';
    at(40);
    expect(texts(slicedScan(document.body, matcher)(() => false, 0))).toEqual(['Witkoff']);
  });

  it('builds at once when the matcher was built already, however long the slice', () => {
    const matcher = getDefaultMatcher();
    document.body.innerHTML = '<p>Witkoff</p>';
    scanSubtree(document.body, matcher);
    const { at } = unbuilt();
    at(40);
    expect(texts(slicedScan(document.body, matcher)(() => false, 0))).toEqual(['Witkoff']);
  });
});
