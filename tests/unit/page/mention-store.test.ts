// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
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
