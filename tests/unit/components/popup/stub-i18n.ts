import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../../../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/** Stands in for browser.i18n.getMessage (not in fakeBrowser) with the English messages, placeholders filled like Chrome does. */
export function stubI18n(): void {
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) => {
    const entry = (en as Record<string, Entry>)[name];
    if (!entry) return '';
    const values = substitutions === undefined ? [] : [substitutions].flat();
    return entry.message.replace(/\$(\w+)\$/g, (_, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
    });
  });
}
