import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/i18n';
import { stubI18n } from './components/popup/stub-i18n';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const load = (locale: string) =>
  JSON.parse(readFileSync(new URL(`../../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8')) as Record<string, Entry>;
const en = load('en');
const placeholdersIn = (message: string) => [...message.matchAll(/\$(\w+)\$/g)].map((match) => match[1]!.toLowerCase()).sort();

describe('locales', () => {
  it.each(['ru', 'uk'])('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const messages = load(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(en)) {
      const translated = messages[key]!;
      expect(translated.message.trim(), key).not.toBe('');
      expect(placeholdersIn(translated.message), key).toEqual(placeholdersIn(entry.message));
      expect(translated.placeholders, key).toEqual(
        entry.placeholders && Object.fromEntries(Object.entries(entry.placeholders).map(([name, { content }]) => [name, { content }])),
      );
    }
  });

  it('defines every placeholder an English message uses', () => {
    for (const [key, entry] of Object.entries(en)) {
      for (const name of placeholdersIn(entry.message)) expect(entry.placeholders?.[name], `${key}: ${name}`).toBeDefined();
    }
  });

  it('tags each translation with its own locale', () => {
    for (const locale of ['en', 'ru', 'uk']) expect(load(locale).locale!.message).toBe(locale);
  });
});

describe('t', () => {
  it('returns the message with placeholders filled in order', () => {
    stubI18n();
    expect(t('popupReveal', 'Steve Witkoff', 3)).toBe('Steve Witkoff, mentions: 3. Show on the page');
    expect(t('popupOnThisPage')).toBe('On this page');
  });
});
