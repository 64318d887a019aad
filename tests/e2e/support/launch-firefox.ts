import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_PATH, requireBrowser, requireBuild } from './browser-binaries.ts';
import { FIREFOX_BUILD_DIR } from './paths.ts';
import { pollFor } from './poll-for.ts';
import { openWithTabId } from './open-with-tab-id.ts';
import type { GeckoProfile } from './extension-tasks.ts';
import type { TestServer } from './test-server.ts';

/** Options for {@link launchFirefox}. */
export interface FirefoxOptions {
  /** Pages come from here; every outside request goes to it as a proxy, which refuses and logs it. */
  server: TestServer;
  /** Default true. */
  headless?: boolean;
}

/** Firefox with the unpacked MV2 build installed as a temporary add-on. */
export interface FirefoxExtension {
  browser: Browser;
  /** The gecko id from the manifest. */
  extensionId: string;
  /** `moz-extension://<uuid>/`, fixed per launch through a pref. */
  baseUrl: string;
  /** A tab on the extension's manifest.json: evaluate here to call the extension's `browser` API (a new one after a restart). */
  readonly extensionPage: Page;
  /** Opens a tab (remembering its tab id) and, given a URL, loads it. */
  newPage(url?: string): Promise<Page>;
  /** The `browser.tabs` id of a page. */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge text for a page's tab (contract item 3). */
  getBadgeText(page: Page): Promise<string>;
  /** Manifest warnings and errors about:debugging shows (opens one extra tab the first time). */
  extensionErrors(): Promise<string[]>;
  /** Reloads the add-on as about:debugging's Reload button does; resolves once it runs again. */
  reload(): Promise<void>;
  /** Disables or enables the add-on as about:addons' switch does; enabling resolves once it runs again. */
  setEnabled(isEnabled: boolean): Promise<void>;
  /** The Gecko profiler's profile (1 ms samples of every process's main thread, JS frames) while `during` runs. */
  profile(during: () => Promise<void>): Promise<GeckoProfile>;
  close(): Promise<void>;
}

/** Minimal typing of the Gecko profiler as a privileged page (about:addons) reaches it. */
interface ProfilerGlobal {
  Services: {
    profiler: {
      StartProfiler(entries: number, intervalMs: number, features: string[], threads: string[]): void;
      getProfileDataAsync(): Promise<unknown>;
      StopProfiler(): void;
    };
  };
}

/** Minimal typing of what about:addons can reach: the AddonManager module (a privileged page). */
interface AddonsGlobal {
  ChromeUtils: {
    importESModule(url: string): {
      AddonManager: {
        getAddonByID(id: string): Promise<{ reload(): Promise<void>; enable(): Promise<void>; disable(): Promise<void> } | null>;
      };
    };
  };
}

/** Minimal typing of the `browser` global in an extension page. */
interface BrowserGlobal {
  browser: {
    tabs: { query(query: object): Promise<Array<{ id?: number }>> };
    browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}

/** Launches Firefox and installs `.output/firefox-mv2`; resolves once the add-on is installed. */
export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxExtension> {
  const executablePath = requireBrowser(FIREFOX_PATH);
  const dir = requireBuild(FIREFOX_BUILD_DIR, 'npm run build:firefox');
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const { port } = options.server;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    // installExtension goes through WebDriver BiDi's webExtension.install, which needs this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // A known moz-extension:// origin, so tests can open extension pages.
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      ...firefoxProxyPrefs(port),
    },
  });
  try {
    const extensionId = await browser.installExtension(dir);
    // A tab on the extension's own manifest.json has the extension's `browser` API
    // but runs none of its code: our window for tabs and badge queries.
    const probe = await openExtensionPage(browser, `moz-extension://${uuid}/manifest.json`);
    return wrap(browser, extensionId, uuid, probe);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function wrap(browser: Browser, extensionId: string, uuid: string, firstProbe: Page): FirefoxExtension {
  const tabIds = new WeakMap<Page, number>();
  let debugging: Page | undefined;
  let addons: Page | undefined;
  // Firefox closes the extension's tabs when it stops; the probe is opened again after each restart.
  let probe = firstProbe;
  /** Calls `method` of the add-on's AddonManager wrapper in about:addons, as its buttons do. */
  const manage = async (method: 'reload' | 'enable' | 'disable') => {
    addons ??= await openAddonsPage(browser);
    await addons.evaluate(
      async (id, name) => {
        const { AddonManager } = (globalThis as unknown as AddonsGlobal).ChromeUtils.importESModule(
          'resource://gre/modules/AddonManager.sys.mjs',
        );
        const addon = await AddonManager.getAddonByID(id);
        if (!addon) throw new Error(`No add-on ${id}`);
        await addon[name]();
      },
      extensionId,
      method,
    );
  };
  const reopenProbe = async () => {
    probe = await openExtensionPage(browser, `moz-extension://${uuid}/manifest.json`);
  };
  const allTabIds = () =>
    probe.evaluate(() => (globalThis as unknown as BrowserGlobal).browser.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id ?? -1)));
  const extension: FirefoxExtension = {
    browser,
    extensionId,
    baseUrl: `moz-extension://${uuid}/`,
    get extensionPage() {
      return probe;
    },
    async newPage(url) {
      const { page, id } = await openWithTabId(allTabIds, () => browser.newPage());
      tabIds.set(page, id);
      if (url) await page.goto(url);
      return page;
    },
    async tabId(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      // A page the harness did not open: bring it forward and take the active tab of the probe's window.
      await page.bringToFront();
      const [tab] = await probe.evaluate(() =>
        (globalThis as unknown as BrowserGlobal).browser.tabs.query({ active: true, currentWindow: true }),
      );
      if (tab?.id === undefined) throw new Error('Could not find the tab of the page.');
      tabIds.set(page, tab.id);
      return tab.id;
    },
    async getBadgeText(page) {
      const tabId = await extension.tabId(page);
      return probe.evaluate((id) => (globalThis as unknown as BrowserGlobal).browser.browserAction.getBadgeText({ tabId: id }), tabId);
    },
    async extensionErrors() {
      debugging ??= await openDebuggingPage(browser, extensionId);
      return debugging.evaluate((id) => {
        const item = [...document.querySelectorAll('.qa-debug-target-item')].find((li) => li.textContent?.includes(id));
        return [...(item?.querySelectorAll('.qa-message') ?? [])].map((message) => message.textContent ?? '');
      }, extensionId);
    },
    async reload() {
      await manage('reload');
      await reopenProbe();
    },
    async setEnabled(isEnabled) {
      await manage(isEnabled ? 'enable' : 'disable');
      if (isEnabled) await reopenProbe();
    },
    async profile(during) {
      addons ??= await openAddonsPage(browser);
      const page = addons;
      // 4 M entries of 1 ms samples, main threads only, with JS frames: what firefoxTasks reads.
      await page.evaluate(() =>
        (globalThis as unknown as ProfilerGlobal).Services.profiler.StartProfiler(1 << 22, 1, ['js', 'stackwalk', 'cpu'], ['GeckoMain']),
      );
      try {
        await during();
        return (await page.evaluate(() =>
          (globalThis as unknown as ProfilerGlobal).Services.profiler.getProfileDataAsync(),
        )) as GeckoProfile;
      } finally {
        await page.evaluate(() => (globalThis as unknown as ProfilerGlobal).Services.profiler.StopProfiler());
      }
    },
    close: () => browser.close(),
  };
  return extension;
}

async function openAddonsPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  page.goto('about:addons').catch(() => {});
  await pollFor(
    () => page.evaluate(() => typeof (globalThis as Partial<AddonsGlobal>).ChromeUtils?.importESModule),
    (type) => type === 'function',
    'about:addons to load',
  );
  return page;
}

// goto() on a moz-extension:// or about: page may never resolve under BiDi, so
// start the navigation and poll with evaluate (waitForFunction needs eval, which
// these pages' CSP forbids).
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url).catch(() => {});
  await pollFor(
    () => page.evaluate(() => location.href),
    (href) => href === url,
    `${url} to load`,
  );
  await pollFor(
    () => page.evaluate(() => typeof (globalThis as Partial<BrowserGlobal>).browser?.tabs),
    (type) => type === 'object',
    'the extension API in the probe page',
  );
  return page;
}

async function openDebuggingPage(browser: Browser, extensionId: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto('about:debugging#/runtime/this-firefox').catch(() => {});
  await pollFor(
    () =>
      page.evaluate(
        (id) => [...document.querySelectorAll('.qa-debug-target-item')].some((li) => li.textContent?.includes(id)),
        extensionId,
      ),
    Boolean,
    'about:debugging to list the extension',
  );
  return page;
}

/** Firefox prefs that send everything not on 127.0.0.1 to the test server (on `port`), which logs and refuses it. */
export function firefoxProxyPrefs(port: number): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': port,
    'network.proxy.no_proxies_on': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
}
