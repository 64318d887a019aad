import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings-fields';
import { PACK_LIST_KEY, packTextKey } from '../../lib/pack/pack-store';

// store/listing/<lang>.md are what the Chrome Web Store and AMO listings are pasted from;
// PRIVACY.md and store/chrome-permissions.md must name every setting the code stores.

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const languages = ['en', 'ru', 'uk'] as const;

/** The listing's name and its two sections, or an error naming what is missing. */
function parseListing(text: string): { name: string; short: string; long: string } {
  const match = /^# (.+)\n+## Short description\n+([^]*?)\n+## Description\n+([^]*)$/.exec(text);
  if (!match) throw new Error('expected "# Name", "## Short description", "## Description" in that order');
  const [, name, short, long] = match as unknown as [string, string, string, string];
  expect(long, 'no other "## " section').not.toMatch(/^## /m);
  return { name: name.trim(), short: short.trim(), long: long.trim() };
}

/** Share of letters that are Cyrillic. */
function cyrillicShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  return letters.filter((letter) => /\p{Script=Cyrillic}/u.test(letter)).length / letters.length;
}

const shortcut = /suggested_key:\s*{\s*default:\s*'([^']+)'/.exec(read('wxt.config.ts'))?.[1];

describe.each(languages)('store listing (%s)', (lang) => {
  const path = `store/listing/${lang}.md`;

  it('exists with a name, a short and a long description', () => {
    expect(existsSync(new URL(`../../${path}`, import.meta.url)), path).toBe(true);
    const { short, long } = parseListing(read(path));
    expect(short).not.toBe('');
    expect(long).not.toBe('');
  });

  it('fits the stores: short description ≤ 132 characters on one line, long ≤ 16,000', () => {
    const { short, long } = parseListing(read(path));
    expect(short).not.toContain('\n');
    expect([...short].length).toBeLessThanOrEqual(132);
    expect([...long].length).toBeLessThanOrEqual(16_000);
  });

  it('is named as the extension is in that locale', () => {
    const messages = JSON.parse(read(`public/_locales/${lang}/messages.json`)) as Record<string, { message: string }>;
    expect(parseListing(read(path)).name).toBe(messages.extName!.message);
  });

  it('is written in its language', () => {
    const share = cyrillicShare(read(path));
    if (lang === 'en') expect(share).toBeLessThan(0.05);
    else expect(share).toBeGreaterThan(0.5);
  });

  it('gives the keyboard shortcut the manifest suggests', () => {
    expect(shortcut).toBeDefined();
    expect(parseListing(read(path)).long).toContain(shortcut);
  });
});

describe.each(['PRIVACY.md', 'store/chrome-permissions.md'])('%s', (path) => {
  it('names every stored setting and the storage key', () => {
    const text = read(path);
    expect(text).toContain('storage.sync');
    expect(text).toContain(`\`${SETTINGS_KEY}\``);
    for (const key of Object.keys(DEFAULT_SETTINGS)) expect(text, key).toContain(`\`${key}\``);
  });

  it('names where imported packs are stored', () => {
    const text = read(path);
    expect(text).toContain('storage.local');
    expect(text).toContain(`\`${PACK_LIST_KEY}\``);
    expect(text).toContain(`\`${packTextKey('<id>')}\``);
  });
});
