// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import definition from '../../../entrypoints/content/index';
import { installHighlightRegistry, settle } from './highlight-registry';

// The content script's start-up and lifetime (issue 9, lifecycle): happy-dom has
// no CSS Custom Highlight API, so a minimal registry stands in for the browser's.
let registry: Map<string, unknown>;
let contexts: ContentScriptContext[] = [];
const sent: unknown[] = [];
const extensionId = fakeBrowser.runtime.id;

beforeEach(() => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  registry = installHighlightRegistry();
  sent.length = 0;
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    sent.push(message);
    return undefined;
  });
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => key);
  document.body.innerHTML = '<p>Steve Witkoff met Yury Ushakov.</p>';
});

afterEach(() => {
  vi.useRealTimers();
  // fakeBrowser.reset() does not bring back an id a test took away.
  fakeBrowser.runtime.id = extensionId;
  for (const ctx of contexts) ctx.abort();
  contexts = [];
  document.body.innerHTML = '';
  for (const host of document.querySelectorAll('fact-notes-ui')) host.remove();
});

function newContext(): ContentScriptContext {
  const ctx = new ContentScriptContext('content', definition);
  contexts.push(ctx);
  return ctx;
}

// happy-dom's PageTransitionEvent has no `persisted`: the same event with the field set.
const pageTransition = (type: string, persisted: boolean) => Object.assign(new Event(type), { persisted });

const counts = () => sent.filter((m): m is { type: 'mention-count'; count: number } => (m as { type?: string }).type === 'mention-count');

describe('content script start-up', () => {
  it('starts, counts and paints on a page with mentions (the baseline the other tests differ from)', async () => {
    await definition.main(newContext());
    await settle();
    expect(counts().at(-1)?.count).toBe(2);
    expect(registry.has('fact-notes-soft')).toBe(true);
  });

  it('sends no count from a page without mentions: the new document’s badge is already empty (issue 10)', async () => {
    document.body.innerHTML = '<p>Nobody is named here.</p>';
    await definition.main(newContext());
    await settle();
    expect(sent).toEqual([]);
  });

  it('sends 0 when the last mention goes, and nothing more while there are none', async () => {
    await definition.main(newContext());
    await settle();
    document.body.innerHTML = '<p>Nobody is named here.</p>';
    await settle();
    document.body.insertAdjacentHTML('beforeend', '<p>Still nobody.</p>');
    await settle();
    expect(counts().map((m) => m.count)).toEqual([2, 0]);
  });

  it('starts nothing when the context is invalidated while the settings are read', async () => {
    const ctx = newContext();
    const running = definition.main(ctx);
    ctx.abort('extension reloaded');
    await running;
    await settle();
    expect(registry.size).toBe(0);
    expect(counts()).toEqual([]);
  });

  it('applies a settings change made while the first read is pending', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const get = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(async (keys) => {
      const stored = await get(keys as string);
      await gate;
      return stored;
    });
    const running = definition.main(newContext());
    await Promise.resolve();
    // The reader's value is from before the change; the change event comes while it waits.
    await fakeBrowser.storage.sync.set({ settings: { isEnabled: false } });
    release();
    await running;
    await settle();
    expect(registry.has('fact-notes-soft')).toBe(false);
    expect(counts().filter((m) => m.count > 0)).toEqual([]);
  });

  it('stops when a message is rejected because the extension context is gone', async () => {
    await definition.main(newContext());
    await settle();
    expect(registry.has('fact-notes-soft')).toBe(true);
    // The extension goes while the message is on its way: Chromium drops the runtime id and rejects it.
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async () => {
      fakeBrowser.runtime.id = undefined as unknown as string;
      throw new Error('Extension context invalidated.');
    });
    document.body.insertAdjacentHTML('beforeend', '<p>Donetsk</p>');
    await settle();
    expect(registry.has('fact-notes-soft')).toBe(false);
  });

  it('notices an orphaned context within a few seconds even when nothing happens on the page', async () => {
    await definition.main(newContext());
    await settle();
    expect(registry.has('fact-notes-soft')).toBe(true);
    fakeBrowser.runtime.id = undefined as unknown as string;
    vi.advanceTimersByTime(1000);
    expect(registry.has('fact-notes-soft')).toBe(false);
  });

  it('re-publishes the count when the page comes back from the back/forward cache', async () => {
    await definition.main(newContext());
    await settle();
    const before = counts().length;
    window.dispatchEvent(pageTransition('pagehide', true));
    window.dispatchEvent(pageTransition('pageshow', true));
    expect(counts().slice(before)).toEqual([{ type: 'mention-count', count: 2 }]);
    // A normal first show is not a restore: nothing more.
    window.dispatchEvent(pageTransition('pageshow', false));
    expect(counts().slice(before)).toHaveLength(1);
  });

  it('clears the marks and host a dead instance left (Firefox injects again after a reload or re-enable)', async () => {
    // What an instance whose sandbox Firefox dropped leaves: its highlights and its host with a card.
    registry.set('fact-notes-soft', new Set());
    registry.set('fact-notes-active', new Set());
    document.documentElement.append(document.createElement('fact-notes-ui'));
    document.body.innerHTML = '<p>Nobody is named here.</p>';
    await definition.main(newContext());
    await settle();
    expect([...registry.keys()]).toEqual([]);
    expect(document.querySelectorAll('fact-notes-ui')).toHaveLength(0);
  });

  it('adds no host to a page until a card is needed', async () => {
    await definition.main(newContext());
    await settle();
    expect(registry.has('fact-notes-soft')).toBe(true);
    expect(document.querySelector('fact-notes-ui')).toBeNull();
  });
});
