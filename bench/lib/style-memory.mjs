// What the extension's CSS costs a page in computed styles (Blink's, outside the JS heap the
// extension-cost step reads): corpus pages loaded in a browser with the built extension and
// in one with none, a heap snapshot of each after a forced GC, and the native
// ComputedStyle objects in it summed. A content CSS whose rules match every element makes
// Chromium keep highlight styles for each element of every page (scripts/vite/highlight-scope.ts).
import { median } from './stats.mjs';
import { EXTENSION_OUT } from './build-extension.mjs';
import { launch, SETTLE_MS } from './extension-cost.mjs';

/** Bytes of Blink computed-style objects in a heap snapshot of `page`'s renderer. */
async function computedStyleBytes(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const { snapshot, nodes, strings } = JSON.parse(chunks.join(''));
  const fields = snapshot.meta.node_fields;
  const [width, name, size] = [fields.length, fields.indexOf('name'), fields.indexOf('self_size')];
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += width) if (strings[nodes[i + name]].startsWith('blink::ComputedStyle')) bytes += nodes[i + size];
  return bytes;
}

async function loadAndMeasure(context, url) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const bytes = await computedStyleBytes(context, page);
  await page.close();
  return bytes;
}

/** Computed-style bytes with the extension minus without, per page (`runs` loads each, medians). */
export async function benchStyleMemory(origin, names, { runs = 1, dir = `${EXTENSION_OUT}/chrome-mv3` } = {}) {
  const none = await launch(origin);
  const ours = await launch(origin, dir);
  const pages = [];
  try {
    for (const name of names) {
      const url = `${origin}/corpus/${name}.html`;
      const off = [];
      const on = [];
      for (let r = 0; r < runs; r++) {
        off.push(await loadAndMeasure(none, url));
        on.push(await loadAndMeasure(ours, url));
      }
      pages.push({ name, none: median(off), ours: median(on), added: median(on) - median(off) });
    }
  } finally {
    await ours.close();
    await none.close();
  }
  return { runs, pages, addedMedian: median(pages.map((p) => p.added)) };
}
