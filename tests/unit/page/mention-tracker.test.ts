// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trackMentions } from '../../../lib/page/mention-tracker';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';
import type { PageMention } from '../../../lib/page/page-mention';

let controller: AbortController;
afterEach(() => controller?.abort());

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
    const { next, onChange } = track('<p id="p">Donetsk</p>');
    await next();
    controller.abort();
    document.getElementById('p')!.textContent = 'Witkoff';
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(onChange).toHaveBeenCalledTimes(1);
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
    const { next, onChange } = track('<main id="feed"><p>Donetsk</p></main>');
    await next();
    document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { textContent: 'weather' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(onChange).toHaveBeenCalledTimes(1);
    document.getElementById('feed')!.append(Object.assign(document.createElement('p'), { textContent: 'Witkoff' }));
    expect(await next()).toEqual(['donetsk:Donetsk', 'witkoff:Witkoff']);
  });
});
