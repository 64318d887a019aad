import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD_DIR, FIREFOX_BUILD_DIR } from './support/paths.ts';

// Contract item 7 on the built manifests (no browser needed), and contract
// item 4's other half: the only CSS the manifest puts into pages paints our
// highlights and can style nothing of the page.

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: unknown;
  options_ui?: { page: string; open_in_tab?: boolean };
  options_page?: string;
  content_scripts?: Array<{ matches: string[]; css?: string[]; js?: string[] }>;
}

const BUILDS = [
  ['chrome-mv3', CHROME_BUILD_DIR],
  ['firefox-mv2', FIREFOX_BUILD_DIR],
] as const;

/** Rule selectors of a stylesheet, comments dropped (the content CSS has no nested or at-rules to speak of). */
function selectorsOf(css: string): string[] {
  return [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([^{}]+)\{[^{}]*\}/g)].map((match) => match[1]!.trim());
}

describe.each(BUILDS)('%s manifest', (name, dir) => {
  const read = (): Manifest => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;

  it('asks for storage and nothing else beyond the content script’s match patterns', () => {
    const manifest = read();
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources).toBeUndefined();
    const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches);
    expect(matches.length).toBeGreaterThan(0);
    for (const pattern of matches) expect(['http://*/*', 'https://*/*']).toContain(pattern);
  });

  it('has an options page (article packs) that opens in a tab, and the page is in the build', () => {
    const manifest = read();
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    expect(manifest.options_page).toBeUndefined();
    expect(fs.existsSync(path.join(dir, 'options.html'))).toBe(true);
  });

  it('injects CSS that only styles fact-notes highlights (on :root in Chromium, whose highlights inherit)', () => {
    const sheets = (read().content_scripts ?? []).flatMap((script) => script.css ?? []);
    expect(sheets.length).toBeGreaterThan(0);
    for (const sheet of sheets) {
      const css = fs.readFileSync(path.join(dir, sheet), 'utf8');
      expect(css).not.toMatch(/@(import|font-face)\b/);
      const selectors = selectorsOf(css).flatMap((list) => list.split(',').map((selector) => selector.trim()));
      expect(selectors.length).toBeGreaterThan(0);
      // Chromium: one rule on the root, inherited by every element's highlight, instead of a
      // rule matching every element of every page (scripts/vite/highlight-scope.ts).
      const scope = name === 'chrome-mv3' ? ':root' : '';
      expect(selectors).toEqual(['soft', 'underline', 'active'].map((style) => `${scope}::highlight(fact-notes-${style})`));
    }
  });
});
