import type { ExtensionTask } from './extension-tasks.ts';
import type { TestServer } from './test-server.ts';

/** A viewport point in CSS pixels. */
export interface Point {
  x: number;
  y: number;
}

/** Something the page reported as an error: an uncaught exception or a console error. */
export interface PageProblem {
  kind: 'pageerror' | 'console';
  text: string;
  /** Script or resource URL when the browser gave one. */
  url?: string;
}

/** What one frame of a tab answered to {@link Tab.evaluateInFrames}. */
export interface FrameAnswer<R> {
  url: string;
  isTop: boolean;
  value: R;
}

/** Options for {@link Driver.openTab}. */
export interface OpenTabOptions {
  /** Runs in the page's main world before any of the page's own code, on every navigation. */
  initScript?: () => void;
}

/** One browser tab, driven the same way in Chromium (Playwright) and Firefox (Puppeteer). */
export interface Tab {
  goto(url: string): Promise<void>;
  /** The browser's Back button: resolves once the previous page is committed (it may still be loading unless it came from the back/forward cache). */
  goBack(): Promise<void>;
  url(): string;
  /** Runs `fn` in the page's main world; `fn` is serialized, so it may not close over anything. */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Runs `fn` in the main world of every frame of the tab, the top frame first (cross-origin frames too). */
  evaluateInFrames<R>(fn: () => R | Promise<R>): Promise<Array<FrameAnswer<R>>>;
  /**
   * The content script's main-thread tasks in this tab while `during` runs, as the browser's
   * profiler attributes them (Chromium: DevTools trace; Firefox: Gecko profiler samples);
   * see extension-tasks.ts.
   */
  extensionTasks(during: () => Promise<void>): Promise<ExtensionTask[]>;
  /** Moves the mouse to `to` in a few steps, like a hand would. */
  move(to: Point): Promise<void>;
  /** A real mouse click at `at`. */
  click(at: Point): Promise<void>;
  /** A real touch tap at `at` (touch events, pointerType 'touch'). */
  tap(at: Point): Promise<void>;
  /** Chooses files in the `<input type="file">` matching `selector`, as the file picker does (change event included). */
  setInputFiles(selector: string, filePaths: string[]): Promise<void>;
  /** Presses a key (Playwright/Puppeteer key names: 'Escape', 'Tab', …). */
  press(key: string): Promise<void>;
  /** The tab's toolbar badge text (contract item 3). */
  badge(): Promise<string>;
  /** Sends a message to the tab's top-frame content script as the extension's background does, and returns the answer. */
  sendMessage<T = unknown>(message: object): Promise<T>;
  /** Makes this the active tab of its window (focus, `tabs.query({active})`). */
  bringToFront(): Promise<void>;
  /** Resizes the page's viewport (CSS pixels). */
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  /** Page errors and console errors seen since the tab opened. */
  readonly problems: readonly PageProblem[];
  /** The text of every console message (any level) and page error seen since the tab opened. */
  readonly consoleLog: readonly string[];
  close(): Promise<void>;
}

/** A browser with the extension loaded, as the shared test modules see it. */
export interface Driver {
  readonly browserName: 'chromium' | 'firefox';
  readonly server: TestServer;
  /** Opens a new tab (the harness learns its tab id) and, given a URL, loads it. */
  openTab(url?: string, options?: OpenTabOptions): Promise<Tab>;
  /**
   * Runtime errors of the extension that no tab reports: Chromium lists content-script
   * and worker exceptions on chrome://extensions (they never reach the page's
   * `pageerror`). Firefox reports content-script exceptions as the tab's
   * `pageerror` (see {@link Tab.problems}), so this is empty there.
   */
  extensionErrors(): Promise<string[]>;
  /**
   * Reloads the extension as the browser's own Reload button does (Chromium: chrome://extensions,
   * Firefox: about:debugging's, through AddonManager); resolves once its background runs again.
   */
  reloadExtension(): Promise<void>;
  /**
   * Turns the extension off or on as the browser's extensions page does (Chromium:
   * chrome.management from chrome://extensions, Firefox: AddonManager from about:addons);
   * turning it on resolves once its background runs again.
   */
  setExtensionEnabled(isEnabled: boolean): Promise<void>;
}

/** Lazily made driver, as thin per-browser test files pass it to shared test modules. */
export type GetDriver = () => Promise<Driver>;
