// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { watchBody } from '../../../lib/page/watch-body';

const microtask = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Replaces `<body>` with a new one, as Turbo Drive does, and lets the observer run. */
const replaceBody = async () => {
  document.body.replaceWith(document.createElement('body'));
  await microtask();
};

describe('watchBody', () => {
  it('reports a replaced <body> and a replaced <html>, and nothing else; stops on abort', async () => {
    const run = new AbortController();
    let swaps = 0;
    watchBody(run.signal, () => swaps++);
    document.body.append(document.createElement('p'));
    document.documentElement.append(document.createElement('div'));
    await microtask();
    expect(swaps).toBe(0);
    await replaceBody();
    expect(swaps).toBe(1);
    const html = document.createElement('html');
    html.append(document.createElement('head'), document.createElement('body'));
    // (happy-dom cannot replace the document element in one call)
    document.documentElement.remove();
    document.append(html);
    await microtask();
    expect(swaps).toBe(2);
    // The new <html> is watched too.
    await replaceBody();
    expect(swaps).toBe(3);
    run.abort();
    await replaceBody();
    expect(swaps).toBe(3);
  });

  it('reports the body gone while the document has no <html>, and the new one when an <html> comes back', async () => {
    const run = new AbortController();
    let swaps = 0;
    watchBody(run.signal, () => swaps++);
    const html = document.documentElement;
    html.remove();
    await microtask();
    expect([document.body, swaps]).toEqual([null, 1]);
    document.append(html);
    await microtask();
    expect(swaps).toBe(2);
    await replaceBody();
    expect(swaps).toBe(3);
    run.abort();
  });
});
