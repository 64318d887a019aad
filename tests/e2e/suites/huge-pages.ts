import { expect, it } from 'vitest';
import type { Driver, GetDriver, Tab } from '../support/driver.ts';
import { askMentions, errorsSince, sleep, waitForBadge } from '../support/page-probes.ts';

// Issue 14, huge pages: a 200,000-node page and a 5,000-deep nesting give no task over 50 ms
// attributable to the extension; a page with 10,000 mentions is counted exactly and stays
// responsive. Limits the issue states, not benchmarks (those are `npm run bench`).
//
// Attribution, not wall time: the browser's own profiler says which main-thread work runs
// the content script (Chromium: DevTools trace spans, as bench/lib/extension-cost.mjs reads
// them; Firefox: Gecko profiler stack samples; tests/e2e/support/extension-tasks.ts), and the
// limit is checked on each task of ours in CPU time, so a loaded machine that preempts the
// renderer does not make our tasks look longer. The page's own view (the longest gap in a
// setTimeout(0) loop after load) is printed beside it, not asserted: it holds the browser's
// own layout and paint of a huge page, 0.8-1.8 s in Firefox with no extension at all.

/** Harness time for one test: generating, loading and profiling a huge page takes the browser itself long (Firefox: 45 s for 200,000 nodes). */
const HUGE_TIMEOUT_MS = 180_000;

/** The limit for a task of ours. */
const LONG_TASK_MS = 50;

const SENTENCE = 'Steve Witkoff met Yury Ushakov; they spoke of Donetsk and Volchansk.';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;
}

/**
 * About 200,000 nodes: 28,600 blocks of seven nodes each (block, inline element, four text
 * nodes, a link), words as a news page has them; one block in 2,000 names Steve Witkoff.
 */
function twoHundredThousandNodes(): { html: string; mentions: number } {
  const blocks: string[] = [];
  let mentions = 0;
  for (let i = 0; i < 28_600; i++) {
    const named = i % 2000 === 1000;
    if (named) mentions++;
    blocks.push(
      `<div>Report ${i} on the <span>talks in Moscow</span> and the front, <a href="#r${i}">sources</a> ${named ? 'say Steve Witkoff left' : 'said'}.</div>`,
    );
  }
  return { html: page('200,000 nodes', blocks.join('\n')), mentions };
}

/**
 * 5,000 nested elements, built by the page itself: the HTML parser would not nest them (Chromium
 * caps its tree depth at 512 and puts deeper elements beside each other). Inline elements:
 * Chromium 156's renderer crashes on its own, with no extension loaded, laying out 5,000
 * nested blocks (2,000 are fine); 5,000 nested inline elements it renders. Text, with a
 * mention, at a few depths, the last one innermost.
 */
function deepNesting(): void {
  document.addEventListener('DOMContentLoaded', () => {
    let parent: HTMLElement = document.body;
    for (let depth = 1; depth <= 5000; depth++) {
      const child = document.createElement(['span', 'em', 'b'][depth % 3]!);
      parent.append(child);
      if (depth === 10 || depth === 100 || depth === 1000 || depth === 5000) {
        child.append(`Depth ${depth}: Steve Witkoff arrived. `);
      }
      parent = child;
    }
  });
}

/** 10,000 mentions: 2,500 paragraphs each naming all four. */
function tenThousandMentions(): string {
  return page('10,000 mentions', Array.from({ length: 2500 }, (_, i) => `<p id="p${i}">${i}. ${SENTENCE}</p>`).join('\n'));
}

/** The page's own view of its responsiveness: a setTimeout(0) loop's turns, from before its own code. */
function probeResponsiveness(): void {
  const turns: number[] = [];
  let loadedAt = Infinity;
  addEventListener('load', () => (loadedAt = performance.now()));
  const turn = () => {
    turns.push(performance.now());
    setTimeout(turn, 0);
  };
  turn();
  Object.defineProperty(window, '__longestGapAfterLoad', {
    value: () => {
      let longest = 0;
      let at = 0;
      for (let i = 1; i < turns.length; i++) {
        if (turns[i - 1]! < loadedAt) continue;
        const gap = turns[i]! - turns[i - 1]!;
        if (gap > longest) [longest, at] = [gap, turns[i - 1]! - loadedAt];
      }
      return { longest, afterLoadMs: at, turns: turns.filter((t) => t >= loadedAt).length, loaded: loadedAt !== Infinity };
    },
  });
}

interface Gap {
  longest: number;
  afterLoadMs: number;
  turns: number;
  loaded: boolean;
}

function longestGap(tab: Tab): Promise<Gap> {
  return tab.evaluate(() => (window as unknown as { __longestGapAfterLoad(): Gap }).__longestGapAfterLoad());
}

/**
 * Loads `url` in a fresh tab, waits for the badge to read `badge` (and a second more, for
 * idle work after it), and checks the limit on every task of ours meanwhile.
 */
async function expectNoLongTask(driver: Driver, url: string, badge: string, what: string): Promise<Tab> {
  const tab = await driver.openTab(undefined, { initScript: probeResponsiveness });
  let answer = '';
  const load = async () => {
    await tab.goto(url);
    // Asked at load, while the scan and the painting are under way: a frozen page would never answer.
    answer = await Promise.race([
      tab.evaluate(() => new Promise<string>((resolve) => setTimeout(() => resolve('answered'), 0))),
      sleep(5000).then(() => 'no answer within 5 s: the page is frozen'),
    ]);
    await waitForBadge(tab, badge, 20_000);
    await sleep(1000);
  };

  const tasks = await tab.extensionTasks(load);
  expect(answer, 'a setTimeout(0) round trip asked at load').toBe('answered');
  expect(tasks.length, 'tasks of ours seen by the profiler').toBeGreaterThan(0);
  const longest = tasks.reduce((a, b) => (b.cpuMs > a.cpuMs ? b : a));
  const gap = await longestGap(tab);
  console.info(
    `${driver.browserName} ${what}: ${tasks.length} tasks of ours, longest ${longest.cpuMs.toFixed(1)} ms CPU (${longest.wallMs.toFixed(1)} ms wall, ${longest.name}), ` +
      `total ${tasks.reduce((sum, s) => sum + s.cpuMs, 0).toFixed(1)} ms CPU; the page's longest gap after load ${gap.longest.toFixed(0)} ms`,
  );
  expect(
    tasks.filter((task) => task.cpuMs > LONG_TASK_MS).map((task) => `${task.name} ${task.cpuMs.toFixed(1)} ms`),
    `tasks of ours over ${LONG_TASK_MS} ms`,
  ).toEqual([]);
  return tab;
}

/** Registers the huge-page tests. */
export function hugePagesTests(getDriver: GetDriver): void {
  it(
    'a 200,000-node page: counted exactly, the page answers while it is scanned, and no task of ours over 50 ms',
    async () => {
      const driver = await getDriver();
      const newErrors = await errorsSince(driver);
      const { html, mentions } = twoHundredThousandNodes();
      const url = driver.server.serveHtml('/huge/nodes.html', html);
      const tab = await expectNoLongTask(driver, url, String(mentions), '200,000 nodes');
      try {
        const nodes = await tab.evaluate(() => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
          let count = 0;
          while (walker.nextNode()) count++;
          return count;
        });
        expect(nodes).toBeGreaterThanOrEqual(200_000);
        expect((await askMentions(tab)).counts.witkoff).toBe(mentions);
        expect(tab.problems).toEqual([]);
        expect(await newErrors()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
    HUGE_TIMEOUT_MS,
  );

  it(
    'a 5,000-deep nesting: every mention at every depth counted, the page answers, and no task of ours over 50 ms',
    async () => {
      const driver = await getDriver();
      const newErrors = await errorsSince(driver);
      const url = driver.server.serveHtml(
        '/huge/deep.html',
        page('5,000 deep', `<script>(${deepNesting.toString()})()</script><p>The talks went on.</p>`),
      );
      const tab = await expectNoLongTask(driver, url, '4', '5,000 deep');
      try {
        const depth = await tab.evaluate(() => {
          let deepest = 0;
          for (const el of document.querySelectorAll('body span, body em, body b')) {
            let d = 0;
            for (let up: Element | null = el; up && up !== document.body; up = up.parentElement) d++;
            deepest = Math.max(deepest, d);
          }
          return deepest;
        });
        expect(depth).toBe(5000);
        expect(tab.problems).toEqual([]);
        expect(await newErrors()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
    HUGE_TIMEOUT_MS,
  );

  it(
    'a page with 10,000 mentions: the badge reads 10000, all are painted, the page answers while they are, and no task of ours over 50 ms',
    async () => {
      const driver = await getDriver();
      const newErrors = await errorsSince(driver);
      const url = driver.server.serveHtml('/huge/mentions.html', tenThousandMentions());
      const tab = await expectNoLongTask(driver, url, '10000', '10,000 mentions');
      try {
        expect((await askMentions(tab)).counts).toEqual({ witkoff: 2500, ushakov: 2500, donetsk: 2500, volchansk: 2500 });
        const painted = await tab.evaluate(() =>
          [...CSS.highlights].filter(([name]) => name.startsWith('fact-notes')).reduce((sum, [, h]) => sum + h.size, 0),
        );
        expect(painted).toBe(10_000);
        expect(tab.problems).toEqual([]);
        expect(await newErrors()).toEqual([]);
      } finally {
        await tab.close();
      }
    },
    HUGE_TIMEOUT_MS,
  );
}
