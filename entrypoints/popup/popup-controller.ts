import { browser } from 'wxt/browser';
import type { Message, PageMentions } from '../../lib/messages';
import { summary } from '../../lib/summary';
import { isEntityKey, type EntityKey } from '../../lib/entity-key';
import { COMPILED_NOTES_KEY } from '../../lib/compiled-notes-key';
import type { EntityInfo } from '../../components/popup/PageMentionsList';

// Every browser call the popup makes, so its components only get props and
// callbacks. No `tabs` permission: the active tab's id comes from
// tabs.query (allowed without it) and its hostname from the content script.

/** The active tab and what its content script reported. */
export interface ActiveTabPage {
  tabId: number;
  page: PageMentions;
}

const builtInEntities = (): EntityInfo[] => summary.entities.map(({ id, name, kind }) => ({ id, name, kind }));

/** The enabled packs' people and places, as the background compiled them; the built-in ones when it compiled none. */
function entitiesFrom(stored: unknown): EntityInfo[] {
  const subjects = (stored as { subjects?: unknown } | undefined)?.subjects;
  if (!Array.isArray(subjects)) return builtInEntities();
  return subjects.flatMap((subject: { key?: unknown; name?: unknown; kind?: unknown }) =>
    isEntityKey(subject.key) && typeof subject.name === 'string' && (subject.kind === 'person' || subject.kind === 'place')
      ? [{ id: subject.key, name: subject.name, kind: subject.kind }]
      : [],
  );
}

// The answer crosses a process boundary from a page's content script: check it.
function readPageMentions(value: unknown, entities: readonly EntityInfo[]): PageMentions | null {
  if (typeof value !== 'object' || value === null) return null;
  const answer = value as Record<string, unknown>;
  const rawCounts = answer.counts;
  if (typeof answer.isActive !== 'boolean' || typeof answer.hostname !== 'string') return null;
  if (typeof rawCounts !== 'object' || rawCounts === null) return null;
  const counts = {} as Record<EntityKey, number>;
  for (const { id } of entities) {
    const count = (rawCounts as Record<string, unknown>)[id];
    counts[id] = typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
  }
  return { isActive: answer.isActive, hostname: answer.hostname, counts };
}

async function send(tabId: number, message: Message): Promise<unknown> {
  // Only the top frame's script speaks for the page (contract: badge counts the top frame).
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** The popup's window onto the browser: the active tab, its content script, and pages to open. */
export const popupController = {
  /** The people and places of the enabled packs, in pack order (the built-in pack's when storage fails). */
  async readEntities(): Promise<EntityInfo[]> {
    try {
      return entitiesFrom((await browser.storage.local.get(COMPILED_NOTES_KEY))[COMPILED_NOTES_KEY]);
    } catch {
      return builtInEntities();
    }
  },

  /** The active tab's mentions of `entities`, or null where no content script answers (browser pages, stores, not loaded yet). */
  async readActiveTab(entities: readonly EntityInfo[]): Promise<ActiveTabPage | null> {
    try {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return null;
      const page = readPageMentions(await send(tab.id, { type: 'page-mentions' }), entities);
      return page && { tabId: tab.id, page };
    } catch {
      return null;
    }
  },

  /** Asks the tab to scroll to the entity's next mention and open its card, then closes the popup. */
  async reveal(tabId: number, entity: EntityKey): Promise<void> {
    // Awaited so the message is on its way before the popup (and its port) goes away.
    await send(tabId, { type: 'reveal-entity', entity }).catch(() => undefined);
    window.close();
  },

  /** Opens the bundled article page in a new tab. */
  async openArticle(): Promise<void> {
    await browser.tabs.create({ url: browser.runtime.getURL('/article.html') });
    window.close();
  },

  /** Opens the options page (article packs) in a tab, as its manifest entry asks. */
  async openPacks(): Promise<void> {
    await browser.runtime.openOptionsPage();
    window.close();
  },

  /** Opens Chromium's keyboard shortcut page (Firefox does not let extensions open about:addons). */
  async openShortcutSettings(): Promise<void> {
    await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    window.close();
  },

  /** The "next mention" shortcut as the browser shows it; '' when the user removed it; false without a commands API (Firefox for Android). */
  async readShortcut(): Promise<string | false> {
    // Typed as always there, but Firefox for Android has no browser.commands.
    if (!(browser.commands as typeof browser.commands | undefined)) return false;
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === 'next-mention')?.shortcut ?? '';
  },
};
