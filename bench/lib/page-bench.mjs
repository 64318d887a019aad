// Initial-pass figures for one page: ours and the floor interleaved (so load
// from other processes hits both alike), then mark.js on fresh copies of the body.
import { median, summarize } from './stats.mjs';

/** Runs per figure and the time each timed sample should last. */
export const DEFAULT_PLAN = { warmupMs: 500, warmups: 3, samples: 9, markjsSamples: 5, trackedSamples: 3, sampleMs: 20 };

/** Measures one loaded bench page (see bench/page/entry.ts for the page side). */
export async function benchPage(page, plan = DEFAULT_PLAN) {
  const info = await page.evaluate(() => window.__bench.info());
  const counts = await page.evaluate(() => window.__bench.counts());
  const { ours, floor, reps } = await page.evaluate(
    ({ warmupMs, samples, sampleMs }) => {
      const bench = window.__bench;
      // Until the JIT has settled: the first dozens of runs are several times slower.
      for (const end = performance.now() + warmupMs; performance.now() < end;) {
        bench.floor(1);
        bench.ours(1);
      }
      // Repetitions per sample so each lasts about sampleMs: fine timing on tiny pages too.
      const single = Math.min(bench.ours(3), bench.ours(3));
      const reps = Math.max(1, Math.min(1000, Math.ceil(sampleMs / Math.max(single, 0.001))));
      const ours = [];
      const floor = [];
      for (let i = 0; i < samples; i++) {
        floor.push(bench.floor(reps));
        ours.push(bench.ours(reps));
      }
      return { ours, floor, reps };
    },
    { warmupMs: plan.warmupMs, samples: plan.samples, sampleMs: plan.sampleMs },
  );
  const tracked = [];
  for (let i = 0; i < plan.trackedSamples; i++) tracked.push((await page.evaluate(() => window.__bench.tracked())).ms);
  // mark.js warms up on copies too: its first run on a page pays for compiling it.
  const markjs = [];
  let marks = 0;
  for (let i = 0; i < plan.warmups + plan.markjsSamples; i++) {
    const run = await page.evaluate(() => window.__bench.markjs());
    if (i >= plan.warmups) markjs.push(run.ms);
    marks = run.marks;
  }
  // Samples come in pairs run back to back, so each pair's ratio sees the same machine load.
  const ratios = ours.map((o, i) => o / floor[i]);
  return {
    ...info,
    oursOverFloor: median(ratios),
    mentions: counts.ours,
    marks,
    reps,
    ours: summarize(ours),
    floor: summarize(floor),
    tracked: summarize(tracked),
    markjs: summarize(markjs),
  };
}
