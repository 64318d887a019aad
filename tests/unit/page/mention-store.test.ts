// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { MentionStore } from '../../../lib/page/mention-store';
import { scanSubtree } from '../../../lib/page/scan-subtree';
import { getDefaultMatcher } from '../../../lib/match/default-matcher';

const matcher = getDefaultMatcher();
const byId = (id: string) => document.getElementById(id)!;
const texts = (store: MentionStore) => store.publish().map((m) => m.text);

function rescan(store: MentionStore, root: Node): void {
  store.replaceWithin(root, scanSubtree(root, matcher).mentions);
}

describe('MentionStore', () => {
  it('replaces only the mentions that start inside a rescanned subtree', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
    byId('a').firstChild!.nodeValue = 'Donetsk and Volchansk';
    rescan(store, byId('a'));
    expect(texts(store)).toEqual(['Donetsk', 'Volchansk', 'Ushakov']);
  });

  it('keeps document order when new mentions land between known ones', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b"></p><p id="c">Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
    byId('b').textContent = 'Donetsk';
    rescan(store, byId('b'));
    expect(texts(store)).toEqual(['Witkoff', 'Donetsk', 'Ushakov']);
    const tail = document.createElement('p');
    tail.textContent = 'Volchansk';
    document.body.append(tail);
    rescan(store, tail);
    expect(texts(store)).toEqual(['Witkoff', 'Donetsk', 'Ushakov', 'Volchansk']);
  });

  it('reorders content that moved once it is rescanned', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    document.body.prepend(byId('b'));
    rescan(store, byId('b'));
    expect(texts(store)).toEqual(['Ushakov', 'Witkoff']);
  });

  it('drops mentions whose text left the document', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    texts(store);
    byId('a').remove();
    expect(store.dropDisconnected()).toBe(true);
    expect(texts(store)).toEqual(['Ushakov']);
    expect(store.dropDisconnected()).toBe(false);
  });

  it('applies the acronym rule to the whole list on every publish', () => {
    document.body.innerHTML = '<p id="a">The DPR said</p><p id="b"></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual([]);
    byId('b').textContent = 'Donetsk';
    rescan(store, byId('b'));
    expect(texts(store)).toEqual(['DPR', 'Donetsk']);
  });
});

describe('MentionStore given the same mentions again', () => {
  it('keeps one copy of each', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    const found = scanSubtree(byId('a'), matcher).mentions;
    store.replaceWithin(byId('a'), found);
    store.replaceWithin(document.body, [...found, ...scanSubtree(byId('b'), matcher).mentions]);
    store.replaceWithin(byId('a'), found);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
    store.replaceWithin(byId('a'), found);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
  });
});

describe('MentionStore before any publish', () => {
  it('lists nothing and finds nothing', () => {
    document.body.innerHTML = '<p>Witkoff</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(store.list()).toEqual([]);
    expect(store.at(document.querySelector('p')!.firstChild!, 2)).toBeUndefined();
  });
});

describe('MentionStore with two mentions in one text node', () => {
  it('forgets both when that node is rescanned', () => {
    document.body.innerHTML = '<p id="a">Witkoff met Ushakov</p><p id="b">Volchansk</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov', 'Volchansk']);
    (byId('a').firstChild as Text).data = 'Donetsk';
    rescan(store, byId('a'));
    expect(texts(store)).toEqual(['Donetsk', 'Volchansk']);
  });

  it('finds each of them by a caret in that node', () => {
    document.body.innerHTML = '<p>Witkoff met Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    const [witkoff, ushakov] = store.publish();
    const node = document.querySelector('p')!.firstChild!;
    expect(store.at(node, 3)).toBe(witkoff);
    expect(store.at(node, 15)).toBe(ushakov);
    expect(store.at(node, 9)).toBeUndefined();
  });

  it('keeps the other one known when one is dropped, so a later rescan of the node still replaces it', () => {
    document.body.innerHTML = '<p id="a">Ushakov met Steve <b>Witkoff</b></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Ushakov', 'Steve Witkoff']);
    document.querySelector('b')!.remove();
    expect(store.dropDisconnected()).toBe(true);
    expect(texts(store)).toEqual(['Ushakov']);
    (byId('a').firstChild as Text).data = 'Donetsk';
    rescan(store, byId('a'));
    expect(texts(store)).toEqual(['Donetsk']);
  });

  it('keeps no record of a node whose last mention was dropped: rescanning it changes nothing', () => {
    document.body.innerHTML = '<p id="a">Steve <b>Witkoff</b></p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    texts(store);
    document.querySelector('b')!.remove();
    expect(store.dropDisconnected()).toBe(true);
    expect(texts(store)).toEqual(['Ushakov']);
    expect(store.replaceWithin(byId('a'), [])).toBe(false);
  });
});

describe('MentionStore.at', () => {
  it('covers a one-node mention from its start to its end, both included (a caret at the end sits on the last letter)', () => {
    document.body.innerHTML = '<p>met Witkoff today</p>';
    const store = new MentionStore();
    rescan(store, document.body);
    const [witkoff] = store.publish();
    const node = document.querySelector('p')!.firstChild!;
    expect([3, 4, 10, 11, 12].map((offset) => store.at(node, offset))).toEqual([undefined, witkoff, witkoff, witkoff, undefined]);
    expect(store.at(document.body, 4)).toBeUndefined();
  });

  it('covers a mention over two nodes: the start node from its offset on, the end node up to its offset', () => {
    document.body.innerHTML = '<p>met Steve <b>Witkoff today</b></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    const [witkoff] = store.publish();
    const first = document.querySelector('p')!.firstChild!;
    const last = document.querySelector('b')!.firstChild!;
    expect([3, 4, 10].map((offset) => store.at(first, offset))).toEqual([undefined, witkoff, witkoff]);
    expect([0, 7, 8].map((offset) => store.at(last, offset))).toEqual([witkoff, witkoff, undefined]);
  });
});

describe('MentionStore.dropDisconnected', () => {
  it('drops a mention when only its end node left the document', () => {
    document.body.innerHTML = '<p>Steve <b>Witkoff</b></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    texts(store);
    document.querySelector('b')!.remove();
    expect(store.dropDisconnected()).toBe(true);
    expect(texts(store)).toEqual([]);
  });

  it('drops stale ranges whose offsets point past their text, and keeps those that still fit', () => {
    document.body.innerHTML =
      '<p id="a">Donetsk and Volchansk</p><p id="b">Witkoff</p><p id="c">met Steve <b>Witkoff</b></p><p id="d">saw Steve <b>Witkoff</b></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Donetsk', 'Volchansk', 'Witkoff', 'Steve Witkoff', 'Steve Witkoff']);
    // Shortened, not yet rescanned: Volchansk starts past the end; Witkoff ends past it; "met " still holds
    // offset 4; "sa" does not, though the end node of that Steve Witkoff is untouched.
    (byId('a').firstChild as Text).data = 'Donetsk';
    (byId('b').firstChild as Text).data = 'Wit';
    (byId('c').firstChild as Text).data = 'met ';
    (byId('d').firstChild as Text).data = 'sa';
    expect(store.dropDisconnected()).toBe(true);
    expect(texts(store)).toEqual(['Donetsk', 'Steve Witkoff']);
    expect(store.list()[1]!.range.startContainer.parentNode).toBe(byId('c'));
  });
});

describe('MentionStore given a text node to rescan', () => {
  it('forgets the mentions that start in that node only', () => {
    document.body.innerHTML = '<p>Witkoff <b>Ushakov</b></p>';
    const store = new MentionStore();
    rescan(store, document.body);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
    expect(store.replaceWithin(document.querySelector('p')!.firstChild!, [])).toBe(true);
    expect(texts(store)).toEqual(['Ushakov']);
  });
});

describe('MentionStore insertion', () => {
  it('puts mentions found out of order at their places in a long list (binary insertion)', () => {
    const names = ['Witkoff', 'Ushakov', 'Donetsk', 'Volchansk', 'Witkoff', 'Ushakov', 'Donetsk', 'Volchansk'];
    document.body.innerHTML = names.map((name, i) => `<p id="p${i}">${name}</p>`).join('');
    const store = new MentionStore();
    // Every other paragraph first, then the rest from the last to the first.
    for (const i of [1, 3, 5, 7]) rescan(store, byId(`p${i}`));
    texts(store);
    for (const i of [6, 4, 2, 0]) {
      rescan(store, byId(`p${i}`));
      texts(store);
    }
    expect(store.list().map((m) => (m.range.startContainer.parentNode as Element).id)).toEqual(names.map((_, i) => `p${i}`));
    // And a single one at the very start of the list.
    const first = document.createElement('p');
    first.textContent = 'Donetsk';
    document.body.prepend(first);
    rescan(store, first);
    expect(texts(store)).toEqual(['Donetsk', ...names]);
  });

  it('places a batch that starts among known mentions and ends after them (a shadow root between them, say)', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p><p id="c">Donetsk</p><p id="d">Volchansk</p>';
    const store = new MentionStore();
    rescan(store, byId('a'));
    rescan(store, byId('c'));
    texts(store);
    const [b, d] = [scanSubtree(byId('b'), matcher).mentions, scanSubtree(byId('d'), matcher).mentions];
    store.replaceWithin(byId('b'), [...b, ...d]);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov', 'Donetsk', 'Volchansk']);
  });

  it('keeps one copy of a mention given again while it is still known', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p><p id="c"></p>';
    const store = new MentionStore();
    const found = scanSubtree(document.body, matcher).mentions;
    store.replaceWithin(document.body, found);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
    // Known mentions among the fresh ones of a subtree that held none: nothing is forgotten, nothing is doubled.
    store.replaceWithin(byId('c'), found);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov']);
  });
});

describe('MentionStore, what rescanning costs', () => {
  it('walks nothing to forget on a first scan, and a rescanned subtree once', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov</p>';
    const store = new MentionStore();
    const found = scanSubtree(document.body, matcher).mentions;
    const walk = vi.spyOn(document, 'createTreeWalker');
    store.replaceWithin(document.body, found);
    expect(walk).not.toHaveBeenCalled();
    expect(store.replaceWithin(byId('b'), [])).toBe(true);
    expect(walk).toHaveBeenCalledExactlyOnceWith(byId('b'), NodeFilter.SHOW_TEXT);
    expect(texts(store)).toEqual(['Witkoff']);
  });
});

describe('MentionStore, what publishing costs', () => {
  // Each comparison of page positions crosses an Xray wrapper in Firefox: a scan's finds,
  // already in document order, must not be compared one by one (10,000 mentions, issue 14).
  const paragraphs = (from: number, count: number) => Array.from({ length: count }, (_, i) => `<p id="p${from + i}">Witkoff</p>`).join('');

  it('takes a first scan, and a scan of what was appended after it, with at most one comparison each', () => {
    document.body.innerHTML = `<div id="first">${paragraphs(0, 50)}</div>`;
    const store = new MentionStore();
    const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    rescan(store, document.body);
    expect(store.pendingCount).toBe(50);
    expect(store.publish()).toHaveLength(50);
    expect(compare).not.toHaveBeenCalled();
    expect(store.pendingCount).toBe(0);
    document.body.insertAdjacentHTML('beforeend', `<div id="more">${paragraphs(50, 50)}</div>`);
    rescan(store, byId('more'));
    expect(store.pendingCount).toBe(50);
    const list = store.publish();
    expect(compare).toHaveBeenCalledOnce();
    expect(list.map((m) => (m.range.startContainer.parentNode as Element).id)).toEqual(Array.from({ length: 100 }, (_, i) => `p${i}`));
  });

  it('counts what waits to be published across scans, and nothing for a scan that found nothing new', () => {
    document.body.innerHTML = '<p id="a">Witkoff</p><p id="b">Ushakov and Donetsk</p><p id="c">nothing</p>';
    const store = new MentionStore();
    rescan(store, byId('a'));
    rescan(store, byId('b'));
    rescan(store, byId('c'));
    expect(store.pendingCount).toBe(3);
    expect(texts(store)).toEqual(['Witkoff', 'Ushakov', 'Donetsk']);
    expect(store.pendingCount).toBe(0);
  });

  it('places a scan of a block between known ones in order, each by binary insertion', () => {
    document.body.innerHTML = `${paragraphs(0, 3)}<div id="mid"></div>${paragraphs(3, 3)}`;
    const store = new MentionStore();
    rescan(store, document.body);
    store.publish();
    byId('mid').innerHTML = '<p>Ushakov</p><p>Donetsk</p>';
    rescan(store, byId('mid'));
    expect(texts(store)).toEqual(['Witkoff', 'Witkoff', 'Witkoff', 'Ushakov', 'Donetsk', 'Witkoff', 'Witkoff', 'Witkoff']);
  });
});
