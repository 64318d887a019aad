/**
 * Main-thread tasks of the extension's content script in a tab, found by the browser's own
 * profiling: Chromium's DevTools trace (timeline spans name the script each call runs, as
 * bench/lib/extension-cost.mjs reads them) and Firefox's Gecko profiler (1 ms stack samples
 * of the page's content process, whose JS frames name their script).
 */

/** One task of ours, with its wall-clock and CPU time in ms. */
export interface ExtensionTask {
  name: string;
  wallMs: number;
  cpuMs: number;
}

/** A Chromium DevTools trace event (the fields read here). */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  /** Wall-clock duration, µs. */
  dur?: number;
  /** Thread (CPU) duration, µs, where the trace has it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown>; fileName?: string };
}

const CONTENT_SCRIPT = /^chrome-extension:\/\/[^/]+\/content-scripts\//;
/** Where a Firefox JS frame of the content script names its script. */
const OUR_SCRIPT_URL = /moz-extension:\/\/[^/]+\/content-scripts\//;

/**
 * The top-level spans on the page's renderer main thread that run the content script
 * (its evaluation, and every call into it: idle callbacks, observers, message and storage
 * replies). Nested spans belong to their outer one.
 */
export function chromiumTasks(events: readonly TraceEvent[]): ExtensionTask[] {
  const urlOf = (e: TraceEvent) => {
    const data = e.args?.data ?? e.args?.beginData ?? {};
    const stack = data.stackTrace as Array<{ url?: string }> | undefined;
    const url = data.url ?? stack?.[0]?.url ?? e.args?.fileName;
    return typeof url === 'string' ? url : '';
  };
  const isOurs = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined && CONTENT_SCRIPT.test(urlOf(e));
  // The content script's first run marks the page's renderer and its main thread.
  const evaluation = events.find((e) => isOurs(e) && e.name === 'EvaluateScript');
  if (!evaluation) throw new Error('The trace has no evaluation of the content script: did it run?');
  const spans = events
    .filter((e) => isOurs(e) && e.pid === evaluation.pid && e.tid === evaluation.tid)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const tasks: ExtensionTask[] = [];
  let coveredUntil = -Infinity;
  for (const e of spans) {
    if (e.ts + e.dur! <= coveredUntil) continue; // nested in the previous top-level span
    coveredUntil = e.ts + e.dur!;
    tasks.push({ name: e.name, wallMs: e.dur! / 1000, cpuMs: (e.tdur ?? e.dur!) / 1000 });
  }
  return tasks;
}

/** The parts of a Gecko profile's thread read here (the profiler's "processed" tables are not used). */
export interface GeckoThread {
  name: string;
  processName?: string;
  samples: { schema: Record<string, number>; data: unknown[][] };
  stackTable: { schema: Record<string, number>; data: unknown[][] };
  frameTable: { schema: Record<string, number>; data: unknown[][] };
  stringTable: string[];
}

/** What Services.profiler.getProfileDataAsync() gives, in part. */
export interface GeckoProfile {
  meta: { interval: number; sampleUnits?: { threadCPUDelta?: string } };
  threads: GeckoThread[];
  processes?: GeckoProfile[];
}

/**
 * Tasks of ours in a Gecko profile: runs of consecutive main-thread samples of a content
 * process whose stack holds a content-script frame (layout or style work our code forces
 * has our frame below it, so it counts as ours too). A run is broken by any sample that is
 * not ours, so two tasks back to back with the page's work between them are two.
 */
export function firefoxTasks(profile: GeckoProfile): ExtensionTask[] {
  const tasks: ExtensionTask[] = [];
  const all = [...profile.threads, ...(profile.processes ?? []).flatMap((p) => p.threads)];
  const cpuUnit = profile.meta.sampleUnits?.threadCPUDelta;
  const cpuToMs = cpuUnit === 'ns' ? 1e-6 : cpuUnit === 'µs' ? 1e-3 : 1;
  for (const thread of all) {
    if (thread.name !== 'GeckoMain') continue;
    const ourFrame = new Set<number>();
    const { location } = thread.frameTable.schema;
    const frameText = (index: number) => thread.stringTable[thread.frameTable.data[index]![location!] as number] ?? '';
    thread.frameTable.data.forEach((_, i) => {
      if (OUR_SCRIPT_URL.test(frameText(i))) ourFrame.add(i);
    });
    if (ourFrame.size === 0) continue;
    const { prefix, frame } = thread.stackTable.schema;
    // Our innermost frame on each stack (undefined: the stack is not ours), found once per stack.
    const innermost = new Map<number, number | undefined>();
    const oursOf = (stack: number | null): number | undefined => {
      if (stack === null) return undefined;
      if (innermost.has(stack)) return innermost.get(stack);
      const row = thread.stackTable.data[stack]!;
      const leaf = row[frame!] as number;
      const ours = ourFrame.has(leaf) ? leaf : oursOf(row[prefix!] as number | null);
      innermost.set(stack, ours);
      return ours;
    };
    // A task is named by where its samples mostly were: our innermost frame, and the leaf
    // below it when that is the browser's own code (a layout or a Highlight method).
    const frameName = (index: number) => frameText(index).replace(OUR_SCRIPT_URL, '');
    const whereOf = (stack: number, ours: number): string => {
      const leaf = thread.stackTable.data[stack]![frame!] as number;
      return ours === leaf ? frameName(ours) : `${frameName(ours)} > ${frameName(leaf)}`;
    };
    const { stack, time, threadCPUDelta } = thread.samples.schema;
    let run: { from: number; to: number; cpu: number; where: Map<string, number> } | undefined;
    // A run's first sample's CPU delta is the time before it, the page's: counted from the second on.
    const end = () => {
      if (!run) return;
      const wallMs = run.to - run.from + profile.meta.interval;
      // Without CPU deltas (an older profiler), wall time is all there is.
      const [name] = [...run.where].reduce((a, b) => (b[1] > a[1] ? b : a));
      tasks.push({ name, wallMs, cpuMs: threadCPUDelta === undefined ? wallMs : run.cpu * cpuToMs });
      run = undefined;
    };
    for (const sample of thread.samples.data) {
      const at = sample[time!] as number;
      const ours = oursOf(sample[stack!] as number | null);
      if (ours === undefined) {
        end();
        continue;
      }
      const cpu = threadCPUDelta === undefined ? 0 : ((sample[threadCPUDelta] as number | null) ?? 0);
      if (run) {
        run.to = at;
        run.cpu += cpu;
      } else run = { from: at, to: at, cpu: 0, where: new Map() };
      const where = whereOf(sample[stack!] as number, ours);
      run.where.set(where, (run.where.get(where) ?? 0) + 1);
    }
    end();
  }
  return tasks;
}
