// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createNotesLifecycle } from '../../../lib/session/notes-lifecycle';
import { bundledNotes } from '../../../lib/session/page-notes';
import { DEFAULT_SETTINGS } from '../../../lib/settings-fields';
import type { TrackOptions } from '../../../lib/page/mention-tracker';
import type { MentionIndex, PageMention } from '../../../lib/page/page-mention';
import { installHighlightRegistry } from '../content/highlight-registry';

// The tracker is replaced so a test can make it publish at once or throw.
const tracker = vi.hoisted((): { behaviour: 'sync-publish' | 'throw' | 'normal'; signals: AbortSignal[] } => ({
  behaviour: 'normal',
  signals: [],
}));
vi.mock('../../../lib/page/mention-tracker', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../lib/page/mention-tracker')>();
  return {
    ...real,
    trackMentions(options: TrackOptions): MentionIndex {
      tracker.signals.push(options.signal);
      if (tracker.behaviour === 'throw') throw new Error('tracker failed');
      if (tracker.behaviour === 'normal') return real.trackMentions(options);
      const text = document.querySelector('p')!.firstChild as Text;
      const mention: PageMention = {
        entity: 'witkoff',
        text: 'Witkoff',
        range: new StaticRange({ startContainer: text, startOffset: 0, endContainer: text, endOffset: 7 }),
      };
      const index: MentionIndex = { list: () => [mention], at: () => mention };
      // Publishes before it returns: the session must already be able to take it.
      options.onChange(index.list());
      return index;
    },
  };
});

let registry: Map<string, unknown>;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  registry = installHighlightRegistry();
  document.body.innerHTML = '<p>Witkoff</p>';
  tracker.signals.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
  tracker.behaviour = 'normal';
  document.body.innerHTML = '';
});

function lifecycle() {
  const abort = new AbortController();
  const ctx = { signal: abort.signal, isInvalid: false };
  const onCount = vi.fn();
  const notes = createNotesLifecycle(ctx, { onCount, onOpenArticle: vi.fn() }, bundledNotes());
  return { notes, onCount, abort };
}

describe('notes lifecycle', () => {
  it('a start that throws leaves nothing running, and says so on the console', () => {
    tracker.behaviour = 'throw';
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { notes } = lifecycle();
    expect(() => notes.apply(DEFAULT_SETTINGS)).not.toThrow();
    expect(notes.isActive).toBe(false);
    expect(tracker.signals[0]!.aborted).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Fact Notes'), expect.any(Error));
    expect(document.querySelector('fact-notes-ui')).toBeNull();
    expect(registry.size).toBe(0);
  });

  it('takes a tracker that publishes before it returns (no "card before initialization")', () => {
    tracker.behaviour = 'sync-publish';
    const { notes, onCount, abort } = lifecycle();
    expect(() => notes.apply(DEFAULT_SETTINGS)).not.toThrow();
    expect(notes.isActive).toBe(true);
    expect(onCount).toHaveBeenLastCalledWith(1);
    expect(registry.has('fact-notes-soft')).toBe(true);
    abort.abort();
    expect(registry.size).toBe(0);
  });

  it('a page that swaps its <body> (Turbo Drive, pjax) is tracked afresh on the new one; the old tracker stops', async () => {
    vi.useFakeTimers();
    // The badge's promise: a change shows within a second.
    const settle = () => vi.advanceTimersByTimeAsync(1000);
    const { notes, onCount, abort } = lifecycle();
    notes.apply(DEFAULT_SETTINGS);
    await settle();
    expect(onCount).toHaveBeenLastCalledWith(1);
    const body = document.createElement('body');
    body.innerHTML = '<p>Yury Ushakov spoke of Donetsk.</p>';
    document.body.replaceWith(body);
    await settle();
    expect(tracker.signals.map((signal) => signal.aborted)).toEqual([true, false]);
    expect(onCount).toHaveBeenLastCalledWith(2);
    expect(notes.session?.counts()).toMatchObject({ witkoff: 0, ushakov: 1, donetsk: 1 });
    abort.abort();
    expect(tracker.signals[1]!.aborted).toBe(true);
  });

  it('a failure setting up the cards at the first mention stops the run', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.mocked(fakeBrowser.i18n.getMessage).mockImplementation(() => {
      throw new Error('no i18n');
    });
    vi.useFakeTimers();
    const { notes } = lifecycle();
    notes.apply(DEFAULT_SETTINGS);
    expect(notes.isActive).toBe(true);
    // The first mention is published within the badge's second; the cards fail to set up then.
    await vi.advanceTimersByTimeAsync(1000);
    expect(notes.isActive).toBe(false);
    expect(tracker.signals[0]!.aborted).toBe(true);
    expect(registry.size).toBe(0);
    expect(warn).toHaveBeenCalled();
  });
});
