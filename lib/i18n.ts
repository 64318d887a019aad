import { browser } from 'wxt/browser';
import type en from '../public/_locales/en/messages.json';

// Interface text lives in public/_locales/{en,ru,uk}/messages.json; English is
// the manifest's default_locale, so the browser falls back to it per key.
// Entity names and article text are never translated: they are quoted as the
// article prints them. Type-only import: no messages are bundled.

/** A message name from the English messages file. */
export type MessageKey = keyof typeof en;

type GetMessage = (name: string, substitutions?: string | string[]) => string;

/**
 * The text of `key` in the browser's language, with `$1`… placeholders filled
 * in order; the key itself if the browser has no such message (a stale build).
 */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  // WXT types getMessage with one overload per key; a key union matches none of them.
  const getMessage = browser.i18n.getMessage as GetMessage;
  const text = substitutions.length ? getMessage(key, substitutions.map(String)) : getMessage(key);
  return text || key;
}
