import type { Page } from 'playwright-core';
import type { Driver, PageProblem, Tab } from './driver.ts';
import { chromiumTasks, type TraceEvent } from './extension-tasks.ts';
import type { ChromiumExtension } from './launch-chromium.ts';
import type { Session } from './use-browser.ts';

/** Minimal typing of `chrome.tabs.sendMessage` in the service worker. */
interface ChromeTabs {
  chrome: { tabs: { sendMessage(tabId: number, message: object, options: { frameId: number }): Promise<unknown> } };
}

// As bench/lib/extension-cost.mjs: timeline events carry the script URL of each call into JS.
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'].join(',');

const drivers = new WeakMap<ChromiumExtension, Driver>();

/** The {@link Driver} for a Chromium session (one per launched browser). */
export function chromiumDriver({ server, extension }: Session<ChromiumExtension>): Driver {
  const known = drivers.get(extension);
  if (known) return known;
  const driver: Driver = {
    browserName: 'chromium',
    server,
    async openTab(url, options = {}) {
      const page = await extension.newPage();
      const tab = wrapPage(page, extension);
      if (options.initScript) await page.addInitScript(options.initScript);
      if (url) await tab.goto(url);
      return tab;
    },
    extensionErrors: () => extension.extensionErrors(),
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
    problems.push({ kind: 'pageerror', text: `${error.name}: ${error.message}` });
    consoleLog.push(`${error.name}: ${error.message}`);
  });
  page.on('console', (message) => {
    consoleLog.push(message.text());
    if (message.type() === 'error') problems.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  return { problems, consoleLog };
}

function wrapPage(page: Page, extension: ChromiumExtension): Tab {
  const { problems, consoleLog } = recordConsole(page);
  return {
    async goto(url) {
      await page.goto(url);
    },
    async goBack() {
      // A page restored from the back/forward cache fires no load event: wait for the commit only.
      await page.goBack({ waitUntil: 'commit' });
    },
    url: () => page.url(),
    // Playwright's types unbox handles in the argument; ours are plain JSON values.
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    async evaluateInFrames<R>(fn: () => R | Promise<R>) {
      const main = page.mainFrame();
      return Promise.all(
        page.frames().map(async (frame) => ({ url: frame.url(), isTop: frame === main, value: await frame.evaluate(fn) })),
      );
    },
    async extensionTasks(during) {
      const cdp = await page.context().newCDPSession(page);
      const events: TraceEvent[] = [];
      try {
        cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
        const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
        await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
        try {
          await during();
        } finally {
          await cdp.send('Tracing.end');
          await complete;
        }
      } finally {
        await cdp.detach();
      }
      return chromiumTasks(events);
    },
    async move(to) {
      await page.mouse.move(to.x, to.y, { steps: 4 });
    },
    async click(at) {
      await page.mouse.click(at.x, at.y);
    },
    async tap(at) {
      // Playwright's touchscreen needs a hasTouch context, which a persistent
      // (extension) context cannot switch on per page; the same CDP input it uses works here.
      const cdp = await page.context().newCDPSession(page);
      try {
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: at.x, y: at.y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      } finally {
        await cdp.detach();
      }
    },
    async setInputFiles(selector, filePaths) {
      await page.setInputFiles(selector, filePaths);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    badge: () => extension.getBadgeText(page),
    async sendMessage<T>(message: object) {
      const tabId = await extension.tabId(page);
      return extension.serviceWorker.evaluate(
        ([id, payload]) => (globalThis as unknown as ChromeTabs).chrome.tabs.sendMessage(id, payload, { frameId: 0 }),
        [tabId, message] as const,
      ) as Promise<T>;
    },
    async bringToFront() {
      await page.bringToFront();
    },
    async setViewport(size) {
      await page.setViewportSize(size);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    problems,
    consoleLog,
    close: () => page.close(),
  };
}
