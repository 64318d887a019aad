// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUiHost, MAX_READDS, mountUiHost } from '../../../lib/session/ui-host';

const hosts = () => document.querySelectorAll('fact-notes-ui');
const task = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Lets the keeper's observer (a microtask) and the re-add it schedules (a task) run. */
const keeperTurn = async () => {
  await Promise.resolve();
  await task();
};

afterEach(() => {
  for (const host of hosts()) host.remove();
});

describe('mountUiHost', () => {
  it('adds one open-shadow host as the last child of <html>, with styles inside it', () => {
    const run = new AbortController();
    const { shadow, container } = mountUiHost('.x{color:red}', run.signal);
    const host = document.documentElement.lastElementChild!;
    expect(host.localName).toBe('fact-notes-ui');
    expect(host.shadowRoot).toBe(shadow);
    expect(host.attributes).toHaveLength(0);
    expect(shadow.querySelector('style')!.textContent).toContain('.x{color:red}');
    expect(container.getRootNode()).toBe(shadow);
    run.abort();
  });

  it('comes back when the page removes it, and leaves for good on abort', async () => {
    const run = new AbortController();
    mountUiHost('', run.signal);
    document.querySelector('fact-notes-ui')!.remove();
    await keeperTurn();
    await task();
    expect(hosts()).toHaveLength(1);
    run.abort();
    expect(document.querySelector('fact-notes-ui')).toBeNull();
  });
});

describe('createUiHost', () => {
  it('adds nothing to the page until the UI is first needed', () => {
    const run = new AbortController();
    const ui = createUiHost('', run.signal);
    expect(hosts()).toHaveLength(0);
    expect(ui.current).toBeUndefined();
    const made = ui.get();
    expect(ui.current).toBe(made);
    expect(ui.get()).toBe(made);
    expect(hosts()).toHaveLength(1);
    run.abort();
  });

  it('never re-adds in the microtask checkpoint that removed it: a pruning page observer cannot ping-pong with it', async () => {
    const run = new AbortController();
    createUiHost('', run.signal).get();
    let removals = 0;
    const pruner = new MutationObserver(() => {
      for (const host of hosts()) {
        removals++;
        host.remove();
      }
    });
    pruner.observe(document.documentElement, { childList: true });
    hosts()[0]!.remove();
    // Many microtask turns: with a keeper that re-adds in its observer callback, each would hold a removal.
    for (let i = 0; i < 20; i++) await Promise.resolve();
    expect(removals).toBe(0);
    // Then a few re-adds, each in a task of its own, and no more: the keeper waits for the next real need.
    for (let i = 0; i < MAX_READDS + 5; i++) await keeperTurn();
    expect(removals).toBe(MAX_READDS);
    pruner.disconnect();
    run.abort();
  });

  it('comes back at the next real need after backing off, and counts afresh', async () => {
    const run = new AbortController();
    const ui = createUiHost('', run.signal);
    ui.get();
    for (let i = 0; i < MAX_READDS; i++) {
      hosts()[0]!.remove();
      await keeperTurn();
      expect(hosts(), `re-add ${i + 1}`).toHaveLength(1);
    }
    hosts()[0]!.remove();
    await keeperTurn();
    await task();
    expect(hosts()).toHaveLength(0);
    ui.get();
    expect(hosts()).toHaveLength(1);
    hosts()[0]!.remove();
    await keeperTurn();
    expect(hosts()).toHaveLength(1);
    run.abort();
  });

  it('clears a host left by an orphaned instance, so there is never more than one', () => {
    const stale = document.createElement('fact-notes-ui');
    document.documentElement.append(stale);
    const run = new AbortController();
    createUiHost('', run.signal).get();
    expect(hosts()).toHaveLength(1);
    expect(stale.isConnected).toBe(false);
    run.abort();
  });

  it('throws nothing into the page when putting the host back fails', async () => {
    const run = new AbortController();
    createUiHost('', run.signal).get();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const append = vi.spyOn(Element.prototype, 'append').mockImplementation(() => {
      throw new Error('hostile page');
    });
    hosts()[0]!.remove();
    await keeperTurn();
    append.mockRestore();
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    run.abort();
  });

  it('stops keeping when its context is gone', async () => {
    const run = new AbortController();
    let isLive = true;
    createUiHost('', run.signal, () => {
      if (!isLive) run.abort();
      return isLive;
    }).get();
    isLive = false;
    hosts()[0]!.remove();
    await keeperTurn();
    expect(hosts()).toHaveLength(0);
    expect(run.signal.aborted).toBe(true);
  });
});
