// Chromium via playwright-core, with every request that is not to the local
// server aborted (a second guard besides the pages' CSP).
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';

/** The browser the benchmark uses; override with CHROMIUM=/path/to/chrome. */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Blocks all but `origin` in `context`. */
export async function blockRemote(context, origin) {
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort('blockedbyclient'),
  );
}

/** A fresh browser and a context limited to `origin`. */
export async function openBrowser(origin) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await blockRemote(context, origin);
  return { browser, context };
}

/** Loads `url` in a new page of `context` and evaluates the bench bundle in it. */
export async function openBenchPage(context, url, bundlePath) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(await readFile(bundlePath, 'utf8'));
  return page;
}
