import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import background from '../../entrypoints/background';

// Firefox for Android has no browser.commands; the background must still start.
describe('background without a commands API (Firefox for Android)', () => {
  const commands = fakeBrowser.commands;
  afterEach(() => {
    Object.assign(fakeBrowser, { commands });
    fakeBrowser.reset();
  });

  it('starts and still answers badge messages', () => {
    const setBadgeText = vi.fn(async () => undefined);
    Object.assign(fakeBrowser, { commands: undefined, action: { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined) } });
    const listeners: ((message: unknown, sender: object) => unknown)[] = [];
    vi.spyOn(browser.runtime.onMessage, 'addListener').mockImplementation((listener) => void listeners.push(listener as never));
    expect(() => background.main()).not.toThrow();
    listeners.forEach((listener) => listener({ type: 'mention-count', count: 4 }, { id: browser.runtime.id, tab: { id: 9 }, frameId: 0 }));
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 9, text: '4' });
  });
});
