import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_PATH, requireBrowser, requireBuild } from './browser-binaries.ts';
import { CHROME_BUILD_DIR } from './paths.ts';
import { openWithTabId } from './open-with-tab-id.ts';
import type { TestServer } from './test-server.ts';

/** Options for {@link launchChromium}. */
export interface ChromiumOptions {
  /** Pages come from here; every outside request goes to it as a proxy, which refuses and logs it. */
  server: TestServer;
  /** Default true. */
  headless?: boolean;
  /** Playwright switch for page scripts, for the whole context (content scripts still run). Default true. */
  javaScriptEnabled?: boolean;
  /** Reload once with developer mode on so chrome://extensions collects warnings and errors. Default true. */
  collectErrors?: boolean;
  /**
   * Keep Chromium's back/forward cache, which Playwright turns off by default
   * (`--disable-back-forward-cache`, so that goBack() always reloads). Default false.
   */
  backForwardCache?: boolean;
}

/** Chromium with the unpacked MV3 build loaded. */
export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/` */
  baseUrl: string;
  /** The extension's running service worker (DevTools keeps it alive while attached). */
  readonly serviceWorker: Worker;
  /** Opens a tab (remembering its tab id) and, given a URL, loads it. */
  newPage(url?: string): Promise<Page>;
  /** The `chrome.tabs` id of a page. */
  tabId(page: Page): Promise<number>;
  /** The toolbar badge text for a page's tab (contract item 3). */
  getBadgeText(page: Page): Promise<string>;
  /** Manifest warnings and runtime errors chrome://extensions shows for the extension. */
  extensionErrors(): Promise<string[]>;
  /** Reloads the extension as chrome://extensions' reload button does; resolves once the new service worker runs. */
  reload(): Promise<void>;
  /** Turns the extension off or on as chrome://extensions' switch does; turning on resolves once its service worker runs. */
  setEnabled(isEnabled: boolean): Promise<void>;
  close(): Promise<void>;
}

// The closed network makes background services spam refused connections; the
// resolver rule is a second lock behind the proxy.
const QUIET_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Minimal typing of the `chrome` global inside the service worker and chrome://extensions. */
interface ChromeGlobal {
  chrome: {
    management: { setEnabled(id: string, enabled: boolean): Promise<void> };
    tabs: { query(query: object): Promise<Array<{ id?: number }>> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
    developerPrivate: {
      updateProfileConfiguration(update: { inDeveloperMode: boolean }): Promise<void>;
      reload(id: string, options: object): Promise<void>;
      getExtensionInfo(id: string): Promise<{
        manifestErrors: Array<{ message: string }>;
        runtimeErrors: Array<{ message: string }>;
        installWarnings: Array<{ message: string }>;
      }>;
    };
  };
}

/** Launches Chromium with `.output/chrome-mv3` loaded and waits for its service worker. */
export async function launchChromium(options: ChromiumOptions): Promise<ChromiumExtension> {
  const executablePath = requireBrowser(CHROMIUM_PATH);
  const dir = requireBuild(CHROME_BUILD_DIR, 'npm run build');
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'fact-notes-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: options.headless ?? true,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    proxy: { server: options.server.origin, bypass: '127.0.0.1' },
    ...(options.backForwardCache ? { ignoreDefaultArgs: ['--disable-back-forward-cache'] } : {}),
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, '--no-sandbox', ...QUIET_ARGS],
  });
  const close = async () => {
    await context.close();
    await fs.rm(userDataDir, { recursive: true, force: true });
  };
  try {
    const worker = await extensionWorker(context);
    const extensionId = new URL(worker.url()).host;
    const admin = options.collectErrors === false ? undefined : await enableErrorCollection(context, extensionId);
    return wrap(context, extensionId, admin, close);
  } catch (error) {
    await close();
    throw error;
  }
}

function wrap(context: BrowserContext, extensionId: string, admin: Page | undefined, close: () => Promise<void>): ChromiumExtension {
  const tabIds = new WeakMap<Page, number>();
  const workerOf = () => {
    // After a reload the newest is the running one.
    const worker = context
      .serviceWorkers()
      .filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
      .at(-1);
    if (!worker) throw new Error('The extension service worker is not running.');
    return worker;
  };
  let adminPage = admin;
  const adminOf = async () => {
    if (!adminPage) {
      adminPage = await context.newPage();
      await adminPage.goto('chrome://extensions');
    }
    return adminPage;
  };
  /** Runs `change` on chrome://extensions and waits for the extension's next service worker. */
  const restart = async (change: (page: Page) => Promise<void>) => {
    const page = await adminOf();
    const before = context.serviceWorkers();
    const restarted = context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`) && !before.includes(w),
      timeout: 15_000,
    });
    await change(page);
    await restarted;
  };
  const allTabIds = () =>
    workerOf().evaluate(() =>
      (globalThis as unknown as ChromeGlobal).chrome.tabs.query({}).then((tabs) => tabs.map((tab) => tab.id ?? -1)),
    );
  const extension: ChromiumExtension = {
    context,
    extensionId,
    baseUrl: `chrome-extension://${extensionId}/`,
    get serviceWorker() {
      return workerOf();
    },
    async newPage(url) {
      const { page, id } = await openWithTabId(allTabIds, () => context.newPage());
      tabIds.set(page, id);
      if (url) await page.goto(url);
      return page;
    },
    async tabId(page) {
      const known = tabIds.get(page);
      if (known !== undefined) return known;
      // A page the harness did not open: bring it forward and take the active tab.
      await page.bringToFront();
      const [tab] = await workerOf().evaluate(() =>
        (globalThis as unknown as ChromeGlobal).chrome.tabs.query({ active: true, lastFocusedWindow: true }),
      );
      if (tab?.id === undefined) throw new Error('Could not find the tab of the page.');
      tabIds.set(page, tab.id);
      return tab.id;
    },
    async getBadgeText(page) {
      const tabId = await extension.tabId(page);
      return workerOf().evaluate((id) => (globalThis as unknown as ChromeGlobal).chrome.action.getBadgeText({ tabId: id }), tabId);
    },
    async extensionErrors() {
      if (!admin) throw new Error('Launched with collectErrors: false.');
      const info = await admin.evaluate(
        (id) => (globalThis as unknown as ChromeGlobal).chrome.developerPrivate.getExtensionInfo(id),
        extensionId,
      );
      return [...info.installWarnings, ...info.manifestErrors, ...info.runtimeErrors].map((entry) => entry.message);
    },
    reload: () =>
      restart(async (page) => {
        await page.evaluate(
          (id) => (globalThis as unknown as ChromeGlobal).chrome.developerPrivate.reload(id, { failQuietly: false }),
          extensionId,
        );
      }),
    async setEnabled(isEnabled) {
      const change = async (page: Page) => {
        await page.evaluate(([id, enabled]) => (globalThis as unknown as ChromeGlobal).chrome.management.setEnabled(id, enabled), [
          extensionId,
          isEnabled,
        ] as const);
      };
      if (isEnabled) await restart(change);
      else await change(await adminOf());
    },
    close,
  };
  return extension;
}

async function extensionWorker(context: BrowserContext): Promise<Worker> {
  const isOurs = (worker: Worker) => worker.url().startsWith('chrome-extension://');
  const running = context.serviceWorkers().find(isOurs);
  if (running) return running;
  return context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 15_000 }).catch(() => {
    throw new Error('The extension did not start: no service worker within 15 s (is the manifest valid?).');
  });
}

// chrome://extensions only collects an extension's warnings and errors while in
// developer mode, and only from its next load on, hence the reload.
async function enableErrorCollection(context: BrowserContext, extensionId: string): Promise<Page> {
  const admin = context.pages()[0] ?? (await context.newPage());
  await admin.goto('chrome://extensions');
  const restarted = context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith(`chrome-extension://${extensionId}/`),
    timeout: 15_000,
  });
  await admin.evaluate(async (id) => {
    const { developerPrivate } = (globalThis as unknown as ChromeGlobal).chrome;
    await developerPrivate.updateProfileConfiguration({ inDeveloperMode: true });
    await developerPrivate.reload(id, { failQuietly: false, populateErrorForUnpacked: true });
  }, extensionId);
  await restarted;
  return admin;
}
