import { expect } from 'vitest';
import type { Driver, GetDriver, OpenTabOptions, PageProblem, Tab } from './driver.ts';
import { errorsSince } from './page-probes.ts';
import type { TestServer } from './test-server.ts';

/** A fixture file name (tests/e2e/fixtures) or a function of the server giving a URL. */
export type PageSource = string | ((server: TestServer) => string);

/** Tab options, plus which page problems are the page's own doing (not the extension's). */
export interface WithTabOptions extends OpenTabOptions {
  ignoreProblem?(problem: PageProblem): boolean;
}

/**
 * Opens a tab on `page`, runs `body`, then checks that neither the page nor the
 * extension reported an error meanwhile (page errors, console errors and, in
 * Chromium, extension runtime errors), and closes the tab.
 */
export async function withTab(
  getDriver: GetDriver,
  page: PageSource,
  body: (tab: Tab, driver: Driver) => Promise<void>,
  options: WithTabOptions = {},
): Promise<void> {
  const driver = await getDriver();
  const newErrors = await errorsSince(driver);
  const url = typeof page === 'string' ? driver.server.fixtureUrl(page) : page(driver.server);
  const tab = await driver.openTab(url, options);
  try {
    await body(tab, driver);
    const ignore = options.ignoreProblem ?? (() => false);
    expect(
      tab.problems.filter((problem) => !ignore(problem)),
      'page and console errors',
    ).toEqual([]);
    expect(await newErrors(), 'extension errors').toEqual([]);
  } finally {
    await tab.close();
  }
}
