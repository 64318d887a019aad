// The infinite-scroll figures: the real tracker's work per appended batch
// against the floor over that batch alone. Tracked runs and floor runs load
// the page afresh and alternate, so that each is the first script to touch
// every new batch (first reads of new nodes and their text cost several times
// more than later ones); per batch, medians across runs.
import { median, summarize } from './stats.mjs';

async function trackedRun(page) {
  return page.evaluate(async () => {
    const bench = window.__bench;
    const initial = await bench.startScroll();
    const batches = [];
    for (let i = 0; i < bench.batchCount(); i++) batches.push(await bench.scrollBatch(i));
    return { initial: initial.ms, ours: batches.map((b) => b.ms), mentions: batches.map((b) => b.count) };
  });
}

async function floorRun(page) {
  return page.evaluate(async () => {
    const bench = window.__bench;
    const batches = [];
    for (let i = 0; i < bench.batchCount(); i++) {
      batches.push(bench.floorBatch(i));
      // Let the page render the batch, as between appends in a tracked run.
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return { floor: batches.map((b) => b.first), floorAgain: batches.map((b) => b.again) };
  });
}

/** Runs `runs` tracked and `runs` floor page loads of the infinite-scroll page. */
export async function benchScroll(openPage, { runs = 5 } = {}) {
  const tracked = [];
  const floors = [];
  for (let r = 0; r < runs; r++) {
    for (const [run, into] of [
      [trackedRun, tracked],
      [floorRun, floors],
    ]) {
      const page = await openPage();
      into.push(await run(page));
      await page.close();
    }
  }
  const perBatch = (list, key, i) => median(list.map((run) => run[key][i]));
  const batches = tracked[0].ours.map((_, i) => {
    const ours = perBatch(tracked, 'ours', i);
    const floor = perBatch(floors, 'floor', i);
    return { ours, floor, floorAgain: perBatch(floors, 'floorAgain', i), ratio: ours / floor, mentions: tracked[0].mentions[i] };
  });
  const ratios = batches.map((b) => b.ratio);
  const firstTen = median(batches.slice(0, 10).map((b) => b.ours));
  const lastTen = median(batches.slice(-10).map((b) => b.ours));
  return {
    runs,
    initial: summarize(tracked.map((run) => run.initial)),
    batches,
    ours: summarize(batches.map((b) => b.ours)),
    floor: summarize(batches.map((b) => b.floor)),
    ratio: { median: median(ratios), max: Math.max(...ratios) },
    firstTen,
    lastTen,
    growth: lastTen / firstTen,
  };
}
