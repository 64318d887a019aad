/**
 * The page side of `npm run bench`: bundled into bench/.build/bench-page.js
 * and evaluated in each page, it exposes `window.__bench` for bench/run.mjs.
 * Everything is measured with performance.now() (5 µs steps: pages are served
 * cross-origin isolated).
 */
import { compileRegexes } from '../../lib/match/compile-matcher';
import { getDefaultMatcher } from '../../lib/match/default-matcher';
import { matching } from '../../lib/summary/matching';
import { floorOver, floorPass, textSize } from './floor';
import { markjsPass, restoreBody } from './markjs';
import { oursPass } from './ours';
import { appendBatch, batchCount } from './scroll';
import { startTracked, type TrackedRun } from './tracked';
import { installWorkMeter } from './work-meter';
import { createPainter } from '../../lib/paint/painter';

const meter = installWorkMeter();
const compileStart = performance.now();
// The first call compiles the regexes: a once-per-page cost, reported apart.
const matcher = getDefaultMatcher();
const compileMs = performance.now() - compileStart;
const compiled = compileRegexes(matching);
// Made once per page, like the matcher: a session paints many times with one painter.
const setupStart = performance.now();
const painter = createPainter(new AbortController().signal);
const painterMs = performance.now() - setupStart;

/**
 * Regexes for mark.js. `combined` (the default): the extension's own rules, so the same names.
 * `names`: just the gate's core names, the cheapest regex that finds every name; mark.js takes
 * about as long with it (its own DOM walking dominates), so the regex is not what makes it slow.
 */
const markRegexes = {
  names: new RegExp(compiled.gate.source, 'giu'),
  combined: compiled.combined,
};

let scroll: TrackedRun | undefined;
const batches: Node[][] = [];

/** Milliseconds per repetition of `run`, each repetition timed alone and `after` kept out of the time. */
function timeEach<T>(reps: number, run: () => T, after: (result: T) => void = () => {}): number {
  let total = 0;
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    const result = run();
    total += performance.now() - start;
    after(result);
  }
  return total / reps;
}

const bench = {
  info: () => ({ ...textSize(document.body), isIsolated: crossOriginIsolated, compileMs, painterMs }),
  /** Mentions the extension finds, and raw regex hits of the floor, for a sanity check. */
  counts() {
    const ours = oursPass(document.body, matcher, painter);
    painter.paint([]);
    return { ours, floorHits: floorPass(document.body, compiled) };
  },
  ours: (reps: number) =>
    timeEach(
      reps,
      () => oursPass(document.body, matcher, painter),
      () => painter.paint([]),
    ),
  floor: (reps: number) => timeEach(reps, () => floorPass(document.body, compiled)),
  /** One mark.js run on a fresh copy of the body. */
  markjs(variant: keyof typeof markRegexes = 'combined') {
    restoreBody();
    const start = performance.now();
    const marks = markjsPass(markRegexes[variant]);
    return { ms: performance.now() - start, marks };
  },
  /** The real tracker's initial pass (idle callbacks timed), painted, then torn down. */
  async tracked() {
    const run = startTracked(document.body, matcher, meter);
    const work = await run.takeWork();
    run.stop();
    return work;
  },
  batchCount,
  async startScroll() {
    scroll = startTracked(document.body, matcher, meter);
    return scroll.takeWork();
  },
  /** Appends batch `index` and returns the tracker's work for it once it has settled. */
  async scrollBatch(index: number) {
    batches[index] = appendBatch(index);
    return scroll!.takeWork();
  },
  /**
   * Appends batch `index` with no tracker running and times the floor over it right away,
   * the first script to touch those nodes (as the tracker is in a tracked run: first reads
   * of new nodes and their text cost several times more than later ones), then again.
   */
  floorBatch(index: number) {
    const roots = appendBatch(index);
    let start = performance.now();
    floorOver(roots, compiled);
    const first = performance.now() - start;
    start = performance.now();
    floorOver(roots, compiled);
    return { first, again: performance.now() - start };
  },
};

declare global {
  interface Window {
    __bench: typeof bench;
  }
}
window.__bench = bench;
