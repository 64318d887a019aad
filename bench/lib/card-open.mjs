// The first card open on a page with mentions (issue 10: ≤ 16 ms of main thread,
// whatever is set up lazily included): the built extension loads
// bench/fixtures/pages/mentions.html, the trace runs from just before a click on
// "Witkoff" until the card is shown, and counts the main-thread time of the
// extension's scripts in it (hit test, host and stylesheet, render, the layout
// that placing it forces). The load before it (start-up, scan, paint) is traced
// too, from navigation until just before the click: anything made ahead of the
// click would show there.
import { chromium } from 'playwright-core';
import { median } from './stats.mjs';
import { blockRemote, CHROMIUM } from './browser.mjs';
import { EXTENSION_OUT } from './build-extension.mjs';
import { extensionMs, traceEvents } from './extension-cost.mjs';

const DIALOG = '[role="dialog"][data-entity="witkoff"]'; // Playwright's CSS pierces open shadow roots

/** Traces what `run` makes happen in `page`; the extension scripts' main-thread ms. */
async function traced(context, page, run) {
  const cdp = await context.newCDPSession(page);
  const events = await traceEvents(cdp, run);
  await cdp.detach();
  return extensionMs(events).total;
}

async function openOnce(context, url) {
  const page = await context.newPage();
  const load = await traced(context, page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => CSS.highlights.has('fact-notes-soft'), null, { timeout: 10_000 });
    // Let the load settle so the click's trace holds only the open.
    await page.waitForTimeout(500);
  });
  // The rectangle of the name, found in the page (no node of the page is touched).
  const box = await page.evaluate(() => {
    const text = document.getElementById('first').firstChild;
    const range = document.createRange();
    const start = text.data.indexOf('Witkoff');
    range.setStart(text, start);
    range.setEnd(text, start + 'Witkoff'.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  const open = await traced(context, page, async () => {
    await page.mouse.click(box.x, box.y);
    await page.waitForSelector(DIALOG, { timeout: 5_000 });
    // Two frames: the placement runs in a promise and a frame after the render.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  });
  await page.close();
  return { open, load };
}

/** Opens the first card `runs` times, each on a fresh load; main-thread ms per open. */
export async function benchCardOpen(origin, { runs = 5, dir = `${EXTENSION_OUT}/chrome-mv3` } = {}) {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    viewport: { width: 1280, height: 900 },
  });
  await blockRemote(context, origin);
  const url = `${origin}/fixture/mentions.html`;
  const opens = [];
  const loads = [];
  try {
    await openOnce(context, url); // throwaway: the first load compiles and caches the script
    for (let r = 0; r < runs; r++) {
      const { open, load } = await openOnce(context, url);
      opens.push(open);
      loads.push(load);
    }
  } finally {
    await context.close();
  }
  return {
    runs,
    samples: opens,
    median: median(opens),
    min: Math.min(...opens),
    max: Math.max(...opens),
    loadSamples: loads,
    loadMedian: median(loads),
  };
}
