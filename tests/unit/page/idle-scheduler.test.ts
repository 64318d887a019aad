import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdleScheduler, type IdleSlice } from '../../../lib/page/idle-scheduler';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** requestIdleCallback and cancelIdleCallback as mocks; every request gets id 7. */
function stubIdle() {
  const request = vi.fn<(run: IdleRequestCallback, options?: IdleRequestOptions) => number>(() => 7);
  const cancel = vi.fn();
  vi.stubGlobal('requestIdleCallback', request);
  vi.stubGlobal('cancelIdleCallback', cancel);
  return { request, cancel };
}

/** Runs one scheduled slice given the deadline `deadline`, and returns what work saw left at its start. */
function firstSliceGiven(deadline: IdleDeadline): number {
  const { request } = stubIdle();
  let seen = NaN;
  const scheduler = createIdleScheduler(new AbortController().signal, (slice: IdleSlice) => {
    seen = slice.timeRemaining();
    return false;
  });
  scheduler.schedule();
  request.mock.calls[0]![0](deadline);
  return seen;
}

describe('createIdleScheduler', () => {
  it('hands work the idle period the browser gives', () => {
    expect(firstSliceGiven({ didTimeout: false, timeRemaining: () => 37 })).toBe(37);
  });

  it('gives a callback whose timeout fired a frame’s worth of time, not the 0 ms the browser reports', () => {
    const left = firstSliceGiven({ didTimeout: true, timeRemaining: () => 0 });
    expect(left).toBeGreaterThan(7);
    expect(left).toBeLessThanOrEqual(8);
  });

  it('without requestIdleCallback, runs a frame-sized slice from a timer, and nothing after abort', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const run = new AbortController();
    const work = vi.fn((slice: IdleSlice) => slice.timeRemaining() > 0);
    createIdleScheduler(run.signal, work).schedule();
    vi.advanceTimersByTime(16);
    expect(work).toHaveBeenCalledOnce();
    run.abort();
    vi.advanceTimersByTime(1000);
    expect(work).toHaveBeenCalledOnce();
  });

  it('without requestIdleCallback, clears its timer on abort', () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
    const run = new AbortController();
    createIdleScheduler(run.signal, () => false).schedule();
    expect(vi.getTimerCount()).toBe(1);
    run.abort();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createIdleScheduler with requestIdleCallback', () => {
  it('asks once however often it is told, with a timeout that keeps the badge’s promise', () => {
    const { request } = stubIdle();
    const scheduler = createIdleScheduler(new AbortController().signal, () => false);
    scheduler.schedule();
    scheduler.schedule();
    expect(request).toHaveBeenCalledOnce();
    expect(request.mock.calls[0]![1]).toEqual({ timeout: 250 });
  });

  it('cancels what it asked for on abort, and asks nothing after', () => {
    const { request, cancel } = stubIdle();
    const run = new AbortController();
    const scheduler = createIdleScheduler(run.signal, () => false);
    scheduler.schedule();
    run.abort();
    expect(cancel).toHaveBeenCalledExactlyOnceWith(7);
    scheduler.schedule();
    expect(request).toHaveBeenCalledOnce();
  });

  it('asks again after a slice that reports more to do, and not after one that is done', () => {
    const { request } = stubIdle();
    let slices = 0;
    createIdleScheduler(new AbortController().signal, () => ++slices < 2).schedule();
    request.mock.calls[0]![0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(request).toHaveBeenCalledTimes(2);
    request.mock.calls[1]![0]({ didTimeout: false, timeRemaining: () => 10 });
    expect(request).toHaveBeenCalledTimes(2);
  });
});

describe('createIdleScheduler between long slices', () => {
  /** A slice that reports more to do after `ms` of work, on a clock moved by hand. */
  function slicesOf(ms: number) {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { request, cancel } = stubIdle();
    const run = new AbortController();
    const scheduler = createIdleScheduler(run.signal, () => ((now += ms), true));
    scheduler.schedule();
    request.mock.calls[0]![0]({ didTimeout: false, timeRemaining: () => 50 });
    return { request, cancel, run, scheduler };
  }
  afterEach(() => vi.restoreAllMocks());

  it('leaves the page 4 ms after a slice of 10 ms or more before it asks for the next', () => {
    const { request } = slicesOf(10);
    expect(request).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(3);
    expect(request).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('asks at once after a shorter slice', () => {
    expect(slicesOf(9).request).toHaveBeenCalledTimes(2);
  });

  it('clears that pause on abort', () => {
    const { request, run } = slicesOf(10);
    run.abort();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(100);
    expect(request).toHaveBeenCalledOnce();
  });
});

describe('createIdleScheduler.schedule given a slice', () => {
  it('runs it at once, in place of the idle callback it had asked for', () => {
    const { request, cancel } = stubIdle();
    const seen: number[] = [];
    const scheduler = createIdleScheduler(new AbortController().signal, (slice) => (seen.push(slice.timeRemaining()), seen.length < 2));
    scheduler.schedule();
    scheduler.schedule({ timeRemaining: () => 99 });
    expect(cancel).toHaveBeenCalledExactlyOnceWith(7);
    expect(seen).toEqual([99]);
    // More to do: the next slice is asked for as usual.
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once its signal aborted', () => {
    stubIdle();
    const run = new AbortController();
    const work = vi.fn(() => false);
    const scheduler = createIdleScheduler(run.signal, work);
    run.abort();
    scheduler.schedule({ timeRemaining: () => 99 });
    expect(work).not.toHaveBeenCalled();
  });
});
