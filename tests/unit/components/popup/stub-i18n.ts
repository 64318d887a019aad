import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import en from '../../../../public/_locales/en/messages.json';
import { getMessageFrom } from '../../support/chrome-messages';

/** Stands in for browser.i18n.getMessage (not in fakeBrowser) with the English messages, placeholders filled like Chrome does. */
export function stubI18n(): void {
  const getMessage = getMessageFrom(en);
  vi.spyOn(browser.i18n, 'getMessage').mockImplementation((name: string, substitutions?: string | string[]) =>
    getMessage(name, substitutions),
  );
}
