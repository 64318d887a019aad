import { vi } from 'vitest';

/** A stand-in for the CSS Custom Highlight API (happy-dom has none): `CSS.highlights` as a Map, `Highlight` as a Set. */
export function installHighlightRegistry(): Map<string, unknown> {
  const registry = new Map<string, unknown>();
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
  }
  vi.stubGlobal('Highlight', FakeHighlight);
  const css = (globalThis as { CSS?: object }).CSS ?? {};
  vi.stubGlobal('CSS', Object.assign(Object.create(css), { highlights: registry }));
  return registry;
}

/**
 * Runs the content script's microtasks, storage replies and first pass: the clock moves
 * `ms` on (a second by default, the badge's promise), under fake timers (vi.useFakeTimers()).
 */
export async function settle(ms = 1000): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
}
