import { describe, expect, it } from 'vitest';
import { useFirefox } from './support/use-browser.ts';

// Contract item 1 (loads with no errors or warnings) and the harness itself.
describe('Firefox smoke', () => {
  const session = useFirefox(); // resolves only once installExtension did

  it('installs the MV2 build with no warnings or errors', async () => {
    const { extension } = await session();
    expect(extension.extensionId).toBe('fact-notes@example.org');
    expect(await extension.extensionErrors()).toEqual([]);
  });

  it('starts the background page', async () => {
    const { extension } = await session();
    const background = await extension.extensionPage.evaluate(async () => {
      const { browser } = globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } };
      const page = await browser.runtime.getBackgroundPage();
      return { url: page.location.href, scripts: page.document.scripts.length };
    });
    expect(background.url).toBe(`${extension.baseUrl}_generated_background_page.html`);
    expect(background.scripts).toBeGreaterThan(0);
  });

  it('runs the content script on a local page', async () => {
    const { extension, server } = await session();
    const page = await extension.newPage(server.fixtureUrl('smoke.html'));
    // The host comes with the first card (issue 10); the highlights show the script ran.
    await page.waitForFunction(() => [...CSS.highlights.keys()].some((name) => name.startsWith('fact-notes')), { timeout: 10_000 });
    expect(typeof (await extension.getBadgeText(page))).toBe('string');
  });
});
