// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackMentions } from '../../../lib/page/mention-tracker';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import type { PageMention } from '../../../lib/page/page-mention';

let controller: AbortController;
afterEach(() => {
  controller?.abort();
  vi.useRealTimers();
});

/** Starts tracking body and returns a function that waits for the next published list. */
function track(html: string) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const lists: (readonly PageMention[])[] = [];
  const onChange = vi.fn((mentions: readonly PageMention[]) => lists.push(mentions));
  const index = trackMentions({ root: document.body, matcher: getDefaultMatcher(), signal: controller.signal, onChange });
  const next = async () => {
    const seen = onChange.mock.calls.length;
    await vi.waitFor(() => expect(onChange.mock.calls.length).toBeGreaterThan(seen), { timeout: 2000 });
    return lists.at(-1)!.map((m) => `${m.entity}:${m.text}`);
  };
  return { index, next, onChange };
}

/** Idle callbacks that run at once with no time left; one entry per slice run. */
function usedUpIdlePeriods(): number[] {
  const slices: number[] = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) =>
    setTimeout(() => {
      slices.push(1);
      run({ didTimeout: false, timeRemaining: () => 0 });
    }, 0),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  return slices;
}

/** Stops the tracker while the stubs it may cancel an idle callback through are still in place, then removes them. */
function stopThenUnstub() {
  controller.abort();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
}

describe('trackMentions', () => {
  it('publishes the initial mentions in document order', async () => {
    const { next } = track('<p>Volchansk</p><p>Steve <b>Witkoff</b> met Yury Ushakov</p>');
    expect(await next()).toEqual(['volchansk:Volchansk', 'witkoff:Steve Witkoff', 'ushakov:Yury Ushakov']);
  });

  it('follows added, changed and removed text', async () => {
    const { next } = track('<div id="feed"><p id="a">Donetsk</p></div>');
    await next();
    const p = document.createElement('p');
    p.textContent = 'Witkoff again';
    document.getElementById('feed')!.append(p);
    expect(await next()).toEqual(['donetsk:Donetsk', 'witkoff:Witkoff']);
    p.firstChild!.nodeValue = 'Ushakov now';
    expect(await next()).toEqual(['donetsk:Donetsk', 'ushakov:Ushakov']);
    document.getElementById('a')!.remove();
    expect(await next()).toEqual(['ushakov:Ushakov']);
  });

  it('finds a name completed by inline text added later', async () => {
    const { next } = track('<p id="p">Steve </p>');
    await next();
    const link = document.createElement('a');
    link.textContent = 'Witkoff';
    document.getElementById('p')!.append(link);
    expect(await next()).toEqual(['witkoff:Steve Witkoff']);
  });

  it('applies the acronym rule across the whole page, live', async () => {
    const { next } = track('<p>The DPR said</p><p id="x">nothing</p>');
    expect(await next()).toEqual([]);
    document.getElementById('x')!.textContent = 'Donetsk';
    expect(await next()).toEqual(['donetsk:DPR', 'donetsk:Donetsk']);
  });

  it('applies the other-bearer page rule live, both ways', async () => {
    const { next } = track('<p>Admiral Fyodor Ushakov</p><p>Ushakov won the battle.</p><p id="x">nothing</p>');
    expect(await next()).toEqual([]);
    const x = document.getElementById('x')!;
    x.textContent = 'Kremlin aide Yury Ushakov';
    expect(await next()).toEqual(['ushakov:Ushakov', 'ushakov:Yury Ushakov']);
    x.textContent = 'nothing again';
    expect(await next()).toEqual([]);
  });

  it('answers caret lookups for every node a mention spans', async () => {
    const { next, index } = track('<p>Wit<b>ko</b>ff</p>');
    await next();
    const bold = document.querySelector('b')!.firstChild!;
    expect(index.at(bold, 1)?.entity).toBe('witkoff');
    expect(index.at(document.querySelector('p')!.firstChild!, 0)?.entity).toBe('witkoff');
  });

  it('stops observing when its signal aborts', async () => {
    vi.useFakeTimers();
    const { onChange } = track('<p id="p">Donetsk</p>');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    // The same change and the same second, before and after the abort: published once, then never.
    document.getElementById('p')!.textContent = 'Ushakov';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(2);
    controller.abort();
    document.getElementById('p')!.textContent = 'Witkoff';
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('trackMentions with moved and appended blocks', () => {
  it('counts a moved paragraph once', async () => {
    const { next } = track('<div id="a"><p id="p">Yury Ushakov</p></div><div id="b"></div>');
    expect(await next()).toEqual(['ushakov:Yury Ushakov']);
    document.getElementById('b')!.append(document.getElementById('p')!);
    document.getElementById('b')!.append(Object.assign(document.createElement('p'), { textContent: 'Volchansk' }));
    expect(await next()).toEqual(['ushakov:Yury Ushakov', 'volchansk:Volchansk']);
  });

  it('publishes nothing for an append without mentions', async () => {
    vi.useFakeTimers();
    const { onChange } = track('<main id="feed"><p>Donetsk</p></main>');
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { textContent: 'weather' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    // An append with a mention, in the same second, is published.
    document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { textContent: 'Witkoff' }));
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.lastCall![0].map((m) => `${m.entity}:${m.text}`)).toEqual(['donetsk:Donetsk', 'witkoff:Witkoff']);
  });
});

describe('trackMentions and text revealed by an attribute change', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('counts list items revealed by removing a class, even with no whitespace between them', async () => {
    // Framework markup: no whitespace between blocks, so the container's textContent reads "WitkoffUshakov".
    document.head.innerHTML = '<style>.closed { display: none }</style>';
    const { next } = track('<p>Donetsk</p><ul id="menu" class="closed"><li>Witkoff</li><li>Ushakov</li></ul>');
    expect(await next()).toEqual(['donetsk:Donetsk']);
    document.getElementById('menu')!.classList.remove('closed');
    expect(await next()).toEqual(['donetsk:Donetsk', 'witkoff:Witkoff', 'ushakov:Ushakov']);
    document.getElementById('menu')!.classList.add('closed');
    expect(await next()).toEqual(['donetsk:Donetsk']);
  });

  it('counts a name revealed by a style change on a large container', async () => {
    const filler = '<p>The weather was mild and nothing else happened that day.</p>'.repeat(4000);
    const { next } = track(`<p>Donetsk</p><div id="big" style="display: none">${filler}<p>Steve Witkoff</p>${filler}</div>`);
    expect(document.getElementById('big')!.textContent.length).toBeGreaterThan(200_000);
    expect(await next()).toEqual(['donetsk:Donetsk']);
    document.getElementById('big')!.style.removeProperty('display');
    expect(await next()).toEqual(['donetsk:Donetsk', 'witkoff:Steve Witkoff']);
  });

  it('counts text revealed by a class on a container over 200,000 characters', async () => {
    document.head.innerHTML = '<style>.collapsed { display: none }</style>';
    const filler = '<p>The weather was mild and nothing else happened that day.</p>'.repeat(4000);
    const { next } = track(`<p>Donetsk</p><section id="big" class="collapsed">${filler}<p>Yury Ushakov</p></section>`);
    expect(await next()).toEqual(['donetsk:Donetsk']);
    document.getElementById('big')!.classList.remove('collapsed');
    expect(await next()).toEqual(['donetsk:Donetsk', 'ushakov:Yury Ushakov']);
  });

  it('spreads the rescan of a large container over several idle slices', async () => {
    // Idle periods that are always nearly used up: each slice may do only the least work.
    const slices = usedUpIdlePeriods();
    try {
      document.head.innerHTML = '<style>.collapsed { display: none }</style>';
      const filler = '<p>Nothing happened <b>that</b> day.</p>'.repeat(3000);
      const { next } = track(`<section id="big" class="collapsed">${filler}<p>Volchansk</p></section>`);
      expect(await next()).toEqual([]);
      document.getElementById('big')!.classList.remove('collapsed');
      expect(await next()).toEqual(['volchansk:Volchansk']);
      // 3,000 paragraphs of three nodes each: far more than one slice's share.
      expect(slices.length).toBeGreaterThan(5);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('trackMentions on a huge page', () => {
  it('works at most 20 ms at once, the first pass included, and finishes the page in idle slices', async () => {
    // A clock that moves 5 ms each time it is read (every few hundred nodes walked), and idle
    // periods that always offer 50 ms: only the tracker's own cap can end a task early.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    const slices: number[] = [];
    vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback) =>
      setTimeout(() => {
        const from = now;
        run({ didTimeout: false, timeRemaining: () => 50 });
        slices.push(now - from);
      }, 0),
    );
    vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
    try {
      const filler = '<p>Nothing happened <b>that</b> day.</p>'.repeat(3000);
      const { next, onChange } = track(`<p>Donetsk</p>${filler}<p>Volchansk</p>`);
      // Published only once the whole page is scanned, the last mention included.
      expect(await next()).toEqual(['donetsk:Donetsk', 'volchansk:Volchansk']);
      expect(onChange).toHaveBeenCalledTimes(1);
      // 9,000 nodes do not fit in one task: the first pass stopped and idle slices went on.
      expect(slices.length).toBeGreaterThan(1);
      // Each slice stopped at the cap, not at the idle period's 50 ms: 20 ms, plus the clock reads
      // of its last steps and the scheduler's two (how long the slice took), 5 ms each here.
      expect(Math.max(...slices)).toBeLessThanOrEqual(20 + 2 * 5 + 2 * 5);
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllGlobals();
    }
  });
});

describe('trackMentions publishing out of time', () => {
  // Idle periods that are always used up: every slice is out of time as soon as it has done any
  // work. The clock moves 1 ms each time it is read, so these slices stay short, as on a real busy
  // page (the scheduler pauses after long ones).
  function busyPage() {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1));
    return usedUpIdlePeriods();
  }
  afterEach(stopThenUnstub);

  it('publishes a few mentions in the slice that found them, however late it is', async () => {
    // Slices with no time left, run one by one, on a clock that moves 1 ms a read.
    const { runNext, waiting } = manualIdle(0);
    let now = 0;
    vi.mocked(performance.now).mockImplementation(() => (now += 1));
    const filler = '<p>Nothing happened <b>that</b> day.</p>'.repeat(200);
    const { onChange } = track(`${filler}<p>Donetsk</p>`);
    await settle();
    for (let slice = 0; slice < 1000 && onChange.mock.calls.length === 0; slice++) runNext();
    expect(entities(onChange.mock.calls[0]![0])).toEqual(['donetsk']);
    // The slice that scanned the last block published too: it asked for no slice after it.
    expect(waiting()).toBe(0);
    expect(onChange).toHaveBeenCalledOnce();
  });

  it('still publishes, once, more mentions than one slice may publish after scanning', async () => {
    // Publishing may wait for a slice without scanning: that slice must come even when out of time.
    const slices = busyPage();
    const { next, onChange } = track('<p>Donetsk</p>'.repeat(600));
    expect(await next()).toHaveLength(600);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(slices.length).toBeGreaterThan(0);
  });
});

/**
 * A clock that never moves, so no slice runs out of time by the clock, and idle callbacks that
 * run only when the test says, each with `timeRemaining` ms left. `runNext` runs the oldest
 * callback asked for and not yet run: a tracker that forgot to ask for one fails it.
 */
function manualIdle(timeRemaining = 50) {
  vi.spyOn(performance, 'now').mockReturnValue(0);
  const request = vi.fn<(run: IdleRequestCallback) => number>(() => 1);
  vi.stubGlobal('requestIdleCallback', request);
  vi.stubGlobal('cancelIdleCallback', () => {});
  let ran = 0;
  const runNext = () => {
    const [run] = request.mock.calls[ran++] ?? [];
    if (!run) throw new Error('no idle callback was asked for');
    run({ didTimeout: false, timeRemaining: () => timeRemaining });
  };
  return { request, runNext, waiting: () => request.mock.calls.length - ran };
}
/** Lets the first pass (a microtask) and mutation records (happy-dom delivers them from a timer) arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Appends paragraphs to the body: each is a dirty root of its own. */
function appendParagraphs(...texts: string[]) {
  for (const text of texts) document.body.append(Object.assign(document.createElement('p'), { textContent: text }));
}
const entities = (mentions: readonly PageMention[]) => mentions.map((m) => m.entity);

describe('trackMentions publishing thousands of mentions', () => {
  afterEach(stopThenUnstub);

  it('publishes more than 500 in a slice of its own, not in the slice that scanned them', async () => {
    const { runNext, waiting } = manualIdle();
    const { onChange } = track('<p>Donetsk</p>'.repeat(600));
    await settle();
    // The first pass scanned the page in time, and left the publish to the next slice.
    expect(onChange).not.toHaveBeenCalled();
    expect(waiting()).toBe(1);
    runNext();
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]![0]).toHaveLength(600);
    expect(waiting()).toBe(0);
  });

  it('publishes 500 in the slice that scanned them', async () => {
    manualIdle();
    const { onChange } = track('<p>Donetsk</p>'.repeat(500));
    await settle();
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]![0]).toHaveLength(500);
  });

  it('publishes what it holds before scanning a change that came meanwhile, then the change', async () => {
    const { runNext, waiting } = manualIdle();
    const { onChange } = track('<p>Donetsk</p>'.repeat(600));
    await settle();
    appendParagraphs('Volchansk');
    await settle();
    runNext();
    expect(onChange).toHaveBeenCalledOnce();
    expect(onChange.mock.calls[0]![0]).toHaveLength(600);
    // The change is left for a slice of its own, asked for at once.
    expect(waiting()).toBe(1);
    runNext();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]![0]).toHaveLength(601);
  });

  it('publishes nothing in the next slice when a pointer published what it held', async () => {
    const { runNext, waiting } = manualIdle();
    const { onChange, index } = track('<p>Donetsk</p>'.repeat(600));
    await settle();
    index.syncAt();
    expect(onChange).toHaveBeenCalledOnce();
    // A pointer whose sync scans over 500 new mentions publishes them itself.
    document.body.append(Object.assign(document.createElement('div'), { innerHTML: '<p>Witkoff</p>'.repeat(600) }));
    index.syncAt();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange.mock.calls[1]![0]).toHaveLength(1200);
    while (waiting() > 0) runNext();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});

describe('trackMentions with several changed blocks', () => {
  afterEach(stopThenUnstub);

  it('rescans them all in one slice that has the time, down to its last 2 ms, and publishes once', async () => {
    const { runNext, waiting } = manualIdle(2);
    const { onChange } = track('<p>Donetsk</p>');
    await settle();
    expect(onChange).toHaveBeenCalledOnce();
    appendParagraphs('Witkoff', 'Ushakov', 'Volchansk');
    await settle();
    runNext();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(entities(onChange.mock.calls[1]![0])).toEqual(['donetsk', 'witkoff', 'ushakov', 'volchansk']);
    expect(waiting()).toBe(0);
  });

  it('in slices with no time left, rescans one block each, asks for the next, and publishes once, at the end', async () => {
    const { runNext, waiting } = manualIdle(0);
    const { onChange } = track('<p>Donetsk</p>');
    await settle();
    appendParagraphs('Witkoff', 'Ushakov', 'Volchansk');
    await settle();
    for (let slice = 1; slice <= 2; slice++) {
      runNext();
      expect(onChange, `after slice ${slice}`).toHaveBeenCalledOnce();
      expect(waiting()).toBe(1);
    }
    runNext();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(entities(onChange.mock.calls[1]![0])).toEqual(['donetsk', 'witkoff', 'ushakov', 'volchansk']);
    expect(waiting()).toBe(0);
  });

  it('skips a changed block the page removed before its rescan', async () => {
    const { runNext } = manualIdle();
    const { onChange } = track('<p>Donetsk</p>');
    await settle();
    appendParagraphs('Witkoff', 'Ushakov');
    await settle();
    document.body.lastElementChild!.remove();
    runNext();
    expect(entities(onChange.mock.calls.at(-1)![0])).toEqual(['donetsk', 'witkoff']);
  });
});

describe('trackMentions.syncAt', () => {
  it('brings the text under a pointer up to date at once, before any idle time', async () => {
    const { next, index, onChange } = track('<p id="p">Envoy Steve Witkoff spoke.</p><p id="q">Nothing.</p>');
    expect(await next()).toEqual(['witkoff:Steve Witkoff']);
    // A framework re-renders the paragraph into new nodes; the click comes before the tracker's idle callback.
    const p = document.getElementById('p')!;
    p.replaceChildren('Envoy Steve ', 'Witkoff', ' spoke again.');
    const fresh = p.childNodes[1] as Text;
    expect(index.at(fresh, 2)).toBeUndefined();
    const calls = onChange.mock.calls.length;
    index.syncAt(fresh);
    expect(index.at(fresh, 2)?.text).toBe('Steve Witkoff');
    expect(onChange).toHaveBeenCalledTimes(calls + 1);
    expect(index.list().map((m) => m.text)).toEqual(['Steve Witkoff']);
  });

  it('does nothing when nothing is pending', async () => {
    const { next, index, onChange } = track('<p>Donetsk</p>');
    await next();
    const calls = onChange.mock.calls.length;
    index.syncAt(document.querySelector('p')!.firstChild!);
    index.syncAt();
    expect(onChange).toHaveBeenCalledTimes(calls);
  });
});

describe('trackMentions.syncAt on a busy page', () => {
  afterEach(stopThenUnstub);

  it('rescans the block under the pointer first, publishes at once, and leaves the rest to idle slices', async () => {
    const { runNext, waiting } = manualIdle(0);
    const { onChange, index } = track('<p>Donetsk</p>');
    await settle();
    appendParagraphs('Witkoff', 'Ushakov', 'Volchansk');
    await settle();
    // Every read of the clock from here moves it 5 ms: the sync's 4 ms budget is spent at once.
    let now = 0;
    vi.mocked(performance.now).mockImplementation(() => (now += 5));
    const last = document.body.lastElementChild!.firstChild!;
    index.syncAt(last);
    expect(index.at(last, 2)?.entity).toBe('volchansk');
    // Published at once; the one other block its budget allowed is in, the third waits.
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(entities(onChange.mock.calls[1]![0])).toEqual(['donetsk', 'witkoff', 'volchansk']);
    expect(waiting()).toBe(1);
    runNext();
    expect(entities(onChange.mock.calls.at(-1)![0])).toEqual(['donetsk', 'witkoff', 'ushakov', 'volchansk']);
  });
});

describe('trackMentions.syncAt right after a change (its records not yet delivered)', () => {
  afterEach(stopThenUnstub);

  it('with time in its 4 ms budget, rescans every changed block at once and asks for no slice', async () => {
    const { waiting } = manualIdle();
    const { onChange, index } = track('<p>Donetsk</p>');
    await settle();
    appendParagraphs('Witkoff', 'Ushakov', 'Volchansk');
    index.syncAt();
    expect(entities(onChange.mock.calls.at(-1)![0])).toEqual(['donetsk', 'witkoff', 'ushakov', 'volchansk']);
    await settle();
    expect(waiting()).toBe(0);
  });

  it('out of time, asks for a slice itself for what is left: the observer will not', async () => {
    const { runNext, waiting } = manualIdle(0);
    const { onChange, index } = track('<p>Donetsk</p>');
    await settle();
    appendParagraphs('Witkoff', 'Ushakov');
    let now = 0;
    vi.mocked(performance.now).mockImplementation(() => (now += 5));
    index.syncAt();
    expect(entities(onChange.mock.calls.at(-1)![0])).toEqual(['donetsk', 'witkoff']);
    await settle();
    expect(waiting()).toBe(1);
    runNext();
    expect(entities(onChange.mock.calls.at(-1)![0])).toEqual(['donetsk', 'witkoff', 'ushakov']);
  });
});

describe('trackMentions after abort', () => {
  afterEach(() => vi.restoreAllMocks());

  it('disconnects its observer', () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    track('<p>Donetsk</p>');
    expect(disconnect).not.toHaveBeenCalled();
    controller.abort();
    expect(disconnect).toHaveBeenCalledOnce();
  });

  it('scans nothing for a pointer, even before its first pass ran', async () => {
    const { index, onChange } = track('<p id="p">Donetsk</p>');
    controller.abort();
    index.syncAt(document.getElementById('p')!.firstChild!);
    await settle();
    expect(onChange).not.toHaveBeenCalled();
    expect(index.list()).toEqual([]);
  });
});

describe('trackMentions.syncAt after abort', () => {
  it('brings nothing up to date once its signal aborted', async () => {
    const { next, index, onChange } = track('<p id="p">Donetsk</p>');
    await next();
    controller.abort();
    const p = document.getElementById('p')!;
    p.replaceChildren('Volchansk');
    index.syncAt(p.firstChild!);
    expect(onChange).toHaveBeenCalledOnce();
    expect(index.at(p.firstChild!, 2)).toBeUndefined();
  });
});

describe('trackMentions and shadow roots', () => {
  it('scans an open shadow root it finds, and follows changes inside it', async () => {
    const { next } = track('<p>Donetsk</p>');
    expect(await next()).toEqual(['donetsk:Donetsk']);
    // A custom element attaches its shadow root before it is put into the page.
    const host = document.createElement('x-card');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inner">Witkoff</p>';
    document.body.append(host);
    expect(await next()).toEqual(['donetsk:Donetsk', 'witkoff:Witkoff']);
    shadow.getElementById('inner')!.textContent = 'Ushakov';
    expect(await next()).toEqual(['donetsk:Donetsk', 'ushakov:Ushakov']);
  });
});
