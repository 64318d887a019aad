import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_PATH, FIREFOX_PATH, requireBrowser } from './browser-binaries.ts';
import type { Driver } from './driver.ts';
import { readFingerprint, type Fingerprint } from './page-integrity.ts';
import { firefoxProxyPrefs } from './launch-firefox.ts';

/** The same browser without the extension, behind the same refusing proxy: a page as it renders untouched. */
export interface PlainBrowser {
  /** Loads `url` in a fresh tab and fingerprints it once loaded. */
  fingerprint(url: string): Promise<Fingerprint>;
  close(): Promise<void>;
}

/** Launches a plain Chromium or Firefox for `driver`'s browser and server (same viewport defaults as the harness). */
export async function launchPlainBrowser(driver: Driver): Promise<PlainBrowser> {
  const { origin, port } = driver.server;
  if (driver.browserName === 'chromium') {
    const browser = await chromium.launch({
      executablePath: requireBrowser(CHROMIUM_PATH),
      headless: true,
      proxy: { server: origin, bypass: '127.0.0.1' },
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
    });
    // One tab, navigated page after page: cheaper than a tab each, and nothing carries over without scripts.
    const page = await browser.newPage();
    return {
      async fingerprint(url) {
        await page.goto(url);
        return page.evaluate(readFingerprint);
      },
      close: () => browser.close(),
    };
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBrowser(FIREFOX_PATH),
    headless: true,
    extraPrefsFirefox: firefoxProxyPrefs(port),
  });
  const page = await browser.newPage();
  return {
    async fingerprint(url) {
      // See firefox-driver.ts: BiDi may fail a navigation that completes.
      await page.goto(url).catch((error: unknown) => {
        if (!/Address rejected/.test(String(error))) throw error;
      });
      await page.waitForFunction(
        (expected: string) => location.href === expected && document.readyState === 'complete',
        { polling: 100, timeout: 10_000 },
        url,
      );
      return page.evaluate(readFingerprint);
    },
    close: () => browser.close(),
  };
}
