// The real extension's cost on each corpus page: the same page loaded in a
// browser with the built extension and in one without, page scripts blocked.
// - main-thread time the trace attributes to the extension's scripts (content
//   script evaluation and compilation, its callbacks: idle work, observers,
//   storage replies), which run on the page's renderer main thread;
// - the whole page's main-thread task time, with minus without (noisier);
// - long tasks (≥ 50 ms) seen by a PerformanceObserver, with and without;
// - JS heap after a forced GC, with minus without (content scripts share the page's V8 heap).
import { chromium } from 'playwright-core';
import { median } from './stats.mjs';
import { blockRemote, CHROMIUM } from './browser.mjs';
import { EMPTY_WXT_OUT, EXTENSION_OUT, PLAIN_MV3_DIR } from './build-extension.mjs';

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'].join(',');
/** How long after `load` a page is left before it is measured: content scripts run at document_idle. */
export const SETTLE_MS = 1000;

// Long tasks from the very start of the page, kept where bench code can read them.
const LONG_TASKS = `(${() => {
  const tasks = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
  Object.defineProperty(window, '__longTasks', { value: tasks });
}})()`;

/** Main-thread milliseconds of trace events from extension scripts, nested events counted once; also split by event name. */
export function extensionMs(events) {
  const isOurs = (e) => {
    const data = e.args?.data ?? e.args?.beginData ?? {};
    const url = data.url ?? data.stackTrace?.[0]?.url ?? e.args?.fileName ?? '';
    return String(url).startsWith('chrome-extension://');
  };
  const spans = events.filter((e) => e.ph === 'X' && e.dur && isOurs(e)).sort((a, b) => a.ts - b.ts);
  const mainThread = median(spans.map((e) => e.tid)); // all on one thread; guards against worker events
  let total = 0;
  let coveredUntil = -Infinity;
  // Top-level spans only: EvaluateScript is the content script's first run (compile included);
  // FunctionCall and the like are its callbacks (storage replies, idle scans, observers, events).
  let evaluate = 0;
  for (const e of spans) {
    if (e.tid !== mainThread) continue;
    const start = Math.max(e.ts, coveredUntil);
    const end = e.ts + e.dur;
    if (end > start) {
      total += end - start;
      if (e.name === 'EvaluateScript') evaluate += end - start;
    }
    coveredUntil = Math.max(coveredUntil, end);
  }
  return { total: total / 1000, evaluate: evaluate / 1000 };
}

/** The trace events of what `run` makes happen, recorded through the CDP session `cdp`. */
export async function traceEvents(cdp, run) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  await run();
  await cdp.send('Tracing.end');
  await complete;
  return events;
}

async function loadAndMeasure(context, url, { hasExtension }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events = await traceEvents(cdp, async () => {
    await page.goto(url, { waitUntil: 'load' });
    // Content scripts run at document_idle; a page without mentions gets no host, so nothing
    // marks the end of the extension's work: wait the same fixed time with every script.
    await page.waitForTimeout(SETTLE_MS);
  });
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name) => metrics.find((m) => m.name === name)?.value ?? 0;
  const longTasks = await page.evaluate('window.__longTasks?.length ?? 0');
  await page.close();
  return {
    ...(hasExtension ? (({ total, evaluate }) => ({ extensionMs: total, evaluateMs: evaluate }))(extensionMs(events)) : {}),
    taskMs: metric('TaskDuration') * 1000,
    heap: metric('JSHeapUsedSize'),
    longTasks,
  };
}

/** A headless Chromium with `extensionDir` loaded (none when left out), remote loads blocked. */
export async function launch(origin, extensionDir) {
  const args = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : [];
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args,
  });
  await blockRemote(context, origin);
  await context.addInitScript(LONG_TASKS);
  return context;
}

/** The content scripts compared, each in a browser of its own; `none` is the page alone. */
export const VARIANTS = [
  { key: 'plain', label: 'hand-written MV3, reads storage.sync', dir: PLAIN_MV3_DIR },
  { key: 'emptyWxt', label: 'empty WXT defineContentScript + polyfill, reads storage', dir: `${EMPTY_WXT_OUT}/chrome-mv3` },
  { key: 'ours', label: 'Fact Notes', dir: `${EXTENSION_OUT}/chrome-mv3` },
];

/**
 * Loads each corpus page `runs` times in a browser without extensions and in one per
 * variant (bench/fixtures/plain-mv3, the empty WXT build, the real build), alternating.
 */
export async function benchExtension(origin, names, { runs = 3 } = {}) {
  const none = await launch(origin);
  const contexts = [];
  for (const variant of VARIANTS) contexts.push({ ...variant, context: await launch(origin, variant.dir) });
  const pages = [];
  try {
    // One throwaway load each: the first pays for compiling and caching the content script.
    await loadAndMeasure(none, `${origin}/corpus/${names[0]}.html`, { hasExtension: false });
    for (const { context } of contexts) await loadAndMeasure(context, `${origin}/corpus/${names[0]}.html`, { hasExtension: true });
    for (const name of names) {
      const url = `${origin}/corpus/${name}.html`;
      const off = [];
      const on = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
      // Alternate, so drifting load from other processes hits all alike.
      for (let r = 0; r < runs; r++) {
        off.push(await loadAndMeasure(none, url, { hasExtension: false }));
        for (const { key, context } of contexts) on[key].push(await loadAndMeasure(context, url, { hasExtension: true }));
      }
      const med = (list, key) => median(list.map((x) => x[key]));
      const entry = { name };
      for (const { key } of VARIANTS) {
        entry[key] = {
          extensionMs: med(on[key], 'extensionMs'),
          evaluateMs: med(on[key], 'evaluateMs'),
          taskDeltaMs: med(on[key], 'taskMs') - med(off, 'taskMs'),
          longTasks: `${med(on[key], 'longTasks')} vs ${med(off, 'longTasks')}`,
          heapDelta: med(on[key], 'heap') - med(off, 'heap'),
        };
      }
      pages.push(entry);
      process.stderr.write(
        `extension on ${name}: ${VARIANTS.map(({ key }) => `${key} ${entry[key].extensionMs.toFixed(2)} ms`).join(', ')}\n`,
      );
    }
  } finally {
    for (const { context } of contexts) await context.close();
    await none.close();
  }
  const summary = {};
  for (const { key } of VARIANTS) {
    summary[key] = {
      extensionMs: median(pages.map((p) => p[key].extensionMs)),
      evaluateMs: median(pages.map((p) => p[key].evaluateMs)),
      heapDelta: median(pages.map((p) => p[key].heapDelta)),
    };
  }
  summary.oursOverEmptyWxt = summary.ours.extensionMs / summary.emptyWxt.extensionMs;
  summary.heapOverEmptyWxt = summary.ours.heapDelta - summary.emptyWxt.heapDelta;
  return { runs, variants: VARIANTS.map(({ key, label }) => ({ key, label })), pages, summary };
}
