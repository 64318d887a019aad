import { describe, expect, it } from 'vitest';
import { useChromium } from './support/use-browser.ts';

// Contract item 1 (loads with no errors or warnings) and the harness itself.
describe('Chromium smoke', () => {
  const session = useChromium();

  it('loads the MV3 build with no warnings or errors', async () => {
    const { extension } = await session();
    expect(extension.extensionId).toMatch(/^[a-p]{32}$/);
    expect(await extension.extensionErrors()).toEqual([]);
  });

  it('starts the background service worker', async () => {
    const { extension } = await session();
    const manifest = await extension.serviceWorker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } } };
      return chrome.runtime.getManifest();
    });
    expect(manifest).toMatchObject({ name: 'Fact Notes', manifest_version: 3 });
  });

  it('runs the content script on a local page', async () => {
    const { extension, server } = await session();
    const page = await extension.newPage(server.fixtureUrl('smoke.html'));
    // The host comes with the first card (issue 10); the highlights show the script ran.
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('fact-notes')), { timeout: 10_000 });
    expect(typeof (await extension.getBadgeText(page))).toBe('string');
    expect(await extension.extensionErrors()).toEqual([]);
  });
});
