import { chromium, type Page as ChromiumPage } from 'playwright-core';
import puppeteer, { type Page as FirefoxPage } from 'puppeteer-core';
import { CHROMIUM_PATH, FIREFOX_PATH, requireBrowser } from './browser-binaries.ts';
import { recordConsole as recordChromiumConsole } from './chromium-driver.ts';
import type { Driver, Tab } from './driver.ts';
import { recordConsole as recordFirefoxConsole } from './firefox-driver.ts';
import { readFingerprint, type Fingerprint } from './page-integrity.ts';
import { firefoxProxyPrefs } from './launch-firefox.ts';

/** A tab of the plain browser: what a test can do to a page and see of it, without the extension. */
export type PlainTab = Pick<Tab, 'goto' | 'url' | 'evaluate' | 'click' | 'problems' | 'consoleLog' | 'close'>;

/** The same browser without the extension, behind the same refusing proxy: a page as it renders untouched. */
export interface PlainBrowser {
  /** Loads `url` in a fresh tab and fingerprints it once loaded. */
  fingerprint(url: string): Promise<Fingerprint>;
  /** Opens a tab of its own on `url` (loaded), collecting its console from before the page's first script. */
  openTab(url: string): Promise<PlainTab>;
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
      async openTab(url) {
        const tab = wrapChromiumPage(await browser.newPage());
        await tab.goto(url);
        return tab;
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
      await gotoInFirefox(page, url);
      return page.evaluate(readFingerprint);
    },
    async openTab(url) {
      const tab = wrapFirefoxPage(await browser.newPage());
      await tab.goto(url);
      return tab;
    },
    close: () => browser.close(),
  };
}

function wrapChromiumPage(page: ChromiumPage): PlainTab {
  return {
    ...recordChromiumConsole(page),
    async goto(url) {
      await page.goto(url);
    },
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    async click(at) {
      await page.mouse.click(at.x, at.y);
    },
    close: () => page.close(),
  };
}

function wrapFirefoxPage(page: FirefoxPage): PlainTab {
  return {
    ...recordFirefoxConsole(page),
    goto: (url) => gotoInFirefox(page, url),
    url: () => page.url(),
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    async click(at) {
      await page.mouse.click(at.x, at.y);
    },
    close: () => page.close(),
  };
}

async function gotoInFirefox(page: FirefoxPage, url: string): Promise<void> {
  // See firefox-driver.ts: BiDi may fail a navigation that completes.
  await page.goto(url).catch((error: unknown) => {
    if (!/Address rejected/.test(String(error))) throw error;
  });
  await page.waitForFunction(
    (expected: string) => location.href === expected && document.readyState === 'complete',
    { polling: 100, timeout: 10_000 },
    url,
  );
}
