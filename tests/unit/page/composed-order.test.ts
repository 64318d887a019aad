// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { compareComposed } from '../../../lib/page/composed-order';

afterEach(() => {
  document.body.innerHTML = '';
});

/** `<p id=before>`, a host with a shadow root holding `<p id=inner>` (and a nested host), `<p id=after>`. */
function page() {
  document.body.innerHTML = '<p id="before">a</p><div id="host"></div><p id="after">b</p>';
  const host = document.getElementById('host')!;
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p id="inner">c</p><span id="nested-host"></span><p id="inner-after">d</p>';
  const nestedHost = shadow.getElementById('nested-host')!;
  const nested = nestedHost.attachShadow({ mode: 'open' });
  nested.innerHTML = '<em id="deep">e</em>';
  return {
    before: document.getElementById('before')!.firstChild!,
    host,
    inner: shadow.getElementById('inner')!.firstChild!,
    innerAfter: shadow.getElementById('inner-after')!.firstChild!,
    nestedHost,
    deep: nested.getElementById('deep')!.firstChild!,
    after: document.getElementById('after')!.firstChild!,
  };
}

describe('compareComposed', () => {
  it('is zero for a node and itself', () => {
    const { inner, before } = page();
    expect(compareComposed(inner, inner)).toBe(0);
    expect(compareComposed(before, before)).toBe(0);
  });

  it('orders light-DOM nodes as the document does', () => {
    const { before, after } = page();
    expect(Math.sign(compareComposed(before, after))).toBe(-1);
    expect(Math.sign(compareComposed(after, before))).toBe(1);
  });

  it('puts a shadow tree where its host stands: after what precedes the host, before what follows it', () => {
    const { before, inner, deep, after } = page();
    for (const shadowed of [inner, deep]) {
      expect(Math.sign(compareComposed(before, shadowed))).toBe(-1);
      expect(Math.sign(compareComposed(shadowed, before))).toBe(1);
      expect(Math.sign(compareComposed(shadowed, after))).toBe(-1);
      expect(Math.sign(compareComposed(after, shadowed))).toBe(1);
    }
  });

  it('orders nodes of one shadow tree, and of nested ones, among each other', () => {
    const { inner, innerAfter, deep } = page();
    expect(Math.sign(compareComposed(inner, innerAfter))).toBe(-1);
    expect(Math.sign(compareComposed(innerAfter, inner))).toBe(1);
    // The nested tree stands inside its host, between the two paragraphs of the outer tree.
    expect(Math.sign(compareComposed(inner, deep))).toBe(-1);
    expect(Math.sign(compareComposed(deep, innerAfter))).toBe(-1);
    expect(Math.sign(compareComposed(innerAfter, deep))).toBe(1);
  });

  it('puts a host before what its own shadow tree holds', () => {
    const { host, inner, nestedHost, deep } = page();
    expect(Math.sign(compareComposed(host, inner))).toBe(-1);
    expect(Math.sign(compareComposed(inner, host))).toBe(1);
    expect(Math.sign(compareComposed(nestedHost, deep))).toBe(-1);
    expect(Math.sign(compareComposed(deep, host))).toBe(1);
  });
});
