/**
 * The real tracker (trackMentions, as start-notes wires it to the painter),
 * timed by the work meter: its initial pass, and the work each appended batch
 * of an infinite-scroll page costs.
 */
import type { Matcher } from '../../lib/match/mention';
import { trackMentions } from '../../lib/page/mention-tracker';
import { createPainter } from '../../lib/paint/painter';
import type { WorkMeter } from './work-meter';

/** A running tracker and its measured work. */
export interface TrackedRun {
  /** Busy milliseconds since the last call (the first call: the initial pass). */
  takeWork(): Promise<{ ms: number; count: number }>;
  stop(): void;
}

/** Starts the tracker on `root`; every callback it schedules is timed by `meter`. */
export function startTracked(root: Node, matcher: Matcher, meter: WorkMeter): TrackedRun {
  const controller = new AbortController();
  const painter = createPainter(controller.signal);
  let count = 0;
  trackMentions({
    root,
    matcher,
    signal: controller.signal,
    onChange(mentions) {
      count = mentions.length;
      painter.paint(mentions);
    },
  });
  let lastBusy = meter.busyMs;
  return {
    async takeWork() {
      await meter.settle();
      const ms = meter.busyMs - lastBusy;
      lastBusy = meter.busyMs;
      return { ms, count };
    },
    stop: () => controller.abort(),
  };
}
