// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter } from '../../../lib/paint/painter';
import type { PageMention } from '../../../lib/page/page-mention';
import { installHighlightRegistry } from '../content/highlight-registry';

// The painter's Firefox path (a constructed sheet in each shadow root painted in) and what
// it keeps alive (issue 9, leaks): no detached root, and no timer once no root is left.
let registry: Map<string, unknown>;
let run: AbortController;

beforeEach(() => {
  registry = installHighlightRegistry();
  run = new AbortController();
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});
afterEach(() => {
  run.abort();
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** A host with an open shadow root holding `text`, in the page. */
function shadowWith(text: string): { host: HTMLElement; root: ShadowRoot; mention: PageMention } {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
  document.body.append(host);
  const node = p.firstChild as Text;
  const range = new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: text.length });
  return { host, root, mention: { entity: 'witkoff', text, range } };
}

const ours = (root: ShadowRoot, pageSheets: readonly CSSStyleSheet[]) => root.adoptedStyleSheets.filter((s) => !pageSheets.includes(s));

describe('painter in shadow roots (Firefox)', () => {
  it('adopts one sheet of ours after the page’s own, and puts it back when the page replaces them', () => {
    const { root, mention } = shadowWith('Witkoff');
    const pageSheet = new CSSStyleSheet();
    root.adoptedStyleSheets = [pageSheet];
    const painter = createPainter(run.signal, { adoptsSheets: true });
    painter.paint([mention]);
    expect(registry.has('fact-notes-soft')).toBe(true);
    expect(root.adoptedStyleSheets[0]).toBe(pageSheet);
    expect(ours(root, [pageSheet])).toHaveLength(1);
    root.adoptedStyleSheets = [pageSheet];
    vi.advanceTimersByTime(500);
    expect(ours(root, [pageSheet])).toHaveLength(1);
  });

  it('lets go of a root and stops its timer once the root’s mentions are no longer painted', () => {
    const { root, mention } = shadowWith('Witkoff');
    const painter = createPainter(run.signal, { adoptsSheets: true });
    const timers = vi.getTimerCount();
    painter.paint([mention]);
    expect(painter.adoptedRootCount).toBe(1);
    expect(vi.getTimerCount()).toBe(timers + 1);
    painter.paint([]);
    expect(vi.getTimerCount()).toBe(timers);
    expect(painter.adoptedRootCount).toBe(0);
    // Nothing of ours is left in a root where nothing is painted (contract item 4).
    expect(root.adoptedStyleSheets).toEqual([]);
    // A new mention there brings both back.
    painter.paint([mention]);
    expect(painter.adoptedRootCount).toBe(1);
    expect(vi.getTimerCount()).toBe(timers + 1);
  });

  it('lets go of a root whose host left the page, and takes it again when it comes back', () => {
    const { host, root, mention } = shadowWith('Witkoff');
    const painter = createPainter(run.signal, { adoptsSheets: true });
    const timers = vi.getTimerCount();
    painter.paint([mention]);
    host.remove();
    // Even before the next paint: the keeper's next look drops it and ends the timer.
    vi.advanceTimersByTime(500);
    expect(vi.getTimerCount()).toBe(timers);
    expect(painter.adoptedRootCount).toBe(0);
    // The page puts the host back; its re-scan paints the mention again.
    document.body.append(host);
    painter.paint([mention]);
    expect(painter.adoptedRootCount).toBe(1);
    expect(ours(root, [])).toHaveLength(1);
  });

  it('keeps only the roots still painted in when one of two goes', () => {
    const first = shadowWith('Witkoff');
    const second = shadowWith('Ushakov');
    const painter = createPainter(run.signal, { adoptsSheets: true });
    painter.paint([first.mention, second.mention]);
    expect(painter.adoptedRootCount).toBe(2);
    first.host.remove();
    painter.paint([second.mention]);
    expect(painter.adoptedRootCount).toBe(1);
    expect(ours(second.root, [])).toHaveLength(1);
  });

  it('takes everything away on abort: highlights, sheets and the timer', () => {
    const { root, mention } = shadowWith('Witkoff');
    const timers = vi.getTimerCount();
    const painter = createPainter(run.signal, { adoptsSheets: true });
    painter.paint([mention]);
    run.abort();
    expect(registry.size).toBe(0);
    expect(root.adoptedStyleSheets).toEqual([]);
    expect(painter.adoptedRootCount).toBe(0);
    expect(vi.getTimerCount()).toBe(timers);
  });

  it('adopts nothing where the browser applies the manifest’s rules (Chromium)', () => {
    const { root, mention } = shadowWith('Witkoff');
    const painter = createPainter(run.signal, { adoptsSheets: false });
    painter.paint([mention]);
    expect(root.adoptedStyleSheets).toEqual([]);
    expect(painter.adoptedRootCount).toBe(0);
  });
});

describe('painter, many mentions at once', () => {
  /** `count` mentions of one text node each, in the page. */
  function mentions(count: number): PageMention[] {
    const p = document.createElement('p');
    document.body.append(p);
    return Array.from({ length: count }, () => {
      const node = p.appendChild(document.createTextNode('Witkoff '));
      return {
        entity: 'witkoff',
        text: 'Witkoff',
        range: new StaticRange({ startContainer: node, startOffset: 0, endContainer: node, endOffset: 7 }),
      };
    });
  }
  const soft = () => registry.get('fact-notes-soft') as Set<AbstractRange>;
  // A clock that moves 1 ms each time it is read: the painter reads it every 16 ranges.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setInterval', 'clearInterval'] });
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now++);
  });
  afterEach(() => vi.restoreAllMocks());

  it('paints a few at once, in the same task', () => {
    const few = mentions(100);
    createPainter(run.signal).paint(few);
    expect(soft().size).toBe(100);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('adds thousands in slices, one frame after another, until all are painted', () => {
    const many = mentions(5000);
    createPainter(run.signal).paint(many);
    const first = soft().size;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(5000);
    vi.advanceTimersToNextTimer();
    expect(soft().size).toBe(2 * first);
    vi.runAllTimers();
    expect([...soft()]).toEqual(many.map((mention) => mention.range));
  });

  it('a later paint replaces what is still waiting: removed mentions are never added, and nothing twice', () => {
    const many = mentions(5000);
    const painter = createPainter(run.signal);
    painter.paint(many);
    const kept = many.slice(0, 10);
    painter.paint(kept);
    expect([...soft()]).toEqual(kept.map((mention) => mention.range));
    expect(vi.getTimerCount()).toBe(0);
    painter.paint(many);
    vi.runAllTimers();
    expect(soft().size).toBe(5000);
  });

  it('stops adding on abort', () => {
    createPainter(run.signal).paint(mentions(5000));
    expect(vi.getTimerCount()).toBe(1);
    run.abort();
    expect(vi.getTimerCount()).toBe(0);
    expect(registry.size).toBe(0);
  });
});
