import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { isFromUs, isMessage, type Message } from '../lib/messages';
import { settingsStorage } from '../lib/settings-storage';
import { readEnabledPacks } from '../lib/pack/pack-store';
import { coalesce, storeCompiledNotes, touchesPacks } from '../lib/pack/store-compiled';

export default defineBackground(() => {
  // MV3 has `action`, MV2 (Firefox) `browserAction`; both take per-tab badge text.
  const action = browser.action ?? browser.browserAction;
  void action.setBadgeBackgroundColor({ color: '#8a5a00' });

  // The one place stored settings are rewritten (migrated, repaired), and only
  // when this build is installed, updated or started: a rewrite on every sync
  // change would answer another device's write with one of ours, and every
  // reader repairs what it reads anyway.
  const repairSettings = () => void settingsStorage.repairStored();
  browser.runtime.onInstalled.addListener(repairSettings);
  browser.runtime.onStartup.addListener(repairSettings);

  // Pages match the enabled packs through one matcher compiled here, once per change of packs
  // (issue 13), never on a page. An update compiles again: a new build may compile differently.
  const compilePacks = coalesce(async () => storeCompiledNotes(await readEnabledPacks()));
  browser.runtime.onInstalled.addListener(() => void compilePacks());
  browser.runtime.onStartup.addListener(() => void compilePacks());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && touchesPacks(changes)) void compilePacks();
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromUs(sender, browser.runtime.id) || !isMessage(message)) return undefined;
    const tabId = sender.tab?.id;
    if (message.type === 'mention-count' && tabId !== undefined) {
      // Only the top frame speaks for the tab (contract item 3).
      // The tab may have closed since the page sent its count: nothing left to badge.
      if (sender.frameId === 0) action.setBadgeText({ tabId, text: message.count > 0 ? String(message.count) : '' }).catch(() => undefined);
    } else if (message.type === 'open-article') {
      const hash = message.entity ? `#${message.entity}` : '';
      void browser.tabs.create({ url: browser.runtime.getURL(`/article.html${hash}` as '/article.html') });
    }
    return undefined;
  });

  // Firefox for Android has no commands API (and no keyboard shortcuts); the popup says so.
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'next-mention' || tab?.id === undefined) return;
    const message: Message = { type: 'next-mention' };
    // A tab without our content script (a browser page) has nobody to answer.
    browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
  });
});
