import type { ElementHandle, Page } from 'puppeteer-core';
import type { Driver, PageProblem, Tab } from './driver.ts';
import { firefoxTasks } from './extension-tasks.ts';
import type { FirefoxExtension } from './launch-firefox.ts';
import { pollFor } from './poll-for.ts';
import type { Session } from './use-browser.ts';

/** Minimal typing of `browser.tabs.sendMessage` in an extension page. */
interface BrowserTabs {
  browser: { tabs: { sendMessage(tabId: number, message: object, options: { frameId: number }): Promise<unknown> } };
}

const drivers = new WeakMap<FirefoxExtension, Driver>();

/** The {@link Driver} for a Firefox session (one per launched browser). */
export function firefoxDriver({ server, extension }: Session<FirefoxExtension>): Driver {
  const known = drivers.get(extension);
  if (known) return known;
  const driver: Driver = {
    browserName: 'firefox',
    server,
    async openTab(url, options = {}) {
      const page = await extension.newPage();
      const tab = wrapPage(page, extension);
      if (options.initScript) await page.evaluateOnNewDocument(options.initScript);
      if (url) await tab.goto(url);
      return tab;
    },
    // about:debugging shows manifest warnings only (smoke test); exceptions arrive as the tab's pageerror.
    extensionErrors: async () => [],
    reloadExtension: () => extension.reload(),
    setExtensionEnabled: (isEnabled) => extension.setEnabled(isEnabled),
  };
  drivers.set(extension, driver);
  return driver;
}

/** Collects `page`'s errors and console messages from now on, as {@link Tab.problems} and {@link Tab.consoleLog} (also for plain-browser.ts). */
export function recordConsole(page: Page): Pick<Tab, 'problems' | 'consoleLog'> {
  const problems: PageProblem[] = [];
  const consoleLog: string[] = [];
  page.on('pageerror', (error) => {
    problems.push({ kind: 'pageerror', text: String(error) });
    consoleLog.push(String(error));
  });
  page.on('console', (message) => {
    // console.timeStamp() is a profiler marker (React's development build adds one per component
    // render, only for renders slow enough to measure), not a message: Chromium's protocol does not
    // report it, Firefox's BiDi does, as a log entry of its own method.
    if ((message.type() as string) === 'timeStamp') return;
    consoleLog.push(message.text());
    if (message.type() === 'error') problems.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  return { problems, consoleLog };
}

function wrapPage(page: Page, extension: FirefoxExtension): Tab {
  const { problems, consoleLog } = recordConsole(page);
  return {
    async goto(url) {
      try {
        await page.goto(url);
      } catch (error) {
        // Firefox's BiDi navigation tracking sometimes fails a load that completes
        // ("Address rejected", seen on corpus pages with refused subframes): check the page itself.
        if (!/Address rejected/.test(String(error))) throw error;
        await pollFor(
          () => page.evaluate(() => [location.href, document.readyState]),
          ([href, state]) => href === url && state === 'complete',
          `${url} to load`,
        );
      }
    },
    async goBack() {
      // A page restored from the back/forward cache fires no load event.
      await page.goBack({ waitUntil: 'domcontentloaded' });
    },
    url: () => page.url(),
    // Puppeteer's types unwrap handles in the argument; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    async evaluateInFrames<R>(fn: () => R | Promise<R>) {
      const main = page.mainFrame();
      return Promise.all(
        page.frames().map(async (frame) => ({ url: frame.url(), isTop: frame === main, value: (await frame.evaluate(fn)) as R })),
      );
    },
    extensionTasks: (during) => extension.profile(during).then(firefoxTasks),
    async move(to) {
      await page.mouse.move(to.x, to.y, { steps: 4 });
    },
    async click(at) {
      await page.mouse.click(at.x, at.y);
    },
    async tap(at) {
      await page.touchscreen.tap(at.x, at.y);
    },
    async setInputFiles(selector, filePaths) {
      const input = await page.$(selector);
      if (!input) throw new Error(`no element matches ${selector}`);
      try {
        await (input as ElementHandle<HTMLInputElement>).uploadFile(...filePaths);
      } finally {
        await input.dispose();
      }
    },
    async press(key) {
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
    },
    badge: () => extension.getBadgeText(page),
    // The probe tab on the extension's manifest.json has the extension's API, like the background page.
    async sendMessage<T>(message: object) {
      const tabId = await extension.tabId(page);
      return extension.extensionPage.evaluate(
        (id, payload) => (globalThis as unknown as BrowserTabs).browser.tabs.sendMessage(id, payload, { frameId: 0 }),
        tabId,
        message,
      ) as Promise<T>;
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async setViewport(size) {
      await page.setViewport(size);
    },
    async screenshot(path) {
      await page.screenshot({ path: path });
    },
    problems,
    consoleLog,
    close: () => page.close(),
  };
}
